package io.changeflow.audit;

import java.time.Instant;

/**
 * A head hash recorded after the chain up to it verified: later verification starts here.
 *
 * @param seq the row it stands for
 * @param hash that row's hash
 * @param createdAt when it was taken
 * @param createdBy who took it (an admin, or {@code system:audit-checkpoint} daily)
 * @param kind DAILY or ON_DEMAND
 */
public record AuditCheckpoint(long seq, String hash, Instant createdAt, String createdBy, String kind) {
}
