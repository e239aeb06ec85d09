package hu.gyakorlattar;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module map in {@code docs/modules} (PlantUML: all modules, and each with its
 * neighbours) is generated from the code by every build, never kept by hand: a diff there
 * in a commit shows how a change moved the boundaries.
 */
class ModuleMapTests {

	static final Path DOCS = Path.of("docs", "modules");

	@Test
	void theModuleMapInDocsIsWrittenFromTheCode() throws IOException {
		ApplicationModules modules = ApplicationModules.of(GyakorlattarApplication.class);

		new Documenter(modules, Documenter.Options.defaults().withOutputFolder(DOCS.toString()))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml();
		try (Stream<Path> diagrams = Files.list(DOCS)) {
			diagrams.forEach(ModuleMapTests::sortRelations);
		}

		String map = Files.readString(DOCS.resolve("components.puml"));
		modules.forEach((module) -> assertThat(map).as("the map shows %s", module.getIdentifier())
			.contains(module.getDisplayName()));
	}

	/**
	 * The Documenter writes the arrows in no fixed order; sorted, an unchanged module map
	 * leaves the files unchanged.
	 */
	private static void sortRelations(Path diagram) {
		try {
			List<String> lines = new ArrayList<>(Files.readAllLines(diagram));
			int start = 0;
			while (start < lines.size()) {
				int end = start;
				while (end < lines.size() && lines.get(end).startsWith("Rel(")) {
					end++;
				}
				lines.subList(start, end).sort(null);
				start = end + 1;
			}
			Files.write(diagram, lines);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
