package hu.gyakorlattar.practice;

import jakarta.validation.constraints.Size;

import hu.gyakorlattar.shared.SingleLine;

/**
 * The English version of a practice's texts as an editor types it beside the Hungarian
 * ones; every field is optional. {@code reviewed}: a person has read the English version
 * (unticked, it is a machine draft awaiting review).
 */
record PracticeEnglishForm(@Size(max = 200) @SingleLine String title, @Size(max = 1000) String summary,
		@Size(max = 20000) String problem, @Size(max = 20000) String solution, @Size(max = 20000) String implementation,
		@Size(max = 20000) String partners, @Size(max = 20000) String resources, @Size(max = 20000) String results,
		@Size(max = 20000) String innovation, @Size(max = 20000) String sustainability,
		@Size(max = 20000) String transferability, @Size(max = 20000) String challenges, Boolean reviewed) {

	/** A new practice: no English yet, and whatever a person types is reviewed. */
	static final PracticeEnglishForm NONE = new PracticeEnglishForm("", "", "", "", "", "", "", "", "", "", "", "",
			true);

	/** The saved English version as the form shows it; a machine draft stays unticked. */
	static PracticeEnglishForm of(PracticeInEnglish english) {
		PracticeStory story = english.story();
		return new PracticeEnglishForm(english.title(), english.summary(), story.problem(), story.solution(),
				story.implementation(), story.partners(), story.resources(), story.results(), story.innovation(),
				story.sustainability(), story.transferability(), story.challenges(),
				english.version() != EnglishVersion.MACHINE_DRAFTED);
	}

	PracticeInEnglish texts() {
		return PracticeInEnglish.written(this.title, this.summary, story(), Boolean.TRUE.equals(this.reviewed));
	}

	PracticeStory story() {
		return new PracticeStory(this.problem, this.solution, this.implementation, this.partners, this.resources,
				this.results, this.innovation, this.sustainability, this.transferability, this.challenges);
	}

}
