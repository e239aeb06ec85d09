package hu.gyakorlattar.evaluation;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One committee member's vote on a motion, with their reason, kept for the minutes. */
@Entity
@Table(name = "evaluation_vote")
class Vote {

	/** What a member can say to a motion. */
	enum Choice {

		YES, NO, ABSTAIN

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "motion_id")
	private Motion motion;

	private String member;

	@Enumerated(EnumType.STRING)
	private Choice choice;

	private String reason;

	private Instant castAt;

	protected Vote() {
	}

	Vote(Motion motion, String member, Choice choice, String reason, Instant castAt) {
		this.motion = motion;
		this.member = member;
		this.choice = choice;
		this.reason = reason;
		this.castAt = castAt;
	}

	String getMember() {
		return this.member;
	}

	Choice getChoice() {
		return this.choice;
	}

	MotionView.Cast toView() {
		return new MotionView.Cast(this.member, this.choice, this.reason, this.castAt);
	}

}
