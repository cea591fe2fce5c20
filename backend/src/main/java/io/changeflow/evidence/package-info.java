/**
 * Evidence for auditors: everything about one change in one view (RFC, classification,
 * votes, schedule, releases, PIR, the BPMN path and its audit events), the path drawn as
 * SVG, a printable report, and ZIP exports whose manifest carries the audit chain head
 * and the SHA-256 of every file. Reads only; writes nothing.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Evidence")
package io.changeflow.evidence;
