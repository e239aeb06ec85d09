package hu.gyakorlattar.practice;

import java.util.List;
import java.util.stream.Stream;

import hu.gyakorlattar.shared.Bilingual;

/**
 * One section of a practice's story: its name (as in {@link PracticeStory}) and its
 * Hungarian and English text.
 */
record StorySection(String part, Bilingual text) {

	/** The sections told in either language, in the story's order. */
	static List<StorySection> of(PracticeStory hu, PracticeStory en) {
		return Stream
			.of(new StorySection("problem", new Bilingual(hu.problem(), en.problem())),
					new StorySection("solution", new Bilingual(hu.solution(), en.solution())),
					new StorySection("implementation", new Bilingual(hu.implementation(), en.implementation())),
					new StorySection("partners", new Bilingual(hu.partners(), en.partners())),
					new StorySection("resources", new Bilingual(hu.resources(), en.resources())),
					new StorySection("results", new Bilingual(hu.results(), en.results())),
					new StorySection("innovation", new Bilingual(hu.innovation(), en.innovation())),
					new StorySection("sustainability", new Bilingual(hu.sustainability(), en.sustainability())),
					new StorySection("transferability", new Bilingual(hu.transferability(), en.transferability())),
					new StorySection("challenges", new Bilingual(hu.challenges(), en.challenges())))
			.filter((section) -> !section.text().isEmpty())
			.toList();
	}

}
