package hu.gyakorlattar;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module map in {@code docs/modules} is generated from the code by every build, never
 * kept by hand: a diff there in a commit shows how a change moved the boundaries.
 */
class ModuleMapTests {

	static final Path DOCS = Path.of("docs", "modules");

	@Test
	void theModuleMapInDocsIsWrittenFromTheCode() throws IOException {
		ApplicationModules modules = ApplicationModules.of(GyakorlattarApplication.class);

		new Documenter(modules, Documenter.Options.defaults().withOutputFolder(DOCS.toString())).writeDocumentation();

		String map = Files.readString(DOCS.resolve("components.puml"));
		modules.forEach((module) -> assertThat(map).as("the map shows %s", module.getIdentifier())
			.contains(module.getDisplayName()));
	}

}
