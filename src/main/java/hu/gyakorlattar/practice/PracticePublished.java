package hu.gyakorlattar.practice;

import java.util.List;

/** A practice became public at {@code /gyakorlatok/{slug}}. */
public record PracticePublished(long practiceId, String slug, List<String> municipalityKshCodes) {

}
