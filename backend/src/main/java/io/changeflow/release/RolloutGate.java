package io.changeflow.release;

import io.changeflow.change.ChangeQueries;
import io.changeflow.change.ChangeView;
import io.changeflow.execution.RolloutWindows;
import io.changeflow.execution.WindowCheck;
import io.changeflow.platform.ApiException;
import io.changeflow.schedule.ScheduleService;
import io.changeflow.task.TaskCompletionGuard;
import io.changeflow.task.TaskKind;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A release rolls out inside the approved windows of all its changes and outside every
 * blackout window, unless a change manager recorded an override for it. Checked when the
 * release engineer starts the rollout (in the transaction that records the decision,
 * before the engine hears of it) and answered to the gating API the same way. Waves that
 * run on past the end of a window are not stopped: halting a half-deployed release is
 * worse than finishing it, and go / no-go is where people stop a rollout.
 */
@Service
@Transactional(readOnly = true)
class RolloutGate implements RolloutWindows, TaskCompletionGuard {

	private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm",
			Locale.ENGLISH);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

	private final ReleaseRepository releases;

	private final RolloutOverrideRepository overrides;

	private final ChangeQueries changes;

	private final ScheduleService schedule;

	private final Clock clock;

	RolloutGate(ReleaseRepository releases, RolloutOverrideRepository overrides, ChangeQueries changes,
			ScheduleService schedule) {
		this.releases = releases;
		this.overrides = overrides;
		this.changes = changes;
		this.schedule = schedule;
		this.clock = Clock.systemUTC();
	}

	/** Starting a rollout is refused (409) with the reasons, unless overridden. */
	@Override
	public void check(TaskKind kind, String businessKey, String user) {
		if (kind != TaskKind.START_ROLLOUT) {
			return;
		}
		this.releases.findByKey(businessKey).ifPresent((release) -> {
			List<String> refusals = refusals(release, this.clock.instant());
			if (!refusals.isEmpty() && this.overrides.findByReleaseIdOrderByRecordedAt(release.id()).isEmpty()) {
				throw new ApiException(HttpStatus.CONFLICT, "Outside the change window",
						"The rollout of %s cannot start now. %s A change manager can record a window override."
							.formatted(release.key(), String.join(" ", refusals)),
						null);
			}
		});
	}

	@Override
	public WindowCheck ofChange(String changeKey, Instant now) {
		ChangeView change = this.changes.get(changeKey);
		List<String> refusals = new ArrayList<>();
		outsideWindow(change, now).ifPresent(refusals::add);
		refusals.addAll(blackouts(change.affectedCis(), now));
		String override = this.overrides.forChange(changeKey)
			.stream()
			.findFirst()
			.map((found) -> sentence(found, this.releases.findById(found.releaseId()).map(Release::key).orElse(null)))
			.orElse(null);
		return new WindowCheck(change.state().name(), refusals, override);
	}

	@Override
	public Optional<WindowCheck> ofRelease(String releaseKey, Instant now) {
		return this.releases.findByKey(releaseKey)
			.map((release) -> new WindowCheck(release.state().name(), refusals(release, now),
					this.overrides.findByReleaseIdOrderByRecordedAt(release.id())
						.reversed()
						.stream()
						.findFirst()
						.map((found) -> sentence(found, release.key()))
						.orElse(null)));
	}

	/**
	 * Why the release may not start rolling out at the instant, overrides aside: each
	 * change whose approved window does not contain it, each blackout in force.
	 */
	List<String> refusals(Release release, Instant now) {
		List<String> refusals = new ArrayList<>();
		Set<String> cis = new LinkedHashSet<>();
		for (String changeKey : release.changeKeys()) {
			ChangeView change = this.changes.get(changeKey);
			cis.addAll(change.affectedCis());
			outsideWindow(change, now).ifPresent(refusals::add);
		}
		refusals.addAll(blackouts(cis, now));
		return refusals;
	}

	/** Why the start of the release's rollout would be refused now, or null. */
	String refusalNow(Release release) {
		List<String> refusals = refusals(release, this.clock.instant());
		return refusals.isEmpty() ? null : String.join(" ", refusals);
	}

	private List<String> blackouts(java.util.Collection<String> cis, Instant now) {
		return this.schedule.blackoutsAt(now, cis)
			.stream()
			.map((blackout) -> "Blackout window \"%s\" (%s) is in force.".formatted(blackout.name(),
					span(blackout.startsAt(), blackout.endsAt(), "UTC")))
			.toList();
	}

	private static Optional<String> outsideWindow(ChangeView change, Instant now) {
		if (change.plannedStart() == null || change.plannedEnd() == null) {
			return Optional.of("%s has no approved window.".formatted(change.key()));
		}
		if (!now.isBefore(change.plannedStart().toInstant()) && now.isBefore(change.plannedEnd().toInstant())) {
			return Optional.empty();
		}
		String zone = (change.timeZone() != null) ? change.timeZone() : "UTC";
		return Optional.of("%s is approved for %s; now is outside that window.".formatted(change.key(),
				span(change.plannedStart(), change.plannedEnd(), zone)));
	}

	private static String span(OffsetDateTime start, OffsetDateTime end, String zone) {
		OffsetDateTime from = inZone(start, zone);
		OffsetDateTime to = inZone(end, zone);
		String until = from.toLocalDate().equals(to.toLocalDate()) ? TIME.format(to) : DAY_AND_TIME.format(to);
		return "%s–%s %s".formatted(DAY_AND_TIME.format(from), until, zone);
	}

	private static OffsetDateTime inZone(OffsetDateTime at, String zone) {
		if ("UTC".equals(zone)) {
			return at.withOffsetSameInstant(ZoneOffset.UTC);
		}
		return at.atZoneSameInstant(java.time.ZoneId.of(zone)).toOffsetDateTime();
	}

	private static String sentence(RolloutOverride override, String releaseKey) {
		return "Window override by %s%s: %s".formatted(override.recordedBy(),
				(releaseKey != null) ? " for " + releaseKey : "", override.reason());
	}

}
