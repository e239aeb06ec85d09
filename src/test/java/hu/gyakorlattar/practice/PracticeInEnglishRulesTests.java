package hu.gyakorlattar.practice;

import java.util.List;

import org.junit.jupiter.api.Test;

import hu.gyakorlattar.shared.Bilingual;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules of a practice's English version and of its story told in two languages, held
 * by the value objects themselves.
 */
class PracticeInEnglishRulesTests {

	private static final PracticeStory NO_STORY = PracticeStory.EMPTY;

	@Test
	void englishTextNobodyTickedAsReviewedIsAMachineDraft() {
		assertThat(PracticeInEnglish.written("Care at home", "", NO_STORY, false).version())
			.isEqualTo(EnglishVersion.MACHINE_DRAFTED);
	}

	@Test
	void englishTextTickedAsReviewedIsReviewed() {
		assertThat(PracticeInEnglish.written("", "", story("The problem in English."), true).version())
			.isEqualTo(EnglishVersion.REVIEWED);
	}

	@Test
	void withoutEnglishTextTheVersionIsMissingWhateverWasTicked() {
		assertThat(PracticeInEnglish.written("  ", null, NO_STORY, true).version()).isEqualTo(EnglishVersion.MISSING);
		assertThat(PracticeInEnglish.written("", "", NO_STORY, false).version()).isEqualTo(EnglishVersion.MISSING);
	}

	@Test
	void englishTextsAreKeptTrimmedAndNeverNull() {
		PracticeInEnglish english = PracticeInEnglish.written(" Care at home ", null, null, true);

		assertThat(english.title()).isEqualTo("Care at home");
		assertThat(english.summary()).isEmpty();
		assertThat(english.story()).isEqualTo(NO_STORY);
	}

	@Test
	void theEditFormShowsAMachineDraftUntickedAndAnythingElseTicked() {
		assertThat(PracticeEnglishForm.of(PracticeInEnglish.written("Draft", "", NO_STORY, false)).reviewed())
			.isFalse();
		assertThat(PracticeEnglishForm.of(PracticeInEnglish.written("Read", "", NO_STORY, true)).reviewed()).isTrue();
		assertThat(PracticeEnglishForm.of(PracticeInEnglish.NONE).reviewed()).isTrue();
	}

	@Test
	void aStorySectionToldInEitherLanguageIsShownInTheStorysOrderAndOneToldInNeitherIsLeftOut() {
		PracticeStory hu = new PracticeStory("", "A megoldás.", "", "", "", "Az eredmény.", "", "", "", "");
		PracticeStory en = story("The problem.");

		assertThat(StorySection.of(hu, en)).containsExactly(
				new StorySection("problem", new Bilingual("", "The problem.")),
				new StorySection("solution", new Bilingual("A megoldás.", "")),
				new StorySection("results", new Bilingual("Az eredmény.", "")));
		assertThat(StorySection.of(NO_STORY, NO_STORY)).isEqualTo(List.of());
	}

	private static PracticeStory story(String problem) {
		return new PracticeStory(problem, "", "", "", "", "", "", "", "", "");
	}

}
