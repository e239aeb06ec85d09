package hu.gyakorlattar.evaluation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** How many evaluators each application of the call gets. */
record AutoAssignmentForm(@NotNull @Min(1) @Max(10) Integer perApplication) {

}
