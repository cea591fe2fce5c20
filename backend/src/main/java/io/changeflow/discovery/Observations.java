package io.changeflow.discovery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.changeflow.audit.DomainEvent;
import io.changeflow.cmdb.CiChangeCause;
import io.changeflow.cmdb.CmdbService;
import io.changeflow.discovery.ObservationBatch.Observation;
import io.changeflow.discovery.ObservationOutcome.BatchOutcome;
import io.changeflow.discovery.ObservationOutcome.Outcome;
import io.changeflow.notification.Notice;
import io.changeflow.notification.NotificationService;
import io.changeflow.platform.ApiException;
import io.changeflow.security.Role;
import io.changeflow.security.UserDirectory;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes a batch of observations: all of it or nothing. Each observed change is compared
 * with the CMDB; a covered one updates it naming the change or release, an uncovered one
 * updates it too (the CMDB shows what runs, with the cause "unauthorized") and opens an
 * unauthorized-change record for the change managers.
 */
@Service
class Observations {

	/** Who the audit log and the CMDB history name for what discovery does. */
	static final String ACTOR = "system:discovery";

	/** Clocks drift: an observation a little ahead of ours is still taken. */
	static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

	private final CmdbService cmdb;

	private final Coverage coverage;

	private final UnauthorizedChangeRepository records;

	private final NotificationService notifications;

	private final UserDirectory users;

	private final ApplicationEventPublisher events;

	private final JdbcTemplate jdbc;

	private final ObjectMapper json;

	private final Clock clock = Clock.systemUTC();

