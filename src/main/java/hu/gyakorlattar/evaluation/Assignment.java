package hu.gyakorlattar.evaluation;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

import hu.gyakorlattar.call.CriterionKind;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Embeddable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * An evaluator's task to score one application, and their scores: a draft only they see
 * until they submit it, read-only afterwards.
 */
@Entity
@Table(name = "evaluation_assignment")
class Assignment {

	/** Who assigned a tie-breaker: nobody, the evaluation itself did. */
	static final String AUTOMATIC = "automatic";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long submissionId;

	private String evaluator;

	private Instant assignedAt;

	private String assignedBy;

	private @Nullable Instant submittedAt;

	/** Given automatically as the third opinion on a flagged spread. */
	private boolean tieBreaker;

	@Version
	private long version;

	@ElementCollection
	@CollectionTable(name = "evaluation_score", joinColumns = @JoinColumn(name = "assignment_id"))
	@MapKeyColumn(name = "criterion")
	@MapKeyEnumerated(EnumType.STRING)
	private Map<CriterionKind, Score> scores = new EnumMap<>(CriterionKind.class);

	protected Assignment() {
	}

	Assignment(long submissionId, String evaluator, String assignedBy, Instant now) {
		this.submissionId = submissionId;
		this.evaluator = evaluator;
		this.assignedBy = assignedBy;
		this.assignedAt = now;
	}

	/** The third opinion on a flagged spread, given automatically. */
	static Assignment tieBreaker(long submissionId, String evaluator, Instant now) {
		Assignment assignment = new Assignment(submissionId, evaluator, AUTOMATIC, now);
		assignment.tieBreaker = true;
		return assignment;
	}

	void score(Map<CriterionKind, Score> scores) {
		this.scores.clear();
		this.scores.putAll(scores);
	}

	void submit(Instant now) {
		this.submittedAt = now;
	}

	boolean isTieBreaker() {
		return this.tieBreaker;
	}

	boolean isSubmitted() {
		return this.submittedAt != null;
	}

	Long getId() {
		return this.id;
	}

	long getSubmissionId() {
		return this.submissionId;
	}

	String getEvaluator() {
		return this.evaluator;
	}

	Instant getSubmittedAt() {
		return this.submittedAt;
	}

	Map<CriterionKind, Score> getScores() {
		return this.scores;
	}

	/** A score (empty while drafting) and the comment that explains it. */
	@Embeddable
	record Score(Integer score, String comment) {

	}

}
