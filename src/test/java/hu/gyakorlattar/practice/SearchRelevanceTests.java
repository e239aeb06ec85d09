package hu.gyakorlattar.practice;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import hu.gyakorlattar.shared.ApplicationTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The knowledge base's search measured against the relevance sets: Hungarian queries as
 * clerks type them ({@code practice/relevance-hu.tsv}) and English ones over the English
 * versions ({@code practice/relevance-en.tsv}), each with graded judgments over the demo
 * practices. Recall@10 counts the relevant practices in the first ten (out of at most
 * ten), nDCG@10 weighs them by grade and rank, and the zero-result rate counts queries
 * that show nothing although a relevant practice exists. The build fails when any of them
 * falls below what the search reached.
 */
@ApplicationTest
class SearchRelevanceTests {

	static final double MIN_RECALL = 0.95;

	static final double MIN_NDCG = 0.95;

	static final double MAX_ZERO_RESULTS = 0.01;

	static final double MIN_RECALL_EN = 0.95;

	static final double MIN_NDCG_EN = 0.92;

	@Autowired
	PracticeManagement practices;

	@Test
	void theRelevanceSetFindsWhatClerksMean() throws IOException {
		measure("/practice/relevance-hu.tsv", 150, PracticeSearchTests.HU, "search-relevance").meets(MIN_RECALL,
				MIN_NDCG);
	}

	/**
	 * The English site's search ({@code practice/relevance-en.tsv}) over the practices'
	 * English versions, with the English thesaurus bridging the words the texts do not
	 * use.
	 */
	@Test
	void theEnglishRelevanceSetFindsWhatEnglishReadersMean() throws IOException {
		measure("/practice/relevance-en.tsv", 30, Locale.ENGLISH, "search-relevance-en").meets(MIN_RECALL_EN,
				MIN_NDCG_EN);
	}

	/**
	 * Runs a set (of at least so many queries) in the reader's language and writes its
	 * report, per kind of query and overall, to {@code target/<report>.txt} (the
	 * OpenSearch run's name ends with its class).
	 */
	private Score measure(String resource, int minQueries, Locale locale, String report) throws IOException {
		List<Judged> set = relevanceSet(resource);
		assertThat(set).hasSizeGreaterThanOrEqualTo(minQueries);
		Map<String, Score> byKind = new TreeMap<>();
		Score overall = new Score();
		List<String> lines = new ArrayList<>();
		for (Judged judged : set) {
			PracticeResults results = this.practices.search(PracticeSearchTests.query(judged.query()), locale);
			List<String> titles = PracticeSearchTests.titles(results);
			double recall = judged.recall(titles);
			double ndcg = judged.ndcg(titles);
			boolean zero = results.total() == 0;
			overall.add(recall, ndcg, zero);
			byKind.computeIfAbsent(judged.kind(), (kind) -> new Score()).add(recall, ndcg, zero);
			lines.add(String.format("%-11s %-45s recall %.2f nDCG %.2f %s", judged.kind(), judged.query(), recall, ndcg,
					zero ? "NO RESULTS" : "total " + results.total()));
		}
		lines.add("");
		lines.add(String.format("%-11s %7s %9s %7s %12s", "kind", "queries", "recall@10", "nDCG@10", "zero-result"));
		byKind.forEach((kind, score) -> lines.add(score.line(kind)));
		lines.add(overall.line("all"));
		Files.createDirectories(Path.of("target"));
		// One report per backend: the OpenSearch run is a subclass.
		Files.write(Path.of("target", (getClass() == SearchRelevanceTests.class) ? report + ".txt"
				: report + "-" + getClass().getSimpleName() + ".txt"), lines);
		lines.forEach(System.out::println);
		return overall;
	}

	static List<Judged> relevanceSet(String resource) throws IOException {
		List<Judged> set = new ArrayList<>();
		try (InputStream in = SearchRelevanceTests.class.getResourceAsStream(resource)) {
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] columns = line.split("\t");
				Map<String, Integer> grades = new LinkedHashMap<>();
				for (String judgment : columns[2].split(",")) {
					String[] parts = judgment.strip().split("=");
					grades.put(parts[0], Integer.valueOf(parts[1]));
				}
				set.add(new Judged(columns[0], columns[1], grades));
			}
		}
		return set;
	}

	/** A query and its graded practices, each known by a fragment of its title. */
	record Judged(String kind, String query, Map<String, Integer> grades) {

		int grade(String title) {
			return this.grades.entrySet()
				.stream()
				.filter((entry) -> title.contains(entry.getKey()))
				.mapToInt(Map.Entry::getValue)
				.findFirst()
				.orElse(0);
		}

		double recall(List<String> titles) {
			long found = titles.stream().limit(10).filter((title) -> grade(title) > 0).count();
			return (double) found / Math.min(10, this.grades.size());
		}

		double ndcg(List<String> titles) {
			double dcg = 0;
			for (int i = 0; i < Math.min(10, titles.size()); i++) {
				dcg += gain(grade(titles.get(i)), i);
			}
			List<Integer> ideal = this.grades.values().stream().sorted((a, b) -> b - a).limit(10).toList();
			double idcg = 0;
			for (int i = 0; i < ideal.size(); i++) {
				idcg += gain(ideal.get(i), i);
			}
			return dcg / idcg;
		}

		private static double gain(int grade, int rank) {
			return (Math.pow(2, grade) - 1) / (Math.log(rank + 2) / Math.log(2));
		}

	}

	/** Sums of one group of queries. */
	static final class Score {

		private int queries;

		private double recall;

		private double ndcg;

		private int zero;

		void add(double recall, double ndcg, boolean zero) {
			this.queries++;
			this.recall += recall;
			this.ndcg += ndcg;
			this.zero += zero ? 1 : 0;
		}

		double recall() {
			return this.recall / this.queries;
		}

		double ndcg() {
			return this.ndcg / this.queries;
		}

		double zeroRate() {
			return (double) this.zero / this.queries;
		}

		/** Fails the build when the search falls below what it reached. */
		void meets(double minRecall, double minNdcg) {
			assertThat(recall()).as("recall@10").isGreaterThanOrEqualTo(minRecall);
			assertThat(ndcg()).as("nDCG@10").isGreaterThanOrEqualTo(minNdcg);
			assertThat(zeroRate()).as("zero-result rate").isLessThanOrEqualTo(MAX_ZERO_RESULTS);
		}

		String line(String kind) {
			return String.format("%-11s %7d %9.3f %7.3f %11.1f%%", kind, this.queries, recall(), ndcg(),
					100 * zeroRate());
		}

	}

}
