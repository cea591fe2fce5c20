/**
 * What every feature stands on: the embedded PostgreSQL of the default mode, the data
 * directory, Problem Details for every API error, keyset pages and serving the web UI.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform",
		type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package io.changeflow.platform;
