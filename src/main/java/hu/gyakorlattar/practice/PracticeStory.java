package hu.gyakorlattar.practice;

import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.persistence.Embeddable;

/**
 * What a practice tells in its own words, section by section: the problem, the solution,
 * how it was done, with whom and what, its results, what is new in it, how it lasts, how
 * others can take it over, and what was hard. Each section is text, empty when not told.
 */
@Embeddable
record PracticeStory(String problem, String solution, String implementation, String partners, String resources,
		String results, String innovation, String sustainability, String transferability, String challenges) {

	static final PracticeStory EMPTY = new PracticeStory("", "", "", "", "", "", "", "", "", "");

	public PracticeStory {
		problem = text(problem);
		solution = text(solution);
		implementation = text(implementation);
		partners = text(partners);
		resources = text(resources);
		results = text(results);
		innovation = text(innovation);
		sustainability = text(sustainability);
		transferability = text(transferability);
		challenges = text(challenges);
	}

	/** Every section told, one after the other: what the search reads. */
	String body() {
		return Stream
			.of(this.problem, this.solution, this.implementation, this.partners, this.resources, this.results,
					this.innovation, this.sustainability, this.transferability, this.challenges)
			.filter((part) -> !part.isBlank())
			.collect(Collectors.joining("\n\n"));
	}

	private static String text(String value) {
		return (value != null) ? value.strip() : "";
	}

}
