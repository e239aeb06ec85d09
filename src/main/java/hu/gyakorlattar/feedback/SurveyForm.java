package hu.gyakorlattar.feedback;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.util.MultiValueMap;
import org.jspecify.annotations.Nullable;

/**
 * The survey as posted, every value as typed (the module checks them): a rating per talk
 * ({@code rating-<agenda item id>}, "1"–"5" or empty), the free text, a practice of the
 * knowledge base by id, or one named in the respondent's own words.
 */
record SurveyForm(Map<Long, String> ratings, @Nullable String comment, @Nullable String practiceId,
		String practiceText) {

	static final String RATING = "rating-";

	static final int MAX_COMMENT = 2000;

	static final int MAX_PRACTICE_TEXT = 300;

	SurveyForm {
		ratings = Map.copyOf(ratings);
	}

	static SurveyForm empty() {
		return new SurveyForm(Map.of(), "", "", "");
	}

	/** Reads the posted fields; a rating field whose name is no number is ignored. */
	static SurveyForm of(MultiValueMap<String, String> parameters) {
		Map<Long, String> ratings = new LinkedHashMap<>();
		parameters.forEach((name, values) -> {
			if (name.startsWith(RATING) && name.length() <= RATING.length() + 18
					&& name.substring(RATING.length()).matches("\\d+") && !values.isEmpty() && values.get(0) != null) {
				ratings.put(Long.valueOf(name.substring(RATING.length())), values.get(0));
			}
		});
		return new SurveyForm(ratings, parameters.getFirst("comment"), parameters.getFirst("practiceId"),
				parameters.getFirst("practiceText"));
	}

	/** The rating given to a talk as typed; "" when none. */
	public String rating(long agendaItemId) {
		String rating = this.ratings.get(agendaItemId);
		return (rating != null) ? rating : "";
	}

}
