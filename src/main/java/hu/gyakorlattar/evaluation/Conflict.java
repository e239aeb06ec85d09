package hu.gyakorlattar.evaluation;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * An evaluator's or committee member's own declaration that they cannot judge fairly: one
 * application, or every application of a municipality (as the applicant or a partner).
 */
@Entity
@Table(name = "evaluation_conflict")
class Conflict {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long submissionId;

	private @Nullable String kshCode;

	private String evaluator;

	private String note;

	private Instant declaredAt;

	protected Conflict() {
	}

	private Conflict(Long submissionId, String kshCode, String evaluator, String note, Instant now) {
		this.submissionId = submissionId;
		this.kshCode = kshCode;
		this.evaluator = evaluator;
		this.note = note;
		this.declaredAt = now;
	}

	static Conflict withApplication(long submissionId, String person, String note, Instant now) {
		return new Conflict(submissionId, null, person, note, now);
	}

	static Conflict withMunicipality(String kshCode, String person, String note, Instant now) {
		return new Conflict(null, kshCode, person, note, now);
	}

	/** The application, or none for a municipality's. */
	Long getSubmissionId() {
		return this.submissionId;
	}

	/** The municipality, or none for one application's. */
	@Nullable String getKshCode() {
		return this.kshCode;
	}

	String getEvaluator() {
		return this.evaluator;
	}

	String getNote() {
		return this.note;
	}

	Instant getDeclaredAt() {
		return this.declaredAt;
	}

}
