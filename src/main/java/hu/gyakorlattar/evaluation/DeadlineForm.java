package hu.gyakorlattar.evaluation;

import java.time.LocalDate;

import hu.gyakorlattar.shared.InputFormats;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/** The last day of a call's evaluation, by which evaluators submit their scores. */
record DeadlineForm(@NotNull @InputFormats.Date @Nullable LocalDate dueOn) {

}
