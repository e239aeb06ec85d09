package hu.gyakorlattar.practice;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManagerFactory;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import hu.gyakorlattar.shared.HungarianFormats;

import org.springframework.stereotype.Component;

/**
 * What the index knows of the typed words. A word that meets no text (not as written, not
 * by its stems, not as the start of a word) is either a compound whose parts the texts
 * have ("falubusz"), or gets the nearest word of the published practices as a spelling
 * suggestion, if one is near enough: one letter off in a word of up to seven letters, two
 * in a longer one, missing accents aside. Words shorter than five letters get none: too
 * many words are near them.
 */
@Component
class SpellingSuggestions {

	static final int MIN_LENGTH = 5;

	private static final String VOCABULARY = "vocabulary";

	private static final String[] TEXT_FIELDS = { "title", "summary", "tags", "placeAndTheme", "body" };

	private static final String[] PREFIX_FIELDS = { "title_prefix", "summary_prefix" };

	private static final Analyzer text = HungarianAnalysis.query();

	private static final Analyzer prefix = HungarianAnalysis.prefixQuery();

	private final EntityManagerFactory entityManagerFactory;

	SpellingSuggestions(EntityManagerFactory entityManagerFactory) {
		this.entityManagerFactory = entityManagerFactory;
	}

	/** Reads the typed words against the index. */
	Reading read(List<String> words) {
		Set<String> compounds = new HashSet<>();
		Map<String, String> corrections = new LinkedHashMap<>();
		if (words.isEmpty()) {
			return new Reading(compounds, corrections);
		}
		try (IndexedWords index = IndexedWords.open(this.entityManagerFactory)) {
			for (String word : words) {
				if (known(index, word)) {
					continue;
				}
				String lower = word.toLowerCase(HungarianFormats.HUNGARIAN);
				if (partsKnown(index, lower)) {
					compounds.add(word);
				}
				else if (word.length() >= MIN_LENGTH) {
					String nearest = nearest(index, lower);
					// As written in the vocabulary (an English word of an English
					// version) it is no misspelling.
					if (nearest != null && !nearest.equals(lower)) {
						corrections.put(word, nearest);
					}
				}
			}
			return new Reading(compounds, corrections);
		}
	}

	/**
	 * What the index knows of the typed words: the words that are compounds unknown to
	 * the texts but with every part in them, and the spelling suggestions for words that
	 * meet nothing.
	 */
	record Reading(Set<String> compounds, Map<String, String> corrections) {

	}

	private static boolean known(IndexedWords index, String word) {
		return index.anyIn(TEXT_FIELDS, terms(text, word)) || index.anyIn(PREFIX_FIELDS, terms(prefix, word));
	}

	private static boolean partsKnown(IndexedWords index, String word) {
		List<String> parts = HungarianWords.get().compoundParts(word);
		for (String part : parts) {
			if (!index.anyIn(TEXT_FIELDS, terms(text, part))) {
				return false;
			}
		}
		return !parts.isEmpty();
	}

	/** The closest word, missing accents aside; of equally close ones the commonest. */
	private static String nearest(IndexedWords index, String word) {
		String folded = HungarianFormats.fold(word);
		int allowed = (folded.length() > 7) ? 2 : 1;
		String best = null;
		int bestDistance = Integer.MAX_VALUE;
		int bestFrequency = 0;
		for (Map.Entry<String, Integer> candidate : index.near(VOCABULARY, word).entrySet()) {
			String found = candidate.getKey();
			int distance = distance(folded, HungarianFormats.fold(found));
			int frequency = candidate.getValue();
			if (found.length() >= MIN_LENGTH - 1 && distance <= allowed
					&& (distance < bestDistance || (distance == bestDistance && frequency > bestFrequency))) {
				best = found;
				bestDistance = distance;
				bestFrequency = frequency;
			}
		}
		return best;
	}

	/** Edits between two words, a swap of two neighbouring letters counting as one. */
	static int distance(String a, String b) {
		int[][] d = new int[a.length() + 1][b.length() + 1];
		for (int i = 0; i <= a.length(); i++) {
			d[i][0] = i;
		}
		for (int j = 0; j <= b.length(); j++) {
			d[0][j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			for (int j = 1; j <= b.length(); j++) {
				int cost = (a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1;
				d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
				if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
					d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
				}
			}
		}
		return d[a.length()][b.length()];
	}

	static List<String> terms(Analyzer analyzer, String text) {
		List<String> terms = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream("text", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				terms.add(term.toString());
			}
			stream.end();
			return terms;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
