package hu.gyakorlattar.practice;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;

import hu.gyakorlattar.shared.HungarianFormats;

import org.springframework.stereotype.Component;

/**
 * The thesaurus at query time: the broader, narrower and related terms of the typed
 * words, each with the weight of its relation, far below the words typed. A term meets
 * the query when each of its words is among the forms of a typed word, inflection and
 * accents aside ("idősellátásban" meets "idősellátás"). The entries are kept in memory
 * and read again when the table's version (its count and highest id) changes: each search
 * asks only for that, so an edit on any instance reaches every instance's next search.
 */
@Component
class Thesaurus {

	/** Each related term adds clauses to the query; a query takes at most this many. */
	static final int MAX_EXPANSIONS = 12;

	private static final Analyzer analyzer = HungarianAnalysis.query();

	private final ThesaurusEntryRepository entries;

	private volatile Loaded loaded;

	Thesaurus(ThesaurusEntryRepository entries) {
		this.entries = entries;
	}

	/** A term to look for as well, and how much it weighs against a typed word (1). */
	record Expansion(String term, float weight) {

	}

	/**
	 * For each typed word that meets a thesaurus term, the related terms to look for,
	 * each once: a term reached by two relations, or whose two words the same typed word
	 * meets, weighs as its heaviest relation (a second clause would read the same
	 * postings again).
	 */
	Map<String, List<Expansion>> expansions(List<String> words) {
		if (words.isEmpty()) {
			return Map.of();
		}
		Map<String, Map<String, Float>> weights = new LinkedHashMap<>();
		Map<String, Set<String>> typed = new LinkedHashMap<>();
		words.forEach((word) -> typed.put(word, new HashSet<>(SpellingSuggestions.terms(analyzer, word))));
		int count = 0;
		for (Link link : current().links()) {
			List<String> met = link.metBy(typed);
			if (!met.isEmpty() && count < MAX_EXPANSIONS) {
				count++;
				met.forEach((word) -> weights.computeIfAbsent(word, (key) -> new LinkedHashMap<>())
					.merge(link.other(), link.weight(), Math::max));
			}
		}
		Map<String, List<Expansion>> expansions = new LinkedHashMap<>();
		weights.forEach((word, terms) -> expansions.put(word,
				terms.entrySet().stream().map((term) -> new Expansion(term.getKey(), term.getValue())).toList()));
		return expansions;
	}

	private Loaded current() {
		Loaded current = this.loaded;
		ThesaurusEntryRepository.Version version = this.entries.version();
		if (current == null || current.entries() != version.getEntries() || current.lastId() != version.getLastId()) {
			List<ThesaurusEntry> all = this.entries.findAll();
			List<Link> links = new ArrayList<>();
			for (ThesaurusEntry entry : all) {
				links.add(Link.of(entry.getTerm(), entry.getOtherTerm(), entry.getRelation().weight()));
				links.add(Link.of(entry.getOtherTerm(), entry.getTerm(), entry.getRelation().inverse().weight()));
			}
			long lastId = all.stream().mapToLong(ThesaurusEntry::getId).max().orElse(0);
			current = new Loaded(List.copyOf(links), all.size(), lastId);
			this.loaded = current;
		}
		return current;
	}

	private record Loaded(List<Link> links, long entries, long lastId) {

	}

	/**
	 * A term's words (lower case, accent-free), and a term it leads to. A typed word
	 * meets a term's word when that word is among the typed word's forms; the term's own
	 * stems are not asked, as a dictionary root would let "kerékpár" meet "kerékpárút".
	 */
	private record Link(List<String> termWords, String other, float weight) {

		static Link of(String term, String other, float weight) {
			return new Link(List.of(HungarianFormats.fold(term).split(" ")), other, weight);
		}

		/** The typed words that meet this term's words, or none unless all are met. */
		List<String> metBy(Map<String, Set<String>> typed) {
			List<String> met = new ArrayList<>();
			for (String termWord : this.termWords) {
				String meeting = typed.entrySet()
					.stream()
					.filter((word) -> word.getValue().contains(termWord))
					.map(Map.Entry::getKey)
					.findFirst()
					.orElse(null);
				if (meeting == null) {
					return List.of();
				}
				met.add(meeting);
			}
			return met;
		}

	}

}
