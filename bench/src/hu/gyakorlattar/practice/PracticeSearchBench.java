package hu.gyakorlattar.practice;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import jakarta.persistence.EntityManagerFactory;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.FSDirectory;
import org.hibernate.search.mapper.orm.Search;

import hu.gyakorlattar.GyakorlattarApplication;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Search latency of the knowledge base at scale: generates N synthetic published practices
 * (sentences and titles remixed from the demo practices, owners drawn from the real
 * gazetteer), indexes them with the mass indexer, then times the relevance query set
 * through the whole search (Hungarian analysis, facets, highlighting, loading the page's
 * hits from PostgreSQL) and as the bare Lucene query underneath (same analyzers and
 * boosts, top ten, no facets, no database). Not part of the build; run
 * {@code bench/practice-search.sh 10000}.
 */
public class PracticeSearchBench {

	static final Locale HU = Locale.forLanguageTag("hu-HU");

	/** The Hungarian queries, one a line, shared with bench/run's Gatling search. */
	static final String[] QUERIES = queries(Path.of("bench", "queries-hu.txt"));

	public static void main(String[] args) throws Exception {
		int count = (args.length > 0) ? Integer.parseInt(args[0]) : 10_000;
		int rounds = (args.length > 1) ? Integer.parseInt(args[1]) : 40;
		Path index = Files.createTempDirectory("practice-bench-index");
		// System properties outrank application.properties, which names ./data/search.
		System.setProperty("spring.jpa.properties.hibernate.search.backend.directory.root", index.toString());
		// A throw-away embedded database, never the ./data/postgres of a development run.
		System.setProperty("gyakorlattar.embedded-database.directory", "");
		ConfigurableApplicationContext context = new SpringApplicationBuilder(GyakorlattarApplication.class)
			.web(WebApplicationType.SERVLET)
			.properties("server.port=0", "spring.main.banner-mode=off",
					"logging.level.root=WARN", "logging.level.hu.gyakorlattar=WARN",
					"gyakorlattar.mail.poll-interval=PT1H",
					"spring.jpa.properties.hibernate.search.indexing.listeners.enabled=false")
			.run();
		try {
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			long started = System.nanoTime();
			generate(jdbc, count);
			double generateSeconds = (System.nanoTime() - started) / 1e9;

			started = System.nanoTime();
			Search.mapping(context.getBean(EntityManagerFactory.class))
				.scope(Practice.class)
				.massIndexer()
				.threadsToLoadObjects(2)
				.batchSizeToLoadObjects(200)
				.startAndWait();
			double indexSeconds = (System.nanoTime() - started) / 1e9;
			long stored = jdbc.queryForObject("select count(*) from practice", Long.class);

			PracticeManagement practices = context.getBean(PracticeManagement.class);
			List<Long> full = new ArrayList<>();
			List<Long> facetted = new ArrayList<>();
			for (int round = 0; round < rounds + 5; round++) {
				for (String text : QUERIES) {
					long t0 = System.nanoTime();
					PracticeResults results = practices.search(query(text, null), HU);
					long t1 = System.nanoTime();
					practices.search(query(text, "Pest"), HU);
					long t2 = System.nanoTime();
					if (round >= 5) {
						full.add(t1 - t0);
						facetted.add(t2 - t1);
					}
					if (results.total() < 0) {
						throw new IllegalStateException();
					}
				}
			}

			List<Long> bare = new ArrayList<>();
			try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index.resolve("practice")))) {
				IndexSearcher searcher = new IndexSearcher(reader);
				SimpleQueryParser parser = parser();
				for (int round = 0; round < rounds + 5; round++) {
					for (String text : QUERIES) {
						long t0 = System.nanoTime();
						Query query = parser.parse(text);
						searcher.search(query, 10);
						if (round >= 5) {
							bare.add(System.nanoTime() - t0);
						}
					}
				}
			}
			StringBuilder report = new StringBuilder();
			report.append(String.format("practices: %d (generated %d in %.1f s)%n", stored, count, generateSeconds));
			report.append(String.format("mass indexing: %.1f s (%.0f practices/s)%n", indexSeconds,
					stored / indexSeconds));
			report.append(line("full search (facets, highlight, hits from DB)", full));
			report.append(line("full search + county facet filter", facetted));
			report.append(line("bare Lucene query (top 10)", bare));
			System.out.print(report);
			Files.writeString(Path.of("bench", "results-practice-search-" + count + ".txt"),
					"Machine: " + Runtime.getRuntime().availableProcessors() + " cores, JDK "
							+ System.getProperty("java.version") + ", " + QUERIES.length + " queries x " + rounds
							+ " rounds after 5 warm-up rounds\n" + report);
		}
		finally {
			context.close();
		}
	}

	static String[] queries(Path file) {
		try {
			return Files.readAllLines(file)
				.stream()
				.filter((line) -> !line.isBlank() && !line.startsWith("#"))
				.map(String::strip)
				.toArray(String[]::new);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	static PracticeQuery query(String text, String county) {
		return new PracticeQuery(text, null, county, null, null, null, null, null, 0, 10);
	}

	static SimpleQueryParser parser() {
		Map<String, Analyzer> analyzers = new HashMap<>();
		Analyzer query = HungarianAnalysis.query();
		Analyzer prefix = HungarianAnalysis.prefixQuery();
		for (String field : new String[] { "title", "summary", "tags", "placeAndTheme", "body" }) {
			analyzers.put(field, query);
		}
		analyzers.put("title_prefix", prefix);
		analyzers.put("summary_prefix", prefix);
		Map<String, Float> weights = Map.of("title", 5f, "summary", 3f, "tags", 3f, "placeAndTheme", 2f, "body", 1f,
				"title_prefix", 1.5f, "summary_prefix", 0.75f);
		SimpleQueryParser parser = new SimpleQueryParser(new PerFieldAnalyzerWrapper(query, analyzers), weights,
				SimpleQueryParser.WHITESPACE_OPERATOR | SimpleQueryParser.PHRASE_OPERATOR);
		parser.setDefaultOperator(org.apache.lucene.search.BooleanClause.Occur.MUST);
		return parser;
	}

	static String line(String what, List<Long> nanos) {
		long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
		return String.format("%-48s n=%d  median %.2f ms  p95 %.2f ms  p99 %.2f ms%n", what, sorted.length,
				percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99));
	}

	static double percentile(long[] sorted, double p) {
		int i = (int) Math.ceil(p / 100 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
	}

	/**
	 * Synthetic practices: titles and sentences of the demo practices, remixed, owners
	 * and themes at random; written with JDBC batches (the mass indexer reads them).
	 */
	static void generate(JdbcTemplate jdbc, int count) {
		Random random = new Random(42);
		List<String> titles = jdbc.queryForList("select title from practice", String.class);
		List<String> sentences = new ArrayList<>();
		for (Map<String, Object> row : jdbc.queryForList(
				"select summary, problem, solution, results, transferability from practice")) {
			for (Object text : row.values()) {
				Arrays.stream(String.valueOf(text).split("(?<=[.!?])\\s+"))
					.filter((s) -> s.length() > 20)
					.forEach(sentences::add);
			}
		}
		List<Map<String, Object>> municipalities = jdbc.queryForList(
				"select ksh_code, name, coalesce(county, '') as county, legal_status, population from municipality");
		List<Map<String, Object>> themes = jdbc
			.queryForList("select distinct theme_id, name_hu, name_en from practice_theme");
		List<String> tags = jdbc.queryForList("select distinct tag from practice_tag", String.class);
		AwardLevel[] awards = AwardLevel.values();
		Timestamp now = Timestamp.from(Instant.now());
		int batch = 1000;
		for (int from = 0; from < count; from += batch) {
			int to = Math.min(count, from + batch);
			List<Long> ids = new ArrayList<>();
			for (int i = from; i < to; i++) {
				String[] words = titles.get(random.nextInt(titles.size())).split(" ");
				String[] other = titles.get(random.nextInt(titles.size())).split(" ");
				String title = String.join(" ", Arrays.copyOf(words, Math.max(2, words.length / 2))) + " "
						+ String.join(" ", Arrays.copyOfRange(other, other.length / 2, other.length));
				Long id = jdbc.queryForObject("insert into practice (slug, status, cycle_year, award_level, title, "
						+ "summary, problem, solution, results, transferability, stage, started_on, cost_huf, "
						+ "created_at, updated_at, published_at) values (?, 'PUBLISHED', ?, ?, ?, ?, ?, ?, ?, ?, "
						+ "'RUNNING', ?, ?, ?, ?, ?) returning id", Long.class, "bench-" + i,
						2010 + random.nextInt(12), awards[random.nextInt(awards.length)].name(),
						title.substring(0, Math.min(200, title.length())), text(sentences, random, 2, 1000),
						text(sentences, random, 3, 5000), text(sentences, random, 4, 5000),
						text(sentences, random, 3, 5000), text(sentences, random, 2, 5000),
						Date.valueOf(LocalDate.of(2008 + random.nextInt(14), 1 + random.nextInt(12), 1)),
						(long) random.nextInt(50_000_000), now, now,
						Timestamp.from(Instant.now().minusSeconds(random.nextInt(300_000_000))));
				ids.add(id);
			}
			jdbc.batchUpdate("insert into practice_municipality (practice_id, position, ksh_code, name, county, "
					+ "legal_status, population) values (?, 0, ?, ?, ?, ?, ?)", ids, ids.size(),
					(PreparedStatement ps, Long id) -> {
						Map<String, Object> m = municipalities.get(random.nextInt(municipalities.size()));
						ps.setLong(1, id);
						ps.setString(2, (String) m.get("ksh_code"));
						ps.setString(3, (String) m.get("name"));
						ps.setString(4, (String) m.get("county"));
						ps.setString(5, (String) m.get("legal_status"));
						ps.setInt(6, ((Number) m.get("population")).intValue());
					});
			jdbc.batchUpdate("insert into practice_theme (practice_id, theme_id, name_hu, name_en) values (?, ?, ?, ?)",
					ids, ids.size(), (PreparedStatement ps, Long id) -> {
						Map<String, Object> t = themes.get(random.nextInt(themes.size()));
						ps.setLong(1, id);
						ps.setLong(2, ((Number) t.get("theme_id")).longValue());
						ps.setString(3, (String) t.get("name_hu"));
						ps.setString(4, (String) t.get("name_en"));
					});
			jdbc.batchUpdate("insert into practice_tag (practice_id, tag) values (?, ?)", ids, ids.size(),
					(PreparedStatement ps, Long id) -> {
						ps.setLong(1, id);
						ps.setString(2, tags.get(random.nextInt(tags.size())));
					});
		}
	}

	static String text(List<String> sentences, Random random, int n, int max) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < n; i++) {
			text.append(sentences.get(random.nextInt(sentences.size()))).append(' ');
		}
		return text.substring(0, Math.min(max, text.length())).strip();
	}

}