	Observations(CmdbService cmdb, Coverage coverage, UnauthorizedChangeRepository records,
			NotificationService notifications, UserDirectory users, ApplicationEventPublisher events, JdbcTemplate jdbc,
			ObjectMapper json) {
		this.cmdb = cmdb;
		this.coverage = coverage;
		this.records = records;
		this.notifications = notifications;
		this.users = users;
		this.events = events;
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * Takes a batch, or answers as it did the first time when the source sent this batch
	 * id before.
	 * @param batch the batch, already checked field by field
	 * @return each observation's outcome
	 * @throws ApiException 400 naming the first observation field at fault (nothing is
	 * stored), 409 when the batch id was used before for other observations
	 */
	@Transactional
	BatchOutcome receive(ObservationBatch batch) {
		check(batch.observations());
		String hash = hash(batch.observations());
		UUID id = UUID.randomUUID();
		Instant receivedAt = this.clock.instant();
		// The unique key decides between copies sent at once: the second insert waits for
		// the first transaction and then inserts nothing, and reads its answer.
		int inserted = this.jdbc.update("""
				insert into observation_batch (id, source, batch_id, payload_hash, received_at, observations, result)
				values (?, ?, ?, ?, ?, ?, '{}'::jsonb)
				on conflict (source, batch_id) do nothing""", id, batch.source(), batch.batchId(), hash,
				Timestamp.from(receivedAt), batch.observations().size());
		if (inserted == 0) {
			return earlier(batch, hash);
		}
		BatchOutcome outcome = BatchOutcome.of(batch.source(), batch.batchId(), receivedAt, process(batch));
		this.jdbc.update("update observation_batch set result = cast(? as jsonb) where id = ?", write(outcome), id);
		notifyManagers(batch, outcome);
		return outcome;
	}

	private void check(List<Observation> observations) {
		Set<String> unknown = new HashSet<>(
				this.cmdb.unknownKeys(observations.stream().map(Observation::ciKey).distinct().toList()));
		Instant latest = this.clock.instant().plus(CLOCK_SKEW);
		for (int i = 0; i < observations.size(); i++) {
			Observation observation = observations.get(i);
			if (unknown.contains(observation.ciKey())) {
				throw ApiException.invalid("observations[%d].ciKey".formatted(i),
						"No configuration item has the key " + observation.ciKey() + ".");
			}
			if (observation.observedAt().toInstant().isAfter(latest)) {
				throw ApiException.invalid("observations[%d].observedAt".formatted(i),
						"It lies in the future (more than " + CLOCK_SKEW.toMinutes() + " minutes ahead of "
								+ latest.minus(CLOCK_SKEW) + ").");
			}
		}
	}

	/** In the order seen, so a value seen twice in a batch ends as the later one. */
	private List<ObservationOutcome> process(ObservationBatch batch) {
		List<Observation> observations = batch.observations();
		ObservationOutcome[] outcomes = new ObservationOutcome[observations.size()];
		IntStream.range(0, observations.size())
			.boxed()
			.sorted(Comparator.comparing((Integer i) -> observations.get(i).observedAt().toInstant())
				.thenComparing(Comparator.naturalOrder()))
			.forEach((i) -> outcomes[i] = process(i, observations.get(i), batch));
		return Arrays.asList(outcomes);
	}

	private ObservationOutcome process(int index, Observation observation, ObservationBatch batch) {
		String ciKey = observation.ciKey();
		String attribute = observation.attribute();
		String value = observation.value();
		Optional<String> before = this.cmdb.attribute(ciKey, attribute);
		if (before.isPresent() && before.get().equals(value)) {
			return new ObservationOutcome(index, ciKey, attribute, value, Outcome.UNCHANGED, null, null, null, null);
		}
		String previous = before.orElse(null);
		Instant at = observation.observedAt().toInstant();
		Optional<Coverage.Covered> covered = this.coverage.of(ciKey, attribute, at);
		if (covered.isPresent()) {
			this.cmdb.applyObservation(ciKey, attribute, value, covered.get().cause(), covered.get().key(), ACTOR);
			return new ObservationOutcome(index, ciKey, attribute, value, Outcome.AUTHORIZED, previous,
					covered.get().cause(), covered.get().key(), null);
		}
		UnauthorizedChange record = this.records
			.save(new UnauthorizedChange(ciKey, attribute, previous, value, at, batch.source(), batch.batchId()));
		// The CMDB shows what runs: the unauthorized value goes in, marked as such, and
		// the
		// record says what it replaced. A roll-back puts the old value back.
		this.cmdb.applyObservation(ciKey, attribute, value, CiChangeCause.UNAUTHORIZED, null, ACTOR);
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("ci", ciKey);
		after.put("attribute", attribute);
		after.put("oldValue", previous);
		after.put("newValue", value);
		after.put("observedAt", at.toString());
		this.events.publishEvent(
				DomainEvent.of("UnauthorizedChangeDetected", "UNAUTHORIZED_CHANGE", String.valueOf(record.id()))
					.by(ACTOR)
					.touching(List.of(ciKey))
					.after(after)
					.correlatedBy(Map.of("source", batch.source(), "batch", batch.batchId())));
		return new ObservationOutcome(index, ciKey, attribute, value, Outcome.UNAUTHORIZED, previous,
				CiChangeCause.UNAUTHORIZED, null, record.id());
	}

	/**
	 * One notice per batch, so a scan that finds many changes does not flood the inbox.
	 */
	private void notifyManagers(ObservationBatch batch, BatchOutcome outcome) {
		List<ObservationOutcome> found = outcome.observations()
			.stream()
			.filter((o) -> o.outcome() == Outcome.UNAUTHORIZED)
			.toList();
		if (found.isEmpty()) {
			return;
		}
		ObservationOutcome first = found.get(0);
		String subject;
		String link;
		if (found.size() == 1) {
			subject = "Unauthorized change on %s: %s is now %s".formatted(first.ciKey(), first.attribute(),
					first.value());
			link = "/unauthorized-changes/" + first.unauthorizedChangeId();
		}
		else {
			subject = "%d unauthorized changes seen by %s".formatted(found.size(), batch.source());
			link = "/unauthorized-changes?status=OPEN";
		}
		List<String> lines = new ArrayList<>();
		found.forEach((o) -> lines.add("%s %s: %s -> %s".formatted(o.ciKey(), o.attribute(),
				(o.previousValue() != null) ? o.previousValue() : "(none)", o.value())));
		String body = "%s saw changes that no approved change or release covers (batch %s):%n%s%n%nLink each to a retrospective emergency change, accept it or record that it was rolled back."
			.formatted(batch.source(), batch.batchId(), String.join("\n", lines));
		this.notifications.notifyUsers(this.users.withRole(Role.CHANGE_MANAGER),
				new Notice("UNAUTHORIZED_CHANGE", abbreviate(subject), body, link, null)
					.withDedupKey(abbreviate("discovery:" + batch.source() + ":" + batch.batchId())));
	}

	private BatchOutcome earlier(ObservationBatch batch, String hash) {
		Map<String, Object> row = this.jdbc.queryForMap(
				"select payload_hash, result::text as result from observation_batch where source = ? and batch_id = ?",
				batch.source(), batch.batchId());
		if (!hash.equals(row.get("payload_hash"))) {
			throw new ApiException(HttpStatus.CONFLICT, "Batch id already used",
					"%s already sent batch %s with other observations; send new observations under a new batch id."
						.formatted(batch.source(), batch.batchId()),
					"batchId");
		}
		try {
			return this.json.readValue((String) row.get("result"), BatchOutcome.class);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Stored answer of batch " + batch.batchId() + " is unreadable", ex);
		}
	}

	private String write(BatchOutcome outcome) {
		try {
			return this.json.writeValueAsString(outcome);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private String hash(List<Observation> observations) {
		try {
			StringBuilder canonical = new StringBuilder();
			observations.forEach((o) -> canonical.append(o.ciKey())
				.append('\u0000')
				.append(o.attribute())
				.append('\u0000')
				.append(o.value())
				.append('\u0000')
				.append(o.observedAt().toInstant())
				.append('\n'));
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256")
					.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String abbreviate(String text) {
		return (text.length() <= 200) ? text : text.substring(0, 199) + "…";
	}

}
