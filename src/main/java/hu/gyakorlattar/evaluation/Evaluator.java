package hu.gyakorlattar.evaluation;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An evaluator on the programme's panel, with the municipality they live in or work for:
 * its applications, and with county conflicts on those of its county, are obvious
 * conflicts of interest.
 */
@Entity
@Table(name = "evaluation_evaluator")
class Evaluator {

	@Id
	private String email;

	private String homeKshCode;

	private Instant addedAt;

	protected Evaluator() {
	}

	Evaluator(String email, String homeKshCode, Instant now) {
		this.email = email;
		this.homeKshCode = homeKshCode;
		this.addedAt = now;
	}

	String getEmail() {
		return this.email;
	}

	String getHomeKshCode() {
		return this.homeKshCode;
	}

	void livesIn(String homeKshCode) {
		this.homeKshCode = homeKshCode;
	}

}
