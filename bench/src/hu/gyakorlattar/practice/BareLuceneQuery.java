package hu.gyakorlattar.practice;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.IndexSearcher;
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
 * Hungarian queries in turn.
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

}
