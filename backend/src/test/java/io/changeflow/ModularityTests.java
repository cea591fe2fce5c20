package io.changeflow;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Module boundaries can't rot: a feature uses another only through its public API, and no
 * cycles.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(ChangeflowApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		this.modules.verify();
	}

}
