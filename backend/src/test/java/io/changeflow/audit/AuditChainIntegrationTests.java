package io.changeflow.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.changeflow.testing.ApiSession;
import io.changeflow.testing.IntegrationTest;
import io.changeflow.testing.TestInfrastructure;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The chain itself: appended by many writers at once it stays one unbroken chain, the
 * app's own database role cannot rewrite it, and verification names the exact row an
 * attacker with superuser rights changed or removed.
 */
class AuditChainIntegrationTests extends IntegrationTest {

	@Autowired
	private ApplicationEventPublisher events;

	@Autowired
	private PlatformTransactionManager transactionManager;

	private final JdbcTemplate owner = TestInfrastructure.ownerJdbc();

	@Test
	void eightWritersAppendingAtOnceKeepOneUnbrokenChain() throws Exception {
		int threads = 8;
		int perThread = 500;
		TransactionTemplate transactions = new TransactionTemplate(this.transactionManager);
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		List<Future<?>> writers = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			String writer = "writer-" + t;
			writers.add(pool.submit(() -> {
				start.await();
				for (int i = 0; i < perThread; i++) {
					int n = i;
					transactions.executeWithoutResult(
							(status) -> this.events.publishEvent(DomainEvent.of("TestAppended", "SYSTEM", writer)
								.by("system:" + writer)
								.after(Map.of("n", n))));
				}
				return null;
			}));
		}
		start.countDown();
		for (Future<?> writer : writers) {
			writer.get();
		}
		pool.shutdown();
		assertThat(
				this.jdbc.queryForObject("select count(*) from audit_event where action = 'TestAppended'", Long.class))
			.isEqualTo(threads * perThread);
		assertThat(
				this.jdbc.queryForObject("select max(seq) = count(*) and min(seq) = 1 from audit_event", Boolean.class))
			.isTrue();
		JsonNode verification = auditor().get("/api/audit/verify?full=true").json();
		assertThat(verification.path("intact").asBoolean()).as(verification.toString()).isTrue();
		assertThat(verification.path("checkedRows").asLong())
			.isEqualTo(this.jdbc.queryForObject("select count(*) from audit_event", Long.class));
	}

	@Test
	void theAppsOwnRoleCannotUpdateOrDeleteAuditRows() {
		appendSome(3);
		assertThatThrownBy(() -> this.jdbc.update("update audit_event set actor = 'mallory' where seq = 1"))
			.isInstanceOf(DataAccessException.class)
			.hasRootCauseMessage("ERROR: permission denied for table audit_event");
		assertThatThrownBy(() -> this.jdbc.update("delete from audit_event where seq = 2"))
			.isInstanceOf(DataAccessException.class)
			.hasRootCauseMessage("ERROR: permission denied for table audit_event");
		assertThatThrownBy(() -> this.jdbc.execute("truncate audit_event")).isInstanceOf(DataAccessException.class)
			.hasRootCauseMessage("ERROR: permission denied for table audit_event");
		assertThatThrownBy(() -> this.jdbc.update("delete from audit_checkpoint"))
			.isInstanceOf(DataAccessException.class)
			.hasRootCauseMessage("ERROR: permission denied for table audit_checkpoint");
		assertThat(this.jdbc.queryForObject("select current_user", String.class)).isEqualTo("changeflow_app");
		assertThat(auditor().get("/api/audit/verify?full=true").json().path("intact").asBoolean()).isTrue();
	}

	@Test
	void verificationNamesTheRowASuperuserChanged() {
		appendSome(20);
		assertThat(auditor().get("/api/audit/verify?full=true").json().path("intact").asBoolean()).isTrue();
		this.owner.update("update audit_event set after = '{\"n\": 999}' where seq = 13");
		JsonNode verification = auditor().get("/api/audit/verify?full=true").json();
		assertThat(verification.path("intact").asBoolean()).isFalse();
		assertThat(verification.path("broken").path("seq").asLong()).isEqualTo(13);
		assertThat(verification.path("broken").path("reason").asText()).contains("changed after it was written");
		assertThat(verification.path("checkedRows").asLong()).isEqualTo(12);
	}

	@Test
	void verificationNamesARowASuperuserDeletedOrRelinked() {
		appendSome(10);
		this.owner.update("delete from audit_event where seq = 4");
		JsonNode missing = auditor().get("/api/audit/verify?full=true").json();
		assertThat(missing.path("broken").path("seq").asLong()).isEqualTo(4);
		assertThat(missing.path("broken").path("reason").asText()).contains("Row 4 is missing");
		// Renumbering the rows after it and recomputing one hash still breaks the next
		// link.
		this.owner
			.update("update audit_event set prev_hash = (select hash from audit_event where seq = 3) where seq = 5");
		JsonNode relinked = auditor().get("/api/audit/verify?full=true").json();
		assertThat(relinked.path("intact").asBoolean()).isFalse();
		assertThat(relinked.path("broken").path("seq").asLong()).isLessThanOrEqualTo(5);
	}

	@Test
	void verificationStartsFromTheNewestCheckpointAndChecksIt() {
		ApiSession admin = signedIn("admin");
		ApiSession auditor = auditor();
		appendSome(30);
		long head = this.jdbc.queryForObject("select max(seq) from audit_event", Long.class);
		ApiSession.Response taken = admin.post("/api/audit/checkpoints", Map.of());
		assertThat(taken.status()).as(taken.body()).isEqualTo(201);
		long checkpoint = taken.json().path("seq").asLong();
		assertThat(checkpoint).isEqualTo(head);
		appendSome(5);
		JsonNode fromCheckpoint = auditor.get("/api/audit/verify").json();
		assertThat(fromCheckpoint.path("intact").asBoolean()).as(fromCheckpoint.toString()).isTrue();
		assertThat(fromCheckpoint.path("checkpointSeq").asLong()).isEqualTo(checkpoint);
		assertThat(fromCheckpoint.path("fromSeq").asLong()).isEqualTo(checkpoint + 1);
		// 5 appended, plus the AuditCheckpointTaken event itself.
		assertThat(fromCheckpoint.path("checkedRows").asLong()).isEqualTo(6);
		assertThat(fromCheckpoint.path("headSeq").asLong()).isEqualTo(checkpoint + 6);
		// Tampering before the checkpoint: a full walk finds it, and a changed
		// checkpointed row is found from the checkpoint too.
		this.owner.update("update audit_event set actor = 'mallory' where seq = 7");
		JsonNode full = auditor.get("/api/audit/verify?full=true").json();
		assertThat(full.path("broken").path("seq").asLong()).isEqualTo(7);
		this.owner.update("update audit_event set hash = repeat('a', 64) where seq = ?", checkpoint);
		JsonNode checkpointed = auditor.get("/api/audit/verify").json();
		assertThat(checkpointed.path("broken").path("seq").asLong()).isEqualTo(checkpoint);
		assertThat(checkpointed.path("broken").path("reason").asText()).contains("checkpoint");
	}

	@Test
	void onlyAuditorsAndAdminsReadTheLogAndOnlyAdminsTakeCheckpoints() {
		assertThat(signedIn("requester").get("/api/audit/events").status()).isEqualTo(403);
		assertThat(signedIn("manager").get("/api/audit/verify").status()).isEqualTo(403);
		assertThat(auditor().post("/api/audit/checkpoints", Map.of()).status()).isEqualTo(403);
		assertThat(anonymous().get("/api/audit/events").status()).isEqualTo(401);
	}

	@Test
	void searchFiltersAndPagesNewestFirstAndExportsCsv() {
		appendSome(7);
		ApiSession auditor = auditor();
		JsonNode first = auditor.get("/api/audit/events?action=TestAppended&limit=5").json();
		assertThat(first.path("items")).hasSize(5);
		assertThat(first.path("items").get(0).path("seq").asLong())
			.isGreaterThan(first.path("items").get(4).path("seq").asLong());
		JsonNode second = auditor
			.get("/api/audit/events?action=TestAppended&limit=5&after=" + first.path("next").asText())
			.json();
		assertThat(second.path("items")).hasSize(2);
		assertThat(second.path("next").isMissingNode() || second.path("next").isNull()).isTrue();
		assertThat(auditor.get("/api/audit/events?after=abc").status()).isEqualTo(400);
		ApiSession.Response csv = auditor.get("/api/audit/events.csv?action=TestAppended");
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.body().lines()).hasSize(8).first().asString().startsWith("seq,at,actor");
		assertThat(csv.header("Content-Disposition")).contains("audit-events.csv");
	}

	private ApiSession auditor() {
		return signedIn("auditor");
	}

	private void appendSome(int count) {
		TransactionTemplate transactions = new TransactionTemplate(this.transactionManager);
		for (int i = 0; i < count; i++) {
			int n = i;
			transactions.executeWithoutResult((status) -> this.events.publishEvent(
					DomainEvent.of("TestAppended", "SYSTEM", "test").by("system:test").after(Map.of("n", n))));
		}
	}

}
