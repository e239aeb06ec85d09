package hu.gyakorlattar.practice;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes what {@link HungarianOpenSearchAnalysis} needs on every OpenSearch node into the
 * node's config directory: the Hunspell hu_HU dictionary ({@code hunspell/hu_HU/}, with
 * its licence) and the decompounder's word list ({@code analysis/}). Run once per node
 * before the application first creates its index (see README), and by the tests' node.
 */
public final class OpenSearchNodeFiles {

	private OpenSearchNodeFiles() {
	}

	/**
	 * {@code java ... OpenSearchNodeFiles /etc/opensearch}: the node's config directory.
	 */
	public static void main(String[] args) {
		if (args.length != 1) {
			throw new IllegalArgumentException("Usage: OpenSearchNodeFiles <the OpenSearch node's config directory>");
		}
		write(Path.of(args[0]));
	}

	public static void write(Path config) {
		try {
			Path hunspell = Files.createDirectories(config.resolve("hunspell/hu_HU"));
			for (String name : new String[] { "hu_HU.aff", "hu_HU.dic", "LICENSE.txt" }) {
				try (InputStream in = HungarianWords.resource(name)) {
					Files.copy(in, hunspell.resolve(name), StandardCopyOption.REPLACE_EXISTING);
				}
			}
			// Lower-case words meet the dictionary's capitalised ones too, as in
			// HungarianWords.
			Files.writeString(hunspell.resolve("settings.yml"), "ignore_case: true\n");
			Path words = config.resolve(HungarianOpenSearchAnalysis.COMPOUND_WORDS);
			Files.createDirectories(words.getParent());
			Files.write(words, HungarianWords.compoundWords(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
