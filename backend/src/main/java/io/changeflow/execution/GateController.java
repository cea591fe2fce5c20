package io.changeflow.execution;

import io.changeflow.change.ChangeQueries;
import io.changeflow.change.ChangeState;
import io.changeflow.change.ChangeView;
import io.changeflow.platform.ApiException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The gating API for pipelines outside Changeflow: {@code GET /api/gates/changes/{key}}
 * and {@code GET /api/gates/releases/{key}} with
 * {@code Authorization: Bearer <changeflow.gates.token>}. No session; without a
 * configured token the gate answers 503 rather than opening for everyone. It answers as
 * the release page does: inside the approved windows, outside every blackout, or with a
 * change manager's override.
 */
@RestController
class GateController {

	/** The states whose approval stands: approved and not yet ended otherwise. */
	static final Set<ChangeState> APPROVED = EnumSet.of(ChangeState.SCHEDULING, ChangeState.SCHEDULE_CONFLICT,
			ChangeState.READY_FOR_RELEASE, ChangeState.IN_PIR, ChangeState.CLOSED);

	private static final String BEARER = "Bearer ";

	private final ChangeQueries changes;

	private final RolloutWindows windows;

	private final byte[] token;

	private final Clock clock;

	GateController(ChangeQueries changes, RolloutWindows windows, @Value("${changeflow.gates.token:}") String token) {
		this.changes = changes;
		this.windows = windows;
		this.token = (token != null && !token.isBlank()) ? token.getBytes(StandardCharsets.UTF_8) : null;
		this.clock = Clock.systemUTC();
	}

	@GetMapping("/api/gates/changes/{key}")
	GateView gate(@PathVariable String key,
			@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
		requireToken(authorization);
		ChangeView change = this.changes.get(key);
		Instant now = this.clock.instant();
		return gate(change, now, this.windows.ofChange(key, now));
	}

	/**
	 * May the release roll out now: every change it bundles inside its approved window
	 * and no blackout in force, or a change manager's override recorded for it.
	 */
	@GetMapping("/api/gates/releases/{key}")
	ReleaseGateView releaseGate(@PathVariable String key,
			@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
		requireToken(authorization);
		WindowCheck check = this.windows.ofRelease(key, this.clock.instant())
			.orElseThrow(() -> ApiException.notFound("release", key));
		String reason;
		if (check.refusals().isEmpty()) {
			reason = "Inside the approved windows of all its changes, and no blackout window is in force";
		}
		else if (check.override() != null) {
			reason = String.join(" ", check.refusals()) + " Allowed by " + check.override();
		}
		else {
			reason = String.join(" ", check.refusals());
		}
		return new ReleaseGateView(key, check.state(), check.allowed(), check.refusals(), check.override(), reason);
	}

	static GateView gate(ChangeView change, Instant now, WindowCheck windows) {
		boolean approved = APPROVED.contains(change.state());
		boolean inWindow = change.plannedStart() != null && change.plannedEnd() != null
				&& !now.isBefore(change.plannedStart().toInstant()) && now.isBefore(change.plannedEnd().toInstant());
		boolean conflict = change.state() == ChangeState.SCHEDULE_CONFLICT;
		boolean windowsAllow = windows.allowed();
		String reason;
		if (!approved) {
			reason = "Not approved: the change is " + change.state();
		}
		else if (conflict) {
			reason = "Approved, but its window conflicts with another change or a blackout window";
		}
		else if (!windows.refusals().isEmpty() && windows.override() != null) {
			reason = "Approved; " + String.join(" ", windows.refusals()) + " Allowed by " + windows.override();
		}
		else if (!windows.refusals().isEmpty()) {
			reason = "Approved, but " + String.join(" ", windows.refusals());
		}
		else {
			reason = "Approved and inside its planned window";
		}
		return new GateView(change.key(), change.state(), approved, inWindow, approved && !conflict && windowsAllow,
				change.plannedStart(), change.plannedEnd(), reason, windows.refusals(), windows.override());
	}

	private void requireToken(String authorization) {
		if (this.token == null) {
			throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "Gates token not configured",
					"gates token not configured: set CHANGEFLOW_GATES_TOKEN", null);
		}
		boolean valid = authorization != null && authorization.startsWith(BEARER) && MessageDigest.isEqual(this.token,
				authorization.substring(BEARER.length()).strip().getBytes(StandardCharsets.UTF_8));
		if (!valid) {
			throw new ApiException(HttpStatus.UNAUTHORIZED, "Unauthorized",
					"Send the gates token as 'Authorization: Bearer <token>'", null);
		}
	}

}
