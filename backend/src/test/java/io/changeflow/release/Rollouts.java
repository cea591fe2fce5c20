package io.changeflow.release;

import static org.assertj.core.api.Assertions.assertThat;

import io.changeflow.testing.ChangeWindows;
import io.changeflow.change.Rfcs;
import io.changeflow.testing.ApiSession;
import io.changeflow.testing.RunningApp;
import java.util.List;
import java.util.Map;

/** Brings a release to its rollout in an app a test started itself. */
public final class Rollouts {

	private Rollouts() {
	}

	/**
	 * A standard change (pre-approved) released on its own: built, accepted, its plan
	 * approved and the rollout started; the canary wave deploys next.
	 * @return the release key
	 */
	public static String started(RunningApp app, String name) {
		String key = readyToStart(app, name);
		ChangeWindows.openNow(app.jdbc(), key);
		app.complete("releng", app.awaitTask(key, "START_ROLLOUT", null), Map.of("decision", "start"));
		return key;
	}

	/**
	 * As {@link #started} up to the start task, which waits; the change's approved window
	 * is three days ahead, so a start now is refused.
	 * @return the release key
	 */
	static String readyToStart(RunningApp app, String name) {
		Map<String, Object> rfc = Rfcs.window(Rfcs.valid("Restart checkout-api staging", List.of("CI-00009")), 70, 71);
		rfc.put("changeModelId", app.jdbc()
			.queryForObject("select id::text from change_model where name = ?", String.class, "Restart app server"));
		String change = app.submit(rfc);
		app.awaitChange(change, "READY_FOR_RELEASE");
		ApiSession releng = app.as("releng");
		String key = releng.post("/api/releases", ReleaseTestSupport.release(name, List.of(change)))
			.json()
			.path("key")
			.asText();
		// The deployed artifact gives checkout-api staging (2.9.0-rc1) its new version.
		assertThat(releng
			.post("/api/releases/" + key + "/artifacts",
					ReleaseTestSupport.artifact("checkout-api", "2.9.0", "3f".repeat(32)))
			.status()).isEqualTo(201);
		assertThat(releng.post("/api/releases/" + key + "/build", Map.of()).status()).isEqualTo(200);
		app.complete("releng2", app.awaitGroupTask(key, "ACCEPT_RELEASE", "RELEASE_ENGINEER"),
				Map.of("decision", "accept"));
		app.complete("manager", app.awaitGroupTask(key, "ACCEPT_RELEASE", "CHANGE_MANAGER"),
				Map.of("decision", "accept"));
		app.complete("manager", app.awaitTask(key, "REVIEW_ROLLOUT_PLAN", null), Map.of("decision", "approve"));
		return key;
	}

}
