package io.changeflow.release;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Where a release's process starts again after the embedded engine forgot it.
 */
class ReleaseProcessRecoveryTests {

	@Test
	void aReleaseWaitingForPeopleWaitsAtTheSameTaskAgain() {
		assertThat(ReleaseProcessRecovery.restartElement("accept_release")).isEqualTo("accept_release");
		assertThat(ReleaseProcessRecovery.restartElement("start_rollout")).isEqualTo("start_rollout");
	}

	@Test
	void anInterruptedRolloutStartsOverAndABackoutGoesOn() {
		assertThat(ReleaseProcessRecovery.restartElement("verify_finished")).isEqualTo("rollout");
		assertThat(ReleaseProcessRecovery.restartElement("go_no_go")).isEqualTo("rollout");
		assertThat(ReleaseProcessRecovery.restartElement("backout_finished")).isEqualTo("back_out");
	}

	@Test
	void aBuildOrTestRunsAgain() {
		assertThat(ReleaseProcessRecovery.restartElement(null)).isEqualTo("build_release");
		assertThat(ReleaseProcessRecovery.restartElement("build_finished")).isEqualTo("build_release");
		assertThat(ReleaseProcessRecovery.restartElement("test_finished")).isEqualTo("test_release");
	}

}
