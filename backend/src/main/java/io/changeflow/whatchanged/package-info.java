/**
 * "What changed?": for auditors, every change and release implemented, backed out or
 * failed in a period, with the configuration items it touched, who approved it and how it
 * ended; as JSON and CSV.
 */
@org.springframework.modulith.ApplicationModule(displayName = "What changed")
package io.changeflow.whatchanged;
