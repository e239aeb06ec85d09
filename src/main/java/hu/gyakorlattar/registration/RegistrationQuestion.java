package hu.gyakorlattar.registration;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A question for the speakers, kept as typed. */
@Entity
@Table(name = "registration_question")
class RegistrationQuestion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long registrationId;

	private String text;

	private Instant askedAt;

	protected RegistrationQuestion() {
	}

	RegistrationQuestion(long registrationId, String text, Instant askedAt) {
		this.registrationId = registrationId;
		this.text = text;
		this.askedAt = askedAt;
	}

	long getRegistrationId() {
		return this.registrationId;
	}

	String getText() {
		return this.text;
	}

	Instant getAskedAt() {
		return this.askedAt;
	}

}
