package hu.gyakorlattar.evaluation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** The admin gives one application to one evaluator by hand. */
record AssignmentForm(@NotNull Long applicationId, @NotBlank String evaluator) {

}
