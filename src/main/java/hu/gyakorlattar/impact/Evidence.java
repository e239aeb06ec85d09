package hu.gyakorlattar.impact;

import java.util.List;
import java.util.Map;
import java.util.Set;

import hu.gyakorlattar.municipality.MunicipalitySummary;
import hu.gyakorlattar.practice.PublishedPractice;

/**
 * What the programme knows when it recommends: the published practices with their origins
 * and themes, and every transfer with its adopter. A snapshot, so that the ranking is a
 * function of it (and the offline evaluation can leave a transfer out).
 */
record Evidence(List<Candidate> candidates, List<Adoption> adoptions) {

	Evidence {
		candidates = List.copyOf(candidates);
		adoptions = List.copyOf(adoptions);
	}

	/** The same evidence as if this transfer had never been recorded. */
	Evidence without(Adoption heldOut) {
		return new Evidence(this.candidates,
				this.adoptions.stream().filter((adoption) -> !adoption.equals(heldOut)).toList());
	}

	/**
	 * A published practice, its origin municipalities and its themes' Hungarian names.
	 */
	record Candidate(PublishedPractice practice, List<MunicipalitySummary> origins, Set<String> themes) {

	}

	/** A municipality takes up (or took up, and stopped) a practice. */
	record Adoption(long practiceId, MunicipalitySummary adopter, boolean stopped) {

	}

	/**
	 * The themes a municipality showed interest in, each with where it showed it first:
	 * an application, then a conference registration.
	 */
	record Interests(Map<String, InterestSource> themes) {

		static Interests none() {
			return new Interests(Map.of());
		}

	}

	enum InterestSource {

		APPLICATION, REGISTRATION, TRANSFER

	}

}
