package io.changeflow;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
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

	/**
	 * The embedded engine (zeebe-process-test, for evaluation and development only) lives
	 * in the engine module: replacing it by a Camunda 8 cluster touches nothing else.
	 */
	@Test
	void onlyTheEngineModuleKnowsTheEmbeddedEngine() {
		noClasses().that()
			.resideOutsideOfPackage("io.changeflow.engine..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("io.camunda.zeebe.process.test..", "io.camunda.zeebe.engine..",
					"io.camunda.zeebe.scheduler..", "io.camunda.zeebe.db..", "io.camunda.zeebe.logstreams..",
					"io.camunda.zeebe.stream..", "io.camunda.zeebe.broker..", "io.camunda.zeebe.gateway..")
			.because("the rest of the app speaks to any Camunda 8 engine through the client only")
			.check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
				.importPackages("io.changeflow"));
	}

}
