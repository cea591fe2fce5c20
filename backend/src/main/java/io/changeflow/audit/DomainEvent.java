package io.changeflow.audit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.lang.Nullable;

/**
 * Something that happened, in the past tense ({@code ChangeSubmitted}, {@code VoteCast},
 * {@code WaveDeployed}...), as the audit log keeps it. Publish it with Spring's
 * {@code ApplicationEventPublisher} inside the transaction that made it happen: it is
 * appended just before that transaction commits, and not at all if it rolls back.
 *
 * @param action what happened, a past-tense event name
 * @param subjectType what it happened to: CHANGE, RELEASE, CI, TASK, USER, INCIDENT,
 * HARDWARE, BLACKOUT_WINDOW, CHANGE_MODEL or SYSTEM
 * @param subjectKey the business key of that subject (never an engine key)
 * @param actor the person or system worker that did it; null for whoever is signed in on
 * this thread (or {@code system} when nobody is)
 * @param cis the configuration items it touched
 * @param before the values before, for edits (empty otherwise)
 * @param after the values after, or the outcome
 * @param correlation ids that tie it to other records: task, round, run, element, request
 */
public record DomainEvent(String action, String subjectType, String subjectKey, @Nullable String actor,
		List<String> cis, Map<String, Object> before, Map<String, Object> after, Map<String, Object> correlation) {

	public DomainEvent {
		cis = List.copyOf(cis);
		before = copy(before);
		after = copy(after);
		correlation = copy(correlation);
	}

	/**
	 * An event with no details yet, done by whoever is signed in.
	 * @param action the past-tense event name
	 * @param subjectType the kind of subject
	 * @param subjectKey its business key
	 * @return the event
	 */
	public static DomainEvent of(String action, String subjectType, String subjectKey) {
		return new DomainEvent(action, subjectType, subjectKey, null, List.of(), Map.of(), Map.of(), Map.of());
	}

	/** The same event, done by the given person or worker. */
	public DomainEvent by(@Nullable String actor) {
		return new DomainEvent(this.action, this.subjectType, this.subjectKey, actor, this.cis, this.before, this.after,
				this.correlation);
	}

	/** The same event, touching these configuration items. */
	public DomainEvent touching(List<String> cis) {
		return new DomainEvent(this.action, this.subjectType, this.subjectKey, this.actor, cis, this.before, this.after,
				this.correlation);
	}

	/** The same event, with (more) values before an edit. */
	public DomainEvent before(Map<String, ?> values) {
		return new DomainEvent(this.action, this.subjectType, this.subjectKey, this.actor, this.cis,
				merged(this.before, values), this.after, this.correlation);
	}

	/** The same event, with (more) values after it, or its outcome. */
	public DomainEvent after(Map<String, ?> values) {
		return new DomainEvent(this.action, this.subjectType, this.subjectKey, this.actor, this.cis, this.before,
				merged(this.after, values), this.correlation);
	}

	/** The same event, tied to other records by (more) ids. */
	public DomainEvent correlatedBy(Map<String, ?> ids) {
		return new DomainEvent(this.action, this.subjectType, this.subjectKey, this.actor, this.cis, this.before,
				this.after, merged(this.correlation, ids));
	}

	private static Map<String, Object> merged(Map<String, Object> current, Map<String, ?> more) {
		Map<String, Object> merged = new LinkedHashMap<>(current);
		merged.putAll(copy(more));
		return merged;
	}

	/** Null values are left out: an absent field and a null one hash the same. */
	private static Map<String, Object> copy(@Nullable Map<String, ?> values) {
		Map<String, Object> copy = new LinkedHashMap<>();
		if (values != null) {
			values.forEach((key, value) -> {
				if (value != null) {
					copy.put(key, value);
				}
			});
		}
		return java.util.Collections.unmodifiableMap(copy);
	}

}
