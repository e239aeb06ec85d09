package hu.gyakorlattar.registration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A question for the speakers, asked from the personal page. */
record QuestionForm(@NotBlank @Size(max = 2000) String text) {

}
