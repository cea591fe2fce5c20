/**
 * Approve from email: CAB and ECAB approvers get signed, expiring, single-use links in
 * their "vote requested" email and decide without signing in; the decision goes through
 * the inbox's rules (segregation of duties, quorum) as the approver.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Email approval")
package io.changeflow.emailapproval;
