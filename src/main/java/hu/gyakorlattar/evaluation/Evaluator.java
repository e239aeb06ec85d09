package hu.gyakorlattar.evaluation;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

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

	private @Nullable String homeKshCode;

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

	@Nullable String getHomeKshCode() {
		return this.homeKshCode;
	}

	void livesIn(String homeKshCode) {
		this.homeKshCode = homeKshCode;
	}

}
