package io.changeflow.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;

/**
 * One row of the audit log.
 *
 * @param seq its place in the chain, from 1, without gaps
 * @param at when it happened (microseconds)
 * @param actor the username of the person, or the system worker ({@code system},
 * {@code system:<worker>}, {@code pipeline})
 * @param actorKind PERSON or SYSTEM
 * @param action what happened, a past-tense event name such as {@code ChangeSubmitted}
 * @param subjectType CHANGE, RELEASE, CI, TASK, USER, INCIDENT, HARDWARE,
 * BLACKOUT_WINDOW, CHANGE_MODEL or SYSTEM
 * @param subjectKey the business key of the subject
 * @param cis the configuration items it touched
 * @param before values before an edit ({} when none)
 * @param after values after it, or the outcome
 * @param correlation ids tying it to other records (task, round, run, element)
 * @param prevHash the hash of the row before (64 zeros for the first)
 * @param hash SHA-256 of prevHash followed by this row's canonical JSON, hex
 */
public record AuditEventView(long seq, Instant at, String actor, String actorKind, String action, String subjectType,
		String subjectKey, List<String> cis, JsonNode before, JsonNode after, JsonNode correlation, String prevHash,
		String hash) {

	/**
	 * The text the hash covers: every field except the hashes, keys sorted.
	 * @return the canonical JSON
	 */
	String canonical() {
		var node = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
		node.put("seq", this.seq);
		node.put("at", this.at.toString());
		node.put("actor", this.actor);
		node.put("actorKind", this.actorKind);
		node.put("action", this.action);
		node.put("subjectType", this.subjectType);
		node.put("subjectKey", this.subjectKey);
		var cisNode = node.putArray("cis");
		this.cis.forEach(cisNode::add);
		node.set("before", this.before);
		node.set("after", this.after);
		node.set("correlation", this.correlation);
		return CanonicalJson.write(node);
	}

}
