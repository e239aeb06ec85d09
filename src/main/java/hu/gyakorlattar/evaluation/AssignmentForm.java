package hu.gyakorlattar.evaluation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/** The admin gives one application to one evaluator by hand. */
record AssignmentForm(@NotNull @Nullable Long applicationId, @NotBlank String evaluator) {

}
