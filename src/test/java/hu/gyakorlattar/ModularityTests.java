package hu.gyakorlattar;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module map of architecture.md, enforced: no module reaches into another's
 * internals, no cycles.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(GyakorlattarApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		this.modules.verify();
	}

	@Test
	void theModulesAreTheOnesArchitectureNames() {
		assertThat(this.modules.stream().map((module) -> module.getIdentifier().toString())).contains("programme",
				"shared", "mail", "campaign");
	}

}
