package hu.gyakorlattar.evaluation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An evaluator's declaration of a conflict of interest, and what it is. */
record ConflictForm(@NotBlank @Size(max = 1000) String note) {

}
