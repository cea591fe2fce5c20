/**
 * Approvals: who must approve a change (CAB policy resolved to people, quorum per role,
 * deadlines in working days) and segregation of duties.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Approval")
package io.changeflow.approval;
