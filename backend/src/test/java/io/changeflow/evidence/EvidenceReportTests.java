package io.changeflow.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.changeflow.audit.AuditEventView;
import io.changeflow.audit.ChainHead;
import io.changeflow.change.ChangeCategory;
import io.changeflow.change.ChangeState;
import io.changeflow.change.ChangeView;
import io.changeflow.evidence.ChangeEvidence.Failure;
import io.changeflow.evidence.ChangeEvidence.PathStep;
import io.changeflow.evidence.ChangeEvidence.Pir;
import io.changeflow.evidence.ChangeEvidence.ReleaseEvidence;
import io.changeflow.evidence.ChangeEvidence.Schedule;
import io.changeflow.evidence.ChangeEvidence.Vote;
import io.changeflow.evidence.ChangeEvidence.WaveResult;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The printable report shows what people typed as text, never as markup: the RFC rules
 * keep tags out of new titles, but rows written before them, comments and executor
 * reasons are not bound by those rules.
 */
class EvidenceReportTests {

	private static final String SCRIPT = "<script>alert(\"x\")</script>";

	@Test
	void escapesEveryValueAPersonOrASystemWrote() throws Exception {
		Instant at = Instant.parse("2026-11-20T10:15:00Z");
		ChangeView change = new ChangeView("CHG-000042", "Upgrade " + SCRIPT, "Description " + SCRIPT, "Why & how",
				ChangeCategory.APPLICATION, "requester", null, List.of("CI-00003"), List.of(), 2, 2, "Plan",
				"Test <b>bold</b>", "Backout", null, null, null, List.of(), false, null, ChangeState.CLOSED, null, null,
				"P3", 1, null, null, null, at, at, at, List.of(), List.of(), List.of(), null, null);
		AuditEventView event = new AuditEventView(7, at, "cab1 <img src=x onerror=alert(1)>", "PERSON", "VoteCast",
				"CHANGE", "CHG-000042", List.of(), null, new ObjectMapper().createObjectNode(), null, "0".repeat(64),
				"a".repeat(64));
		ChangeEvidence evidence = new ChangeEvidence(change, null,
				List.of(new Vote("CAB_VOTE", "cab1", "Casey Cab", List.of("CAB"), "approve", SCRIPT, at, "COMPLETED")),
				null, new Schedule(null, null, null, List.of()),
				List.of(new ReleaseEvidence("REL-2026.11-1", "Release " + SCRIPT, "BACKED_OUT", null, null, null, null,
						List.of(new WaveResult("canary", "prod", 5, "BACKED_OUT", at, null, at, "Reason " + SCRIPT)),
						List.of(new Failure("VERIFY", "canary", at, "Reason " + SCRIPT)))),
				new Pir("manager", "Morgan Manager", "backed_out", SCRIPT, "Lessons " + SCRIPT, at, "COMPLETED"),
				List.of(new PathStep("rfc_submitted", "RFC submitted", at, null, null)), List.of(event));

		String html = EvidenceReport.html(evidence,
				"<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
				new ChainHead(7, "a".repeat(64)), at, "auditor");

		assertThat(html).doesNotContain("<script", "<b>", "<img")
			.contains("Upgrade &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;", "Why &amp; how",
					"Test &lt;b&gt;bold&lt;/b&gt;", "cab1 &lt;img src=x onerror=alert(1)&gt;", "Casey Cab (cab1)",
					"Morgan Manager (manager)", "#7", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>")
			.doesNotContain("<?xml");
	}

}
