package hu.gyakorlattar.practice;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A municipality said it is adapting a practice, with a short note. */
@Entity
@Table(name = "practice_adoption")
class Adoption {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long practiceId;

	private String kshCode;

	private String municipalityName;

	private String accountEmail;

	private String note;

	private Instant createdAt;

	protected Adoption() {
	}

	Adoption(long practiceId, String kshCode, String municipalityName, String accountEmail, String note,
			Instant createdAt) {
		this.practiceId = practiceId;
		this.kshCode = kshCode;
		this.municipalityName = municipalityName;
		this.accountEmail = accountEmail;
		this.note = note;
		this.createdAt = createdAt;
	}

	public String getKshCode() {
		return this.kshCode;
	}

	public String getMunicipalityName() {
		return this.municipalityName;
	}

	public String getNote() {
		return this.note;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
