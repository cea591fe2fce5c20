/**
 * Timelines: what happened to a business object (a change, a release), one entry per step
 * of its process or per decision, each recorded once however often it is reported.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Timeline",
		type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package io.changeflow.timeline;
