package io.changeflow.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which deployed artifact gives a configuration item its version. */
class ArtifactMatchTests {

	@Test
	void anArtifactNamedExactlyAfterTheItemWinsCaseAside() {
		assertThat(ArtifactMatch.versionFor("checkout-api",
				Map.of("Checkout-API", "4.2.0", "checkout-api-4.1.0.tar.gz", "4.1.0")))
			.contains("4.2.0");
	}

	@Test
	void anArtifactNamedAfterTheItemAndASeparatorMatches() {
		assertThat(ArtifactMatch.versionFor("checkout-api", Map.of("checkout-api.jar", "4.2.0"))).contains("4.2.0");
		assertThat(ArtifactMatch.versionFor("checkout-api", Map.of("checkout-api-4.2.0.tar.gz", "4.2.0")))
			.contains("4.2.0");
		assertThat(ArtifactMatch.versionFor("checkout-api", Map.of("checkout-api_4.2.0.zip", "4.2.0")))
			.contains("4.2.0");
		assertThat(ArtifactMatch.versionFor("checkout-api", Map.of("checkout-api:4.2.0", "4.2.0"))).contains("4.2.0");
	}

	@Test
	void theShortestOfSeveralPrefixedNamesSaysMostAboutTheItem() {
		assertThat(ArtifactMatch.versionFor("checkout-api",
				Map.of("checkout-api-worker-1.0.jar", "1.0", "checkout-api.jar", "4.2.0")))
			.contains("4.2.0");
	}

	@Test
	void noMatchMeansNoVersion() {
		assertThat(ArtifactMatch.versionFor("checkout-api", Map.of("checkout-apix.jar", "9.9"))).isEmpty();
		assertThat(ArtifactMatch.versionFor("checkout-api", Map.of("my-checkout-api.jar", "9.9"))).isEmpty();
		assertThat(ArtifactMatch.versionFor("checkout-api", Map.of("checkout", "9.9"))).isEmpty();
		assertThat(ArtifactMatch.versionFor("shop-frontend", Map.of())).isEmpty();
	}

}
