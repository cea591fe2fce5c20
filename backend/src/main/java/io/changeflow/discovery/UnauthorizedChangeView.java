package io.changeflow.discovery;

import java.time.Instant;
import org.springframework.lang.Nullable;

/**
 * An unauthorized change as the API shows it.
 *
 * @param id its number
 * @param ciKey the item it was seen on
 * @param ciName the item's name
 * @param attribute what changed: version, location or another attribute
 * @param oldValue what the CMDB had before, or null when it had nothing
 * @param newValue what the discovery tool saw
 * @param observedAt when the tool saw it
 * @param source the discovery tool
 * @param batchId the tool's batch
 * @param detectedAt when Changeflow received it
 * @param status OPEN, LINKED, ACCEPTED or ROLLED_BACK
 * @param changeKey the retrospective emergency change, when linked
 * @param reason why it was accepted or rolled back
 * @param resolvedBy the change manager who resolved it
 * @param resolvedAt when
 */
record UnauthorizedChangeView(long id, String ciKey, @Nullable String ciName, String attribute,
		@Nullable String oldValue, String newValue, Instant observedAt, String source, String batchId,
		Instant detectedAt, UnauthorizedChangeStatus status, @Nullable String changeKey, @Nullable String reason,
		@Nullable String resolvedBy, @Nullable Instant resolvedAt) {
}
