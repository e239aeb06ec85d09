package hu.gyakorlattar.evaluation;

import java.io.Serializable;

import jakarta.validation.constraints.Size;

/** The committee's written resolution of a flagged spread. */
record ResolutionForm(@Size(max = 5000) String resolution) implements Serializable {

}
