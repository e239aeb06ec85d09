package hu.gyakorlattar.practice;

import java.io.IOException;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Stream;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * Counts the six facets of the matches of a search on the embedded index while they are
 * found ({@link EmbeddedIndexSearch}). Per segment, a text value is counted by its
 * ordinal and a number in a small table of its own; each once per practice, as Hibernate
 * Search's terms aggregations count them. The values are named and added up when the
 * segment is done.
 */
final class FacetCounting implements CollectorManager<FacetCounting.Counter, FacetCounts> {

	/** The facets whose values are text, in the index's sorted-set doc values. */
	private static final String[] TEXTS = { FacetCounts.COUNTIES, FacetCounts.STATUSES, FacetCounts.BANDS,
			FacetCounts.AWARDS };

	/** The facets whose values are numbers, in the index's sorted-numeric doc values. */
	private static final String[] NUMBERS = { FacetCounts.THEMES, FacetCounts.YEARS };

	@Override
	public Counter newCollector() {
		return new Counter();
	}

	@Override
	public FacetCounts reduce(Collection<Counter> counters) {
		Counter all = new Counter();
		for (Counter counter : counters) {
			for (int i = 0; i < TEXTS.length; i++) {
				counter.texts.get(i).forEach(all.texts.get(i)::addTo);
			}
			for (int i = 0; i < NUMBERS.length; i++) {
				counter.numbers.get(i).forEach(all.numbers.get(i)::addTo);
			}
		}
		return new FacetCounts(all.numbers.get(0).commonest(Function.identity()),
				all.texts.get(0).commonest(Function.identity()), all.texts.get(1).commonest(Function.identity()),
				all.texts.get(2).commonest(Function.identity()), all.numbers.get(1).commonest(Long::intValue),
				all.texts.get(3).commonest(AwardLevel::valueOf));
	}

	/** The counts of one facet's values. */
	private static final class Counts<V> {

		private final Map<V, Long> counts = new HashMap<>();

		void addTo(V value, long count) {
			this.counts.merge(value, count, Long::sum);
		}

		void forEach(BiConsumer<V, Long> action) {
			this.counts.forEach(action);
		}

		/** The {@value FacetCounts#MAX_VALUES} commonest values, the commonest first. */
		<K> Map<K, Long> commonest(Function<V, K> key) {
			Map<K, Long> commonest = new LinkedHashMap<>();
			this.counts.entrySet()
				.stream()
				.sorted(Map.Entry.<V, Long>comparingByValue().reversed())
				.limit(FacetCounts.MAX_VALUES)
				.forEach((entry) -> commonest.put(key.apply(entry.getKey()), entry.getValue()));
			// Kept for later searches (CachedSearches), so no one may change them.
			return Collections.unmodifiableMap(commonest);
		}

	}

	/** The counts of the matches of the segments it was given. */
	static final class Counter implements Collector {

		private final List<Counts<String>> texts = Stream.of(TEXTS).map((field) -> new Counts<String>()).toList();

		private final List<Counts<Long>> numbers = Stream.of(NUMBERS).map((field) -> new Counts<Long>()).toList();

		@Override
		public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
			return new SegmentCounter(context.reader());
		}

		@Override
		public ScoreMode scoreMode() {
			return ScoreMode.COMPLETE_NO_SCORES;
		}

		/** Counts one segment's matches into arrays, added to the counter at its end. */
		private final class SegmentCounter implements LeafCollector {

			private final SortedSetDocValues[] textValues = new SortedSetDocValues[TEXTS.length];

			private final int[][] ordinalCounts = new int[TEXTS.length][];

			private final SortedNumericDocValues[] numberValues = new SortedNumericDocValues[NUMBERS.length];

			private final NumberCounts[] numberCounts = new NumberCounts[NUMBERS.length];

			SegmentCounter(LeafReader reader) throws IOException {
				for (int i = 0; i < TEXTS.length; i++) {
					this.textValues[i] = DocValues.getSortedSet(reader, TEXTS[i]);
					this.ordinalCounts[i] = new int[Math.toIntExact(this.textValues[i].getValueCount())];
				}
				for (int i = 0; i < NUMBERS.length; i++) {
					this.numberValues[i] = DocValues.getSortedNumeric(reader, NUMBERS[i]);
					this.numberCounts[i] = new NumberCounts();
				}
			}

			@Override
			public void setScorer(Scorable scorer) {
				// Counts need no scores.
			}

			@Override
			public void collect(int doc) throws IOException {
				for (int i = 0; i < TEXTS.length; i++) {
					SortedSetDocValues values = this.textValues[i];
					if (values.advanceExact(doc)) {
						// A document's ordinals are distinct.
						for (int n = values.docValueCount(); n > 0; n--) {
							this.ordinalCounts[i][(int) values.nextOrd()]++;
						}
					}
				}
				for (int i = 0; i < NUMBERS.length; i++) {
					SortedNumericDocValues values = this.numberValues[i];
					if (values.advanceExact(doc)) {
						// Sorted, so a value a document has twice comes twice in a row.
						long previous = 0;
						for (int n = 0; n < values.docValueCount(); n++) {
							long value = values.nextValue();
							if (n == 0 || value != previous) {
								this.numberCounts[i].increment(value);
							}
							previous = value;
						}
					}
				}
			}

			@Override
			public void finish() throws IOException {
				for (int i = 0; i < TEXTS.length; i++) {
					int[] counts = this.ordinalCounts[i];
					for (int ordinal = 0; ordinal < counts.length; ordinal++) {
						if (counts[ordinal] > 0) {
							Counter.this.texts.get(i)
								.addTo(this.textValues[i].lookupOrd(ordinal).utf8ToString(), counts[ordinal]);
						}
					}
				}
				for (int i = 0; i < NUMBERS.length; i++) {
					this.numberCounts[i].forEach(Counter.this.numbers.get(i)::addTo);
				}
			}

		}

	}

	/**
	 * Counts per number, in an open-addressing table: a facet has few values, and a boxed
	 * map's look-up per match and value would cost more than the rest of the counting.
	 */
	private static final class NumberCounts {

		private long[] values = new long[64];

		private int[] counts = new int[64];

		private int size;

		void increment(long value) {
			int slot = slot(value, this.values.length);
			while (this.counts[slot] != 0) {
				if (this.values[slot] == value) {
					this.counts[slot]++;
					return;
				}
				slot = (slot + 1) & (this.values.length - 1);
			}
			this.values[slot] = value;
			this.counts[slot] = 1;
			if (++this.size * 2 > this.values.length) {
				grow();
			}
		}

		void forEach(BiConsumer<Long, Long> action) {
			for (int slot = 0; slot < this.values.length; slot++) {
				if (this.counts[slot] != 0) {
					action.accept(this.values[slot], (long) this.counts[slot]);
				}
			}
		}

		private void grow() {
			long[] values = this.values;
			int[] counts = this.counts;
			this.values = new long[values.length * 2];
			this.counts = new int[values.length * 2];
			for (int slot = 0; slot < values.length; slot++) {
				if (counts[slot] != 0) {
					int to = slot(values[slot], this.values.length);
					while (this.counts[to] != 0) {
						to = (to + 1) & (this.values.length - 1);
					}
					this.values[to] = values[slot];
					this.counts[to] = counts[slot];
				}
			}
		}

		/** Fibonacci hashing: consecutive years and ids spread over the table. */
		private static int slot(long value, int length) {
			return (int) ((value * 0x9E3779B97F4A7C15L) >>> (64 - Integer.numberOfTrailingZeros(length)));
		}

	}

}
