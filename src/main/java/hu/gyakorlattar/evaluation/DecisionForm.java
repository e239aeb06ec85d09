package hu.gyakorlattar.evaluation;

import java.io.Serializable;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The committee's result for an application and its written justification. */
record DecisionForm(@NotNull Result result, @NotBlank @Size(max = 5000) String justification) implements Serializable {

}
