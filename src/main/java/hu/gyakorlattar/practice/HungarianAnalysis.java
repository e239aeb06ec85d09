package hu.gyakorlattar.practice;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.hu.HungarianAnalyzer;
import org.apache.lucene.analysis.hu.HungarianLightStemmer;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.tartarus.snowball.ext.HungarianStemmer;

import hu.gyakorlattar.shared.HungarianFormats;

/**
 * The Hungarian analysis of the knowledge base. No stock analyzer gets Hungarian right:
 * Snowball misses "önkormányzat" against "önkormányzati", the light stemmer misses other
 * forms, and neither folds accents nor finds compounds. So every word is indexed with
 * several stems at one position (the word itself, its light stem and its Snowball stem,
 * each also computed from the accent-free spelling, and its Hunspell roots), all
 * accent-folded: a query word matches when any of its stems meets any stem of the text.
 * The text side adds the parts of compounds from the Hunspell dictionary, so "gondnok"
 * finds "falugondnok" ({@link HungarianWords}). A second, prefix field keeps the word
 * starts (four letters and up), so "kerékpár" finds "kerékpárút"; the query side adds the
 * programme's synonyms ("szépkorú" finds "idős").
 */
public class HungarianAnalysis implements LuceneAnalysisConfigurer {

	/** Full-text fields: stems of every word, accents folded. */
	static final String TEXT = "hungarian";

	/** The query side of {@link #TEXT}: the same, plus the programme's synonyms. */
	static final String QUERY = "hungarian_query";

	/** Word starts, for compound words: "kerékpár" is the start of "kerékpárút". */
	static final String PREFIX = "hungarian_prefix";

	/**
	 * The query side of {@link #PREFIX}: the query word's stems, folded, so that
	 * "hajléktalanok" finds "hajléktalanellátás".
	 */
	static final String PREFIX_QUERY = "hungarian_prefix_query";

	/**
	 * The words of the published texts as written (lower case, accents kept): the
	 * vocabulary that spelling suggestions come from.
	 */
	static final String WORDS = "hungarian_words";

	static final int MIN_PREFIX = 4;

	static final int MAX_PREFIX = 24;

