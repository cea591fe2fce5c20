package io.changeflow.evidence;

import io.changeflow.audit.AuditEventView;
import io.changeflow.audit.ChainHead;
import io.changeflow.change.ChangeView;
import io.changeflow.evidence.ChangeEvidence.Classification;
import io.changeflow.evidence.ChangeEvidence.PathStep;
import io.changeflow.evidence.ChangeEvidence.Pir;
import io.changeflow.evidence.ChangeEvidence.ReleaseEvidence;
import io.changeflow.evidence.ChangeEvidence.Vote;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The evidence of one change as a self-contained HTML page to print or save: no scripts,
 * no external resources, the path diagram inline. Every value passes through
 * {@link Xml#escape}: a title or comment is what a person typed and may hold markup.
 */
final class EvidenceReport {

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
		.withZone(ZoneOffset.UTC);

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx");

	private static final String STYLE = """
			body { font-family: Arial, Helvetica, sans-serif; font-size: 13px; color: #212529; margin: 24px; }
			h1 { font-size: 22px; margin: 0 0 4px; } h2 { font-size: 16px; margin: 24px 0 8px; border-bottom: 1px solid #ced4da; }
			.meta { color: #495057; margin-bottom: 16px; }
			table { border-collapse: collapse; width: 100%; margin-bottom: 8px; }
			th, td { border: 1px solid #dee2e6; padding: 4px 6px; text-align: left; vertical-align: top; }
			th { background: #f1f3f5; }
			dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 0; }
			dt { font-weight: bold; } dd { margin: 0; white-space: pre-wrap; }
			.diagram svg { width: 100%; height: auto; }
			.empty { color: #868e96; font-style: italic; }
			code { font-size: 11px; word-break: break-all; }
			@media print { body { margin: 0; } h2 { break-after: avoid; } tr, .diagram { break-inside: avoid; }
			  @page { size: A4 landscape; margin: 12mm; } }
			""";

	private EvidenceReport() {
	}

	/**
	 * The report.
	 * @param evidence the change's evidence
	 * @param svg its path diagram
	 * @param head the audit chain's head when the report was made
	 * @param generatedAt when
	 * @param generatedBy who asked for it
	 * @return the HTML document
	 */
	static String html(ChangeEvidence evidence, String svg, ChainHead head, Instant generatedAt, String generatedBy) {
		ChangeView change = evidence.change();
		StringBuilder html = new StringBuilder(32_768);
		html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Evidence ")
			.append(e(change.key()))
			.append(": ")
			.append(e(change.title()))
			.append("</title><style>")
			.append(STYLE)
			.append("</style></head><body>\n");
		html.append("<h1>").append(e(change.key())).append(": ").append(e(change.title())).append("</h1>\n");
		html.append("<div class=\"meta\">Evidence report generated ")
			.append(e(time(generatedAt)))
			.append(" by ")
			.append(e(generatedBy))
			.append(". Audit chain head: #")
			.append(head.seq())
			.append(" <code>")
			.append(e(head.hash()))
			.append("</code></div>\n");
		rfc(html, change);
		classification(html, evidence.classification(), change);
		votes(html, evidence.votes());
		schedule(html, evidence);
		releases(html, evidence.releases());
		pir(html, evidence.pir());
		path(html, evidence.path(), svg);
		events(html, evidence.events());
		return html.append("</body></html>\n").toString();
	}

	private static void rfc(StringBuilder html, ChangeView change) {
		html.append("<h2>Request for change</h2><dl>");
		field(html, "State", change.state().name());
		field(html, "Requester", change.requester());
		field(html, "Implementer", change.implementer());
		field(html, "Category", (change.category() != null) ? change.category().name() : null);
		field(html, "Description", change.description());
		field(html, "Justification", change.justification());
		field(html, "Configuration items", String.join(", ", change.affectedCis()));
		field(html, "Impact / urgency", change.impact() + " / " + change.urgency());
		field(html, "Implementation plan", change.implementationPlan());
		field(html, "Test plan", change.testPlan());
		field(html, "Backout plan", change.backoutPlan());
		field(html, "Incidents", String.join(", ", change.incidentRefs()));
		field(html, "Submitted", time(change.submittedAt()));
		field(html, "Close reason", change.closeReason());
		html.append("</dl>\n");
	}

	private static void classification(StringBuilder html, Classification classification, ChangeView change) {
		html.append("<h2>Classification</h2>");
		if (classification == null) {
			html.append("<p class=\"empty\">Not classified yet.</p>\n");
			return;
		}
		html.append("<dl>");
		field(html, "Decision", classification.decisionId() + " version " + classification.decisionVersion());
		field(html, "Class", classification.changeClass());
		field(html, "Risk", classification.risk());
		field(html, "Priority", classification.priority());
		field(html, "Inputs", values(classification.inputs()));
		field(html, "Outputs", values(classification.outputs()));
		field(html, "Classified", time(classification.at()));
		field(html, "Class now",
				((change.changeClass() != null) ? change.changeClass().name() : "-") + ", risk "
						+ ((change.risk() != null) ? change.risk().name() : "-") + ", priority "
						+ ((change.priority() != null) ? change.priority() : "-"));
		html.append("</dl>\n");
	}

	private static void votes(StringBuilder html, List<Vote> votes) {
		html.append("<h2>Approvals</h2>");
		table(html, votes, "No votes.", List.of("Kind", "Approver", "Roles", "Decision", "Comment", "At"),
				(vote) -> List.of(vote.kind(), name(vote.approverName(), vote.approver()),
						String.join(", ", vote.roles()), (vote.decision() != null) ? vote.decision() : vote.state(),
						nz(vote.comment()), time(vote.at())));
	}

	private static void schedule(StringBuilder html, ChangeEvidence evidence) {
		html.append("<h2>Schedule</h2><dl>");
		field(html, "Planned start", time(evidence.schedule().plannedStart()));
		field(html, "Planned end", time(evidence.schedule().plannedEnd()));
		field(html, "Time zone", evidence.schedule().timeZone());
		html.append("</dl>\n");
		table(html, evidence.schedule().steps(), "No scheduling steps recorded.",
				List.of("At", "Step", "Who", "Outcome", "Detail"), (step) -> List.of(time(step.at()),
						nz(step.stepName()), nz(step.actor()), nz(step.outcome()), nz(step.detail())));
	}

	private static void releases(StringBuilder html, List<ReleaseEvidence> releases) {
		html.append("<h2>Release and rollout</h2>");
		if (releases.isEmpty()) {
			html.append("<p class=\"empty\">No release bundled this change.</p>\n");
		}
		for (ReleaseEvidence release : releases) {
			html.append("<h3>")
				.append(e(release.key()))
				.append(": ")
				.append(e(release.name()))
				.append(" (")
				.append(e(release.state()))
				.append(")</h3>");
			table(html, release.waves(), "No waves.",
					List.of("Wave", "Environment", "Share", "Result", "Deployed", "Verified", "Backed out", "Reason"),
					(wave) -> List.of(wave.wave(), nz(wave.environment()), wave.percent() + " %", wave.state(),
							time(wave.deployedAt()), time(wave.verifiedAt()), time(wave.backedOutAt()),
							nz(wave.failureReason())));
			table(html, release.failures(), "No failures.", List.of("Failed step", "Wave", "At", "Reason"),
					(failure) -> List.of(failure.action(), nz(failure.wave()), time(failure.at()),
							nz(failure.reason())));
		}
	}

	private static void pir(StringBuilder html, Pir pir) {
		html.append("<h2>Post-implementation review</h2>");
		if (pir == null) {
			html.append("<p class=\"empty\">No review.</p>\n");
			return;
		}
		html.append("<dl>");
		field(html, "Outcome", (pir.outcome() != null) ? pir.outcome() : pir.state());
		field(html, "Reviewer", name(pir.reviewerName(), pir.reviewer()));
		field(html, "Comment", pir.comment());
		field(html, "Lessons", pir.lessons());
		field(html, "At", time(pir.at()));
		html.append("</dl>\n");
	}

	private static void path(StringBuilder html, List<PathStep> path, String svg) {
		html.append("<h2>Process path</h2><div class=\"diagram\">")
			// The SVG was drawn by PathDiagram, which escapes every name; drop its XML
			// declaration to inline it.
			.append(svg.replaceFirst("^<\\?xml[^>]*\\?>\\s*", ""))
			.append("</div>\n");
		table(html, path, "No steps recorded.", List.of("At", "Step", "Element", "Who", "Outcome"), (step) -> List
			.of(time(step.at()), step.name(), step.elementId(), nz(step.actor()), nz(step.outcome())));
	}

	private static void events(StringBuilder html, List<AuditEventView> events) {
		html.append("<h2>Audit events</h2>");
		table(html, events, "No audit events.", List.of("#", "At", "Actor", "Action", "Subject", "Hash"),
				(event) -> List.of(String.valueOf(event.seq()), time(event.at()), nz(event.actor()), event.action(),
						event.subjectType() + " " + event.subjectKey(), nz(event.hash())));
	}

	private static <T> void table(StringBuilder html, List<T> rows, String empty, List<String> headers,
			Function<T, List<String>> cells) {
		if (rows.isEmpty()) {
			html.append("<p class=\"empty\">").append(e(empty)).append("</p>\n");
			return;
		}
		html.append("<table><thead><tr>");
		headers.forEach((header) -> html.append("<th>").append(e(header)).append("</th>"));
		html.append("</tr></thead><tbody>");
		for (T row : rows) {
			html.append("<tr>");
			cells.apply(row).forEach((cell) -> html.append("<td>").append(e(cell)).append("</td>"));
			html.append("</tr>");
		}
		html.append("</tbody></table>\n");
	}

	private static void field(StringBuilder html, String label, String value) {
		html.append("<dt>").append(e(label)).append("</dt><dd>").append(e(nz(value))).append("</dd>");
	}

	private static String name(String name, String username) {
		if (username == null) {
			return "-";
		}
		return (name != null && !name.equals(username)) ? name + " (" + username + ")" : username;
	}

	private static String time(TemporalAccessor time) {
		if (time == null) {
			return "-";
		}
		if (time instanceof OffsetDateTime offset) {
			return LOCAL.format(offset);
		}
		return UTC.format(time);
	}

	/** A decision's inputs or outputs, one "name: value" per line. */
	private static String values(Map<String, Object> values) {
		if (values == null || values.isEmpty()) {
			return null;
		}
		StringBuilder text = new StringBuilder();
		values.forEach((name, value) -> text.append(name).append(": ").append(value).append('\n'));
		return text.toString().strip();
	}

	private static String nz(String value) {
		return (value == null || value.isBlank()) ? "-" : value;
	}

	private static String e(String text) {
		return Xml.escape(text);
	}

}
