package io.changeflow.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.lang.Nullable;

/**
 * What an auditor searches the log for; every filter is optional and they combine.
 *
 * @param subject a change, release, CI or other subject key
 * @param ci a configuration item the event touched (the CI's own events too)
 * @param actor who did it (a username or a system worker)
 * @param action the event name, such as {@code VoteCast}
 * @param from events at or after this instant
 * @param to events before this instant
 */
public record AuditSearch(@Nullable String subject, @Nullable String ci, @Nullable String actor,
		@Nullable String action, @Nullable Instant from, @Nullable Instant to) {

	String where(List<Object> arguments) {
		StringBuilder where = new StringBuilder("true");
		if (this.subject != null) {
			where.append(" and subject_key = ?");
			arguments.add(this.subject);
		}
		if (this.ci != null) {
			where.append(" and (cis @> array[?]::text[] or (subject_type = 'CI' and subject_key = ?))");
			arguments.add(this.ci);
			arguments.add(this.ci);
		}
		if (this.actor != null) {
			where.append(" and actor = ?");
			arguments.add(this.actor);
		}
		if (this.action != null) {
			where.append(" and action = ?");
			arguments.add(this.action);
		}
		if (this.from != null) {
			where.append(" and at >= ?");
			arguments.add(Timestamp.from(this.from));
		}
		if (this.to != null) {
			where.append(" and at < ?");
			arguments.add(Timestamp.from(this.to));
		}
		return where.toString();
	}

}
