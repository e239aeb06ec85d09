package hu.gyakorlattar.practice;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The analysis of a practice's English version: Lucene's English analyzer (possessives,
 * lower case, stop words, Porter stems), so "elderly care" finds "care for the elderly".
 * Named {@value #ENGLISH} like OpenSearch's built-in analyzer of the same make-up, so the
 * mapping means the same on both backends. The query side adds the programme's English
 * vocabulary ({@code practice/synonyms-en.txt}) before stemming, so "seniors" finds
 * "older people"; {@link EnglishOpenSearchAnalysis} builds the same from OpenSearch's
 * filters.
 */
public class EnglishAnalysis implements LuceneAnalysisConfigurer {

	static final String ENGLISH = "english";

	/** The query side of {@link #ENGLISH}: the same, plus the English synonyms. */
	static final String QUERY = "english_query";

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		context.analyzer(ENGLISH).instance(new EnglishAnalyzer());
		context.analyzer(QUERY).instance(query());
	}

	static Analyzer query() {
		SynonymMap synonyms = Synonyms.MAP;
		return new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				Tokenizer source = new StandardTokenizer();
				TokenStream stream = new SynonymGraphFilter(wordsBeforeStemming(source), synonyms, true);
				return new TokenStreamComponents(source, new PorterStemFilter(stream));
			}
		};
	}

	/** What the English analyzer does before stemming, which is what synonyms meet. */
	private static TokenStream wordsBeforeStemming(Tokenizer source) {
		return new StopFilter(new LowerCaseFilter(new EnglishPossessiveFilter(source)),
				EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
	}

	/**
	 * Read with the query's own steps before stemming, so a rule with a stop word in it
	 * fails the start instead of silently never matching.
	 */
	private static SynonymMap synonyms() {
		SolrSynonymParser parser = new SolrSynonymParser(true, true, new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				Tokenizer source = new StandardTokenizer();
				return new TokenStreamComponents(source, wordsBeforeStemming(source));
			}
		});
		try {
			parser.parse(new StringReader(String.join("\n", synonymRules())));
			return parser.build();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (ParseException ex) {
			throw new IllegalStateException("practice/synonyms-en.txt cannot be read", ex);
		}
	}

	/**
	 * The rules of {@code practice/synonyms-en.txt}, without comments and blank lines.
	 */
	static List<String> synonymRules() {
		try (InputStream in = EnglishAnalysis.class.getResourceAsStream("/practice/synonyms-en.txt")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.map(String::strip)
				.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The synonyms, built once for every query analyzer, as the Hungarian ones are. */
	private static final class Synonyms {

		static final SynonymMap MAP = synonyms();

	}

}
