package hu.gyakorlattar.practice;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The ceiling of the knowledge-base search (JMH, sample mode): the bare Lucene query on
 * the index the running application built, with the application's Hungarian analyzers and
 * field boosts, top ten hits, no facets, highlighting, database or HTTP. bench/run runs it
 * with as many threads as the Gatling search has users, each thread going through the
 * Hungarian queries in turn. {@link #searchCountingFacets} is the same query with what the
 * search page needs of the engine besides: the exact number of matches and the six facet
 * counts over all of them, which a top-ten query never visits.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class BareLuceneQuery {

	@State(Scope.Benchmark)
	public static class Index {

		/** The application's index directory of the practices. */
		@Param("")
		public String directory;

		DirectoryReader reader;

		IndexSearcher searcher;

		@Setup(Level.Trial)
		public void open() throws IOException {
			this.reader = DirectoryReader.open(FSDirectory.open(Path.of(this.directory)));
			this.searcher = new IndexSearcher(this.reader);
		}

		@TearDown(Level.Trial)
		public void close() throws IOException {
			this.reader.close();
		}

	}

	@State(Scope.Thread)
	public static class Queries {

		final SimpleQueryParser parser = PracticeSearchBench.parser();

		int next;

		String next() {
			String[] all = PracticeSearchBench.QUERIES;
			return all[this.next++ % all.length];
		}

	}

	@Benchmark
	public Object search(Index index, Queries queries) throws IOException {
		return index.searcher.search(queries.parser.parse(queries.next()), 10);
	}

	/**
	 * The top ten, then every match counted into the total and the facets (without
	 * scores, since the order is already known).
	 */
	@Benchmark
	public Object searchCountingFacets(Index index, Queries queries) throws IOException {
		Query query = queries.parser.parse(queries.next());
		TopDocs top = index.searcher.search(query, 10);
		return new Object[] { top, index.searcher.search(query, new FacetCounts()) };
	}

	/** Per facet field, how many matches have each value; the number of matches under "". */
	static final class FacetCounts implements CollectorManager<FacetCounts.Counting, Map<String, Map<String, Integer>>> {

		static final String[] FIELDS = { "themeIds", "counties", "legalStatuses", "populationBands", "cycleYear",
				"awardLevel" };

		@Override
		public Counting newCollector() {
			return new Counting();
		}

		@Override
		public Map<String, Map<String, Integer>> reduce(Collection<Counting> collectors) {
			Map<String, Map<String, Integer>> all = new HashMap<>();
			for (Counting counting : collectors) {
				counting.counts.forEach((field, counts) -> counts.forEach((value, count) -> all
					.computeIfAbsent(field, (key) -> new HashMap<>())
					.merge(value, count, Integer::sum)));
				all.computeIfAbsent("", (key) -> new HashMap<>()).merge("", counting.total, Integer::sum);
			}
			return all;
		}

		/**
		 * Counts a value once per document, as a facet does: strings by their ordinal in
		 * the segment (named when the segment is done), numbers by value.
		 */
		static final class Counting extends SimpleCollector {

			final Map<String, Map<String, Integer>> counts = new HashMap<>();

			int total;

			private final SortedSetDocValues[] strings = new SortedSetDocValues[FIELDS.length];

			private final int[][] ordinals = new int[FIELDS.length][];

			private final SortedNumericDocValues[] numbers = new SortedNumericDocValues[FIELDS.length];

			private final Map<Long, int[]>[] numberCounts = newNumberCounts();

			@SuppressWarnings("unchecked")
			private static Map<Long, int[]>[] newNumberCounts() {
				Map<Long, int[]>[] counts = new Map[FIELDS.length];
				for (int i = 0; i < counts.length; i++) {
					counts[i] = new HashMap<>();
				}
				return counts;
			}

			@Override
			protected void doSetNextReader(LeafReaderContext context) throws IOException {
				for (int i = 0; i < FIELDS.length; i++) {
					this.strings[i] = context.reader().getSortedSetDocValues(FIELDS[i]);
					this.ordinals[i] = (this.strings[i] != null) ? new int[(int) this.strings[i].getValueCount()]
							: null;
					this.numbers[i] = (this.strings[i] == null) ? DocValues.getSortedNumeric(context.reader(), FIELDS[i])
							: null;
				}
			}

			@Override
			public void collect(int doc) throws IOException {
				this.total++;
				for (int i = 0; i < FIELDS.length; i++) {
					if (this.strings[i] != null) {
						if (this.strings[i].advanceExact(doc)) {
							for (int n = 0; n < this.strings[i].docValueCount(); n++) {
								this.ordinals[i][(int) this.strings[i].nextOrd()]++;
							}
						}
					}
					else if (this.numbers[i].advanceExact(doc)) {
						for (int n = 0; n < this.numbers[i].docValueCount(); n++) {
							this.numberCounts[i].computeIfAbsent(this.numbers[i].nextValue(), (key) -> new int[1])[0]++;
						}
					}
				}
			}

			@Override
			public void finish() throws IOException {
				for (int i = 0; i < FIELDS.length; i++) {
					Map<String, Integer> field = this.counts.computeIfAbsent(FIELDS[i], (key) -> new HashMap<>());
					if (this.strings[i] != null) {
						for (int ord = 0; ord < this.ordinals[i].length; ord++) {
							if (this.ordinals[i][ord] > 0) {
								field.merge(this.strings[i].lookupOrd(ord).utf8ToString(), this.ordinals[i][ord],
										Integer::sum);
							}
						}
					}
					else {
						this.numberCounts[i].forEach((value, count) -> field.merge(value.toString(), count[0], Integer::sum));
						this.numberCounts[i].clear();
					}
				}
			}

			@Override
			public ScoreMode scoreMode() {
				return ScoreMode.COMPLETE_NO_SCORES;
			}

		}

	}

}
