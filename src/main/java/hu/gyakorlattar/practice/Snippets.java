package hu.gyakorlattar.practice;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.FieldHighlighter;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;

import hu.gyakorlattar.shared.Bilingual;
import hu.gyakorlattar.shared.HungarianFormats;

/**
 * The words found, marked in the texts of the hits a page shows: the title, and the
 * summary's matching sentence or, when the summary has none of the words, the body's.
 * Marking re-reads a text with the Hungarian analysis, so it is done for the page's hits
 * only, the body only when needed, and against the words looked for alone (as typed, as
 * corrected, their compound parts and thesaurus terms), not against the whole ranking
 * query: marked by the search itself, every hit's three texts against that query took two
 * thirds of a search's time. An English text is read with the English analysis, so an
 * English reader sees the inflections and synonyms of the typed words marked too.
 */
final class Snippets {

	private static final Language HUNGARIAN = new Language(HungarianAnalysis.text(), HungarianAnalysis.query(),
			new String[] { "title", "summary", "body" });

	private static final Language ENGLISH = new Language(new EnglishAnalyzer(), EnglishAnalysis.query(),
			new String[] { "titleEn", "summaryEn", "bodyEn" });

	private final List<String> words;

	private final List<String> phrases;

	/**
	 * Made when first needed, by the search that made these snippets: a page asked again
	 * is shown as kept, and its snippets only say which words it marks
	 * ({@link SearchPage#shown}).
	 */
	private Marking hungarian;

	private Marking english;

	private Snippets(List<String> words, List<String> phrases) {
		this.words = List.copyOf(words);
		this.phrases = List.copyOf(phrases);
	}

	/**
	 * Marks the words looked for: those typed, their corrections and compound parts, and
	 * the thesaurus terms they were widened with.
	 */
	static Snippets of(List<String> words, List<String> phrases, SpellingSuggestions.Reading reading,
			Map<String, List<Thesaurus.Expansion>> expansions) {
		List<String> marked = new ArrayList<>(words);
		List<String> markedPhrases = new ArrayList<>(phrases);
		marked.addAll(reading.corrections().values());
		reading.compounds()
			.forEach((word) -> marked
				.addAll(HungarianWords.get().compoundParts(word.toLowerCase(HungarianFormats.HUNGARIAN))));
		expansions.values()
			.stream()
			.flatMap(List::stream)
			.map(Thesaurus.Expansion::term)
			.forEach((term) -> (term.contains(" ") ? markedPhrases : marked).add(term));
		return of(marked, markedPhrases);
	}

	/**
	 * Marks these words and phrases (a phrase is marked where its words stand together).
	 */
	private static Snippets of(List<String> words, List<String> phrases) {
		return new Snippets(words, phrases);
	}

	/**
	 * The title in the reader's language with the words marked, HTML-escaped, or null
	 * when none is in it.
	 */
	String title(Practice practice, Locale locale) {
		Bilingual title = practice.getBilingualTitle();
		return in(title, locale).marked(Part.TITLE, title.in(locale));
	}

	/**
	 * The summary's or else the body's sentence with most of the words, marked and
	 * HTML-escaped; null when neither has any.
	 */
	String passage(Practice practice, Locale locale) {
		Bilingual summary = practice.getBilingualSummary();
		String marked = in(summary, locale).marked(Part.SUMMARY, summary.in(locale));
		if (marked != null) {
			return marked;
		}
		boolean english = "en".equals(locale.getLanguage()) && !practice.getBodyEn().isEmpty();
		return english ? english().marked(Part.BODY, practice.getBodyEn())
				: hungarian().marked(Part.BODY, practice.getBody());
	}