	private static final CharArraySet STOP_WORDS = HungarianAnalyzer.getDefaultStopSet();

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		context.analyzer(TEXT).instance(text());
		context.analyzer(QUERY).instance(query());
		context.analyzer(PREFIX).instance(prefix());
		context.analyzer(PREFIX_QUERY).instance(prefixQuery());
		context.analyzer(WORDS).instance(words());
	}

	public static Analyzer text() {
		return new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				Tokenizer source = new StandardTokenizer();
				TokenStream stream = new StopFilter(new LowerCaseFilter(source), STOP_WORDS);
				return new TokenStreamComponents(source, stems(stream, true));
			}
		};
	}

	public static Analyzer words() {
		return new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				Tokenizer source = new StandardTokenizer();
				return new TokenStreamComponents(source, new LowerCaseFilter(source));
			}
		};
	}

	public static Analyzer query() {
		SynonymMap synonyms = Synonyms.MAP;
		return new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				Tokenizer source = new StandardTokenizer();
				TokenStream stream = new StopFilter(new LowerCaseFilter(source), STOP_WORDS);
				stream = new SynonymGraphFilter(stream, synonyms, true);
				return new TokenStreamComponents(source, stems(stream, false));
			}
		};
	}

	public static Analyzer prefix() {
		return new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				Tokenizer source = new StandardTokenizer();
				TokenStream stream = new AccentFolding(new LowerCaseFilter(source));
				return new TokenStreamComponents(source,
						new EdgeNGramTokenFilter(stream, MIN_PREFIX, MAX_PREFIX, true));
			}
		};
	}

	public static Analyzer prefixQuery() {
		return new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				Tokenizer source = new StandardTokenizer();
				TokenStream stream = new StopFilter(new LowerCaseFilter(source), STOP_WORDS);
				return new TokenStreamComponents(source, new ShortWordsDropped(stems(stream, false)));
			}
		};
	}

	/**
	 * The text side splits compounds; the query side does not, so that "klímavédelem"
	 * does not find "gyermekvédelem" through "védelem" (the search asks for all parts of
	 * a typed compound itself).
	 */
	private static TokenStream stems(TokenStream stream, boolean compoundParts) {
		return new RemoveDuplicatesTokenFilter(new AccentFolding(new StemVariants(stream, compoundParts)));
	}

	/**
	 * The synonyms, built once for every query analyzer: they never change while the
	 * application runs, and each analyzer building its own was a start-up cost paid for
	 * each.
	 */
	private static final class Synonyms {

		static final SynonymMap MAP = synonyms();

	}

	/**
	 * The programme's vocabulary in Solr's synonym format, each word also in its
	 * accent-free spelling (a query typed without accents meets the same synonyms).
	 */
	private static SynonymMap synonyms() {
		try (InputStream in = HungarianAnalysis.class.getResourceAsStream("/practice/synonyms-hu.txt")) {
			String rules = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			StringBuilder all = new StringBuilder(rules).append('\n');
			for (String line : rules.split("\n")) {
				if (!line.isBlank() && !line.startsWith("#")) {
					all.append(HungarianFormats.fold(line)).append('\n');
				}
			}
			SolrSynonymParser parser = new SolrSynonymParser(true, true, new Analyzer() {
				@Override
				protected TokenStreamComponents createComponents(String fieldName) {
					Tokenizer source = new StandardTokenizer();
					return new TokenStreamComponents(source, new LowerCaseFilter(source));
				}
			});
			parser.parse(new InputStreamReader(
					new java.io.ByteArrayInputStream(all.toString().getBytes(StandardCharsets.UTF_8)),
					StandardCharsets.UTF_8));
			return parser.build();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (ParseException ex) {
			throw new IllegalStateException("practice/synonyms-hu.txt cannot be read", ex);
		}
	}

	/**
	 * Emits each word followed by its other stems at the same position: the Hungarian
	 * light stem and the Snowball stem, of the word as written and of its accent-free
	 * spelling, its Hunspell roots, and on the text side the parts of a compound.
	 */
	static final class StemVariants extends TokenFilter {

		/**
		 * The variants of each word met, per side: words repeat across texts and queries,
		 * and finding a word's stems costs more than looking them up (indexing, queries
		 * and the snippets' marking all analyse the same words). Dropped when this full.
		 */
		private static final int CACHE_LIMIT = 200_000;

		private static final Map<String, List<String>> textVariants = new ConcurrentHashMap<>();

		private static final Map<String, List<String>> queryVariants = new ConcurrentHashMap<>();

		private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

		private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);

		private final HungarianLightStemmer light = new HungarianLightStemmer();

		private final HungarianStemmer snowball = new HungarianStemmer();

		private final Deque<String> pending = new ArrayDeque<>();

		private final boolean compoundParts;

		private State state;

		StemVariants(TokenStream input, boolean compoundParts) {
			super(input);
			this.compoundParts = compoundParts;
		}

		@Override
		public boolean incrementToken() throws IOException {
			if (!this.pending.isEmpty()) {
				restoreState(this.state);
				this.term.setEmpty().append(this.pending.poll());
				this.position.setPositionIncrement(0);
				return true;
			}
			if (!this.input.incrementToken()) {
				return false;
			}
			String word = this.term.toString();
			Map<String, List<String>> known = this.compoundParts ? textVariants : queryVariants;
			List<String> variants = known.get(word);
			if (variants == null) {
				variants = variants(word);
				if (known.size() >= CACHE_LIMIT) {
					known.clear();
				}
				known.put(word, variants);
			}
			if (!variants.isEmpty()) {
				this.pending.addAll(variants);
				this.state = captureState();
			}
			return true;
		}

		private List<String> variants(String word) {
			Set<String> variants = new LinkedHashSet<>();
			for (String spelling : new String[] { word, HungarianFormats.fold(word) }) {
				variants.add(spelling);
				char[] chars = spelling.toCharArray();
				variants.add(new String(chars, 0, this.light.stem(chars, chars.length)));
				this.snowball.setCurrent(spelling);
				this.snowball.stem();
				variants.add(this.snowball.getCurrent());
			}
			HungarianWords dictionary = HungarianWords.get();
			variants.addAll(dictionary.roots(word));
			if (this.compoundParts) {
				variants.addAll(dictionary.compoundParts(word));
			}
			variants.remove(word);
			variants.removeIf((variant) -> variant.length() < 2);
			// Folded here once, the folding filter after this one has nothing left to
			// do, and the variants that fold alike go down the chain once.
			Set<String> folded = new LinkedHashSet<>();
			variants.forEach((variant) -> folded.add(AccentFolding.fold(variant)));
			folded.remove(AccentFolding.fold(word));
			return List.copyOf(folded);
		}

		@Override
		public void reset() throws IOException {
			super.reset();
			this.pending.clear();
			this.state = null;
		}

	}

	/** Words shorter than the shortest prefix cannot meet a prefix; they are dropped. */
	static final class ShortWordsDropped extends org.apache.lucene.analysis.FilteringTokenFilter {

		private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

		ShortWordsDropped(TokenStream input) {
			super(input);
		}

		@Override
		protected boolean accept() {
			return this.term.length() >= MIN_PREFIX;
		}

	}

}
