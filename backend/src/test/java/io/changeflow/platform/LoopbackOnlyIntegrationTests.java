package io.changeflow.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.changeflow.testing.IntegrationTest;
import io.changeflow.testing.TestInfrastructure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * The embedded engine and database must not be reachable from the network: anyone who
 * reaches the engine's gRPC port could deploy and run processes, and the database trusts
 * every local login.
 */
@EnabledOnOs(OS.LINUX)
class LoopbackOnlyIntegrationTests extends IntegrationTest {

	@Test
	void theEmbeddedEngineListensOn127001Only() throws Exception {
		assertThat(ListeningSockets.addressesOnPort(TestInfrastructure.enginePort())).containsExactly("127.0.0.1");
	}

	@Test
	void theEmbeddedDatabaseListensOn127001Only() throws Exception {
		assumeFalse(TestInfrastructure.usesContainer(), "PostgreSQL runs in a container, not embedded");

		assertThat(ListeningSockets.addressesOnPort(TestInfrastructure.databasePort())).containsExactly("127.0.0.1");
	}

	@Test
	void theWebServerItselfIsListening() throws Exception {
		// Guards the two tests above: if reading /proc found nothing, they could not
		// fail.
		assertThat(ListeningSockets.addressesOnPort(this.port)).isNotEmpty();
	}

}