	/** Two snippets mark alike when they mark the same words and phrases. */
	@Override
	public boolean equals(Object other) {
		return (other instanceof Snippets snippets) && this.words.equals(snippets.words)
				&& this.phrases.equals(snippets.phrases);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.words, this.phrases);
	}

	/** The marking of the language this text is shown in. */
	private Marking in(Bilingual text, Locale locale) {
		return "en".equals(text.languageIn(locale)) ? english() : hungarian();
	}

	private Marking hungarian() {
		if (this.hungarian == null) {
			this.hungarian = new Marking(HUNGARIAN, this.words, this.phrases);
		}
		return this.hungarian;
	}

	private Marking english() {
		if (this.english == null) {
			this.english = new Marking(ENGLISH, this.words, this.phrases);
		}
		return this.english;
	}

	/** The texts of a hit that are marked. */
	private enum Part {

		TITLE, SUMMARY, BODY

	}

	/** A language's analysis, and the fields of its title, summary and body (by part). */
	private record Language(Analyzer text, Analyzer query, String[] fields) {

	}

	/** The words marked in one language's texts. */
	private static final class Marking {

		private final Language language;

		private final Query words;

		private final UnifiedHighlighter highlighter;

		Marking(Language language, List<String> words, List<String> phrases) {
			this.language = language;
			QueryBuilder queries = new QueryBuilder(language.query());
			BooleanQuery.Builder any = new BooleanQuery.Builder();
			for (String field : language.fields()) {
				words.forEach((word) -> add(any, queries.createBooleanQuery(field, word)));
				phrases.forEach((phrase) -> add(any, queries.createPhraseQuery(field, phrase)));
			}
			this.words = any.build();
			this.highlighter = new PageHighlighter(language.text(), !phrases.isEmpty());
		}

		private static void add(BooleanQuery.Builder any, Query query) {
			if (query != null) {
				any.add(query, BooleanClause.Occur.SHOULD);
			}
		}

		/** The text with the words marked, or null when it has none of them. */
		String marked(Part part, String text) {
			if (text == null || text.isEmpty()) {
				return null;
			}
			try {
				Object marked = this.highlighter.highlightWithoutSearcher(this.language.fields()[part.ordinal()],
						this.words, text, 1);
				return (marked == null || marked.toString().isEmpty()) ? null : marked.toString();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

	/**
	 * Marks a page's texts: what it derives from the words (their terms, an automaton of
	 * them) is derived once per field, not once per text. Words alone are found in the
	 * text's tokens as the analysis makes them; only phrases need the text indexed in
	 * memory and matched against the query, which marks a phrase whole. Indexing every
	 * text in memory was three quarters of the marking, and the marking a fifth of a
	 * search with few matches (profiled at 100,000 practices); the passage then is the
	 * sentence with the most words found, each counting alike.
	 */
	private static final class PageHighlighter extends UnifiedHighlighter {

		private final Map<String, FieldHighlighter> fields = new HashMap<>();

		PageHighlighter(Analyzer textAnalyzer, boolean phrases) {
			super(UnifiedHighlighter.builderWithoutSearcher(textAnalyzer)
				.withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
				.withBreakIterator(() -> BreakIterator.getSentenceInstance(Locale.ROOT))
				.withMaxNoHighlightPassages(0)
				.withScorer(new FewTermsPassageScorer())
				.withPassageRelevancyOverSpeed(phrases));
		}

		@Override
		protected FieldHighlighter getFieldHighlighter(String field, Query query, Set<Term> allTerms, int maxPassages) {
			return this.fields.computeIfAbsent(field,
					(name) -> super.getFieldHighlighter(name, query, allTerms, maxPassages));
		}

	}

	/**
	 * Lucene's passage score (BM25 over the passage, weighed by where it starts) without
	 * the term hash Lucene builds for every passage it scores: a 32 KB block each, the
	 * largest single share of what a search allocated (a tenth of its bytes in the
	 * allocation profile at 100,000 practices). A passage has few matches, so their
	 * distinct terms are found by comparing them; the terms are summed in the same order,
	 * so the score is the same.
	 */
	static final class FewTermsPassageScorer extends PassageScorer {

		@Override
		public float score(Passage passage, int contentLength) {
			BytesRef[] terms = passage.getMatchTerms();
			int matches = passage.getNumMatches();
			double score = 0d;
			for (int i = 0; i < matches; i++) {
				if (firstOccurrence(terms, i)) {
					int inPassage = 0;
					for (int j = i; j < matches; j++) {
						if (terms[j].bytesEquals(terms[i])) {
							inPassage++;
						}
					}
					score += tf(inPassage, passage.getLength())
							* weight(contentLength, passage.getMatchTermFreqsInDoc()[i]);
				}
			}
			return (float) (score * norm(passage.getStartOffset()));
		}

		private static boolean firstOccurrence(BytesRef[] terms, int i) {
			for (int j = 0; j < i; j++) {
				if (terms[j].bytesEquals(terms[i])) {
					return false;
				}
			}
			return true;
		}

	}

}
