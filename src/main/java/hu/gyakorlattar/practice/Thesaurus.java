package hu.gyakorlattar.practice;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
 * accents aside ("idősellátásban" meets "idősellátás"). The entries are read at most once
 * a minute, and at once after an edit on this instance, so the office's edits reach the
 * search without a deploy.
 */
@Component
class Thesaurus {

	static final Duration FRESH = Duration.ofMinutes(1);

	/** Each related term adds clauses to the query; a query takes at most this many. */
	static final int MAX_EXPANSIONS = 12;

	private static final Analyzer analyzer = HungarianAnalysis.query();

	private final ThesaurusEntryRepository entries;

	private final Clock clock;

	private volatile Loaded loaded;

	Thesaurus(ThesaurusEntryRepository entries, Clock clock) {
		this.entries = entries;
		this.clock = clock;
	}

	/** A term to look for as well, and how much it weighs against a typed word (1). */
	record Expansion(String term, float weight) {

	}

	/** For each typed word that meets a thesaurus term, the related terms to look for. */
	Map<String, List<Expansion>> expansions(List<String> words) {
		Map<String, List<Expansion>> expansions = new LinkedHashMap<>();
		if (words.isEmpty()) {
			return expansions;
		}
		Map<String, Set<String>> typed = new LinkedHashMap<>();
		words.forEach((word) -> typed.put(word, new HashSet<>(SpellingSuggestions.terms(analyzer, word))));
		int count = 0;
		for (Link link : current().links()) {
			List<String> met = link.metBy(typed);
			if (!met.isEmpty() && count < MAX_EXPANSIONS) {
				count++;
				met.forEach((word) -> expansions.computeIfAbsent(word, (key) -> new ArrayList<>())
					.add(new Expansion(link.other(), link.weight())));
			}
		}
		return expansions;
	}

	/** After an edit here: read the entries again at the next search. */
	void changed() {
		this.loaded = null;
	}

	private Loaded current() {
		Loaded current = this.loaded;
		Instant now = this.clock.instant();
		if (current == null || current.readAt().plus(FRESH).isBefore(now)) {
			List<Link> links = new ArrayList<>();
			for (ThesaurusEntry entry : this.entries.findAll()) {
				links.add(Link.of(entry.getTerm(), entry.getOtherTerm(), entry.getRelation().weight()));
				links.add(Link.of(entry.getOtherTerm(), entry.getTerm(), entry.getRelation().inverse().weight()));
			}
			current = new Loaded(List.copyOf(links), now);
			this.loaded = current;
		}
		return current;
	}

	private record Loaded(List<Link> links, Instant readAt) {

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
