/**
 * The audit log: every domain event appends one row to a hash-chained, append-only table
 * ({@code audit_event}); the chain can be verified from the first row or from a
 * checkpoint, searched by auditors and exported. Features raise
 * {@link io.changeflow.audit.DomainEvent}s; this module never calls them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package io.changeflow.audit;
