package hu.gyakorlattar.practice;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

import hu.gyakorlattar.shared.HungarianFormats;

/**
 * {@link HungarianAnalysis} for OpenSearch, under the same analyzer names, built from
 * OpenSearch's stock filters (its node cannot run our code): every word with its stems at
 * one position (a multiplexer of the word, the Hungarian light stemmer, Snowball's
 * Hungarian stemmer, both also on the accent-free spelling, and Hunspell hu_HU less the
 * roots {@link HungarianWords#NOT_A_ROOT} names), the parts of compounds on the text side
 * (a dictionary decompounder over the dictionary's words), accents folded, the
 * programme's synonyms on the query side, word starts for the prefix fields. The node
 * needs the dictionary files that {@link OpenSearchNodeFiles} writes into its config
 * directory. No analyzer is named {@code english}: OpenSearch has one built in, which
 * {@link EnglishOpenSearchAnalysis} completes with a query side.
 */
public class HungarianOpenSearchAnalysis implements ElasticsearchAnalysisConfigurer {

	/**
	 * Relative to the node's config directory, written by {@link OpenSearchNodeFiles}.
	 */
	static final String COMPOUND_WORDS = "analysis/hu_compound_words.txt";

	@Override
	public void configure(ElasticsearchAnalysisConfigurationContext context) {
		context.tokenFilter("hu_stop").type("stop").param("stopwords", "_hungarian_");
		context.tokenFilter("hu_light").type("stemmer").param("language", "light_hungarian");
		context.tokenFilter("hu_snowball").type("snowball").param("language", "Hungarian");
		context.tokenFilter("hu_hunspell")
			.type("hunspell")
			.param("locale", "hu_HU")
			.param("dedup", true)
			.param("longest_only", false);
		context.tokenFilter("hu_not_a_root")
			.type("stop")
			.param("stopwords", HungarianWords.NOT_A_ROOT.toArray(String[]::new));
		context.tokenFilter("hu_compound_parts")
			.type("dictionary_decompounder")
			.param("word_list_path", COMPOUND_WORDS)
			.param("min_subword_size", HungarianWords.MIN_PART)
			.param("only_longest_match", true);
		context.tokenFilter("hu_stems")
			.type("multiplexer")
			.param("preserve_original", true)
			.param("filters", "hu_light", "hu_snowball", "asciifolding, hu_light", "asciifolding, hu_snowball",
					"hu_hunspell, hu_not_a_root");
		context.tokenFilter("hu_stems_and_parts")
			.type("multiplexer")
			.param("preserve_original", true)
			.param("filters", "hu_light", "hu_snowball", "asciifolding, hu_light", "asciifolding, hu_snowball",
					"hu_hunspell, hu_not_a_root", "hu_compound_parts");
		context.tokenFilter("hu_synonyms")
			.type("synonym_graph")
			.param("lenient", true)
			.param("synonyms", synonyms().toArray(String[]::new));
		context.tokenFilter("hu_prefixes")
			.type("edge_ngram")
			.param("min_gram", HungarianAnalysis.MIN_PREFIX)
			.param("max_gram", HungarianAnalysis.MAX_PREFIX)
			.param("preserve_original", true);
		context.tokenFilter("hu_prefix_length").type("length").param("min", HungarianAnalysis.MIN_PREFIX);

		context.analyzer(HungarianAnalysis.TEXT)
			.custom()
			.tokenizer("standard")
			.tokenFilters("lowercase", "hu_stop", "hu_stems_and_parts", "asciifolding", "remove_duplicates");
		context.analyzer(HungarianAnalysis.QUERY)
			.custom()
			.tokenizer("standard")
			.tokenFilters("lowercase", "hu_stop", "hu_synonyms", "hu_stems", "asciifolding", "remove_duplicates");
		context.analyzer(HungarianAnalysis.PREFIX)
			.custom()
			.tokenizer("standard")
			.tokenFilters("lowercase", "asciifolding", "hu_prefixes");
		context.analyzer(HungarianAnalysis.PREFIX_QUERY)
			.custom()
			.tokenizer("standard")
			.tokenFilters("lowercase", "hu_stop", "hu_stems", "asciifolding", "remove_duplicates", "hu_prefix_length");
		context.analyzer(HungarianAnalysis.WORDS).custom().tokenizer("standard").tokenFilters("lowercase");
	}

	/**
	 * The synonym rules, each also in its accent-free spelling, as the Lucene side has
	 * them.
	 */
	private static List<String> synonyms() {
		try (InputStream in = HungarianOpenSearchAnalysis.class.getResourceAsStream("/practice/synonyms-hu.txt")) {
			List<String> rules = new ArrayList<>();
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				if (!line.isBlank() && !line.startsWith("#")) {
					rules.add(line.strip());
					rules.add(HungarianFormats.fold(line));
				}
			}
			return rules;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
