package hu.gyakorlattar.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * The office's plan for a call's evaluation: how many evaluators each application gets,
 * and the day by which they submit their scores. The ranking measures each application's
 * evaluations against it, so an application scored by fewer evaluators than planned never
 * ranks silently; the deadline tells who is late and when to remind them.
 */
@Entity
@Table(name = "evaluation_plan")
class EvaluationPlan {

	@Id
	private Long callId;

	private @Nullable Integer evaluatorsPerApplication;

	private @Nullable LocalDate dueOn;

	@Enumerated(EnumType.STRING)
	private Quorum quorum = Quorum.MORE_THAN_HALF;

	@Enumerated(EnumType.STRING)
	private Majority majority = Majority.SIMPLE;

	/** The committee members who vote on the call's decisions. */
	@ElementCollection
	@CollectionTable(name = "evaluation_committee_seat", joinColumns = @JoinColumn(name = "call_id"))
	@Column(name = "member")
	private Set<String> committee = new HashSet<>();

	private Instant updatedAt;

	private String updatedBy;

	protected EvaluationPlan() {
	}

	EvaluationPlan(long callId) {
		this.callId = callId;
	}

	void evaluatorsPerApplication(int evaluatorsPerApplication, String who, Instant now) {
		this.evaluatorsPerApplication = evaluatorsPerApplication;
		changed(who, now);
	}

	void dueOn(LocalDate dueOn, String who, Instant now) {
		this.dueOn = dueOn;
		changed(who, now);
	}

	/** Who votes on the call's decisions, and by what quorum and majority. */
	void seat(Set<String> committee, Quorum quorum, Majority majority, String who, Instant now) {
		this.committee.clear();
		this.committee.addAll(committee);
		this.quorum = quorum;
		this.majority = majority;
		changed(who, now);
	}

	Set<String> getCommittee() {
		return this.committee;
	}

	Quorum getQuorum() {
		return this.quorum;
	}

	Majority getMajority() {
		return this.majority;
	}

	private void changed(String who, Instant now) {
		this.updatedBy = who;
		this.updatedAt = now;
	}

	/** Zero when the office has not planned a number. */
	int getEvaluatorsPerApplication() {
		return (this.evaluatorsPerApplication != null) ? this.evaluatorsPerApplication : 0;
	}

	/** Past the deadline with the scores still missing. */
	boolean late(Assignment assignment, LocalDate today) {
		return this.dueOn != null && !assignment.isSubmitted() && today.isAfter(this.dueOn);
	}

	/** The last day to submit scores, if the office set one. */
	LocalDate getDueOn() {
		return this.dueOn;
	}

}
