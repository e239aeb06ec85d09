package hu.gyakorlattar.practice;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * The English version of a practice's texts, beside the Hungarian ones, and how far it
 * is: empty texts where there is none, and a machine draft stays marked until a person
 * ticks that they reviewed it.
 */
@Embeddable
record PracticeInEnglish(@Column(name = "title_en") String title, @Column(name = "summary_en") String summary,
		@Embedded @AttributeOverride(name = "problem", column = @Column(name = "problem_en")) @AttributeOverride(
				name = "solution", column = @Column(name = "solution_en")) @AttributeOverride(name = "implementation",
						column = @Column(name = "implementation_en")) @AttributeOverride(name = "partners",
								column = @Column(name = "partners_en")) @AttributeOverride(name = "resources",
										column = @Column(name = "resources_en")) @AttributeOverride(name = "results",
												column = @Column(name = "results_en")) @AttributeOverride(
														name = "innovation",
														column = @Column(name = "innovation_en")) @AttributeOverride(
																name = "sustainability",
																column = @Column(
																		name = "sustainability_en")) @AttributeOverride(
																				name = "transferability",
																				column = @Column(
																						name = "transferability_en")) @AttributeOverride(
																								name = "challenges",
																								column = @Column(
																										name = "challenges_en")) PracticeStory story,
		@Enumerated(EnumType.STRING) @Column(name = "english_version") EnglishVersion version) {

	static final PracticeInEnglish NONE = new PracticeInEnglish("", "", PracticeStory.EMPTY, EnglishVersion.MISSING);

	PracticeInEnglish {
		title = (title != null) ? title.strip() : "";
		summary = (summary != null) ? summary.strip() : "";
		story = (story != null) ? story : PracticeStory.EMPTY;
		version = (version != null) ? version : EnglishVersion.MISSING;
	}

	/**
	 * What an editor saved: no English text is missing, whatever was ticked; text is a
	 * machine draft until a person ticks that they reviewed it.
	 */
	static PracticeInEnglish written(String title, String summary, PracticeStory story, boolean reviewed) {
		PracticeInEnglish texts = new PracticeInEnglish(title, summary, story, EnglishVersion.MISSING);
		boolean hasText = !texts.title.isEmpty() || !texts.summary.isEmpty() || !texts.story.body().isEmpty();
		return new PracticeInEnglish(texts.title, texts.summary, texts.story, EnglishVersion.of(hasText, reviewed));
	}

}
