package hu.gyakorlattar.evaluation;

import java.io.Serializable;

import jakarta.validation.constraints.Size;

/**
 * Why a stage changes; required where the applicant or the audit needs it (a formal
 * rejection, a step back).
 */
record ReasonForm(@Size(max = 2000) String reason) implements Serializable {

	String cleanReason() {
		return (this.reason != null) ? this.reason.strip() : "";
	}

}
