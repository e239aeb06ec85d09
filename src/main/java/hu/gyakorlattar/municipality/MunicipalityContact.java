package hu.gyakorlattar.municipality;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import hu.gyakorlattar.shared.PersonName;

/**
 * The mayor and office contact of one municipality. Personal data: shown to
 * administrators and used for invitations, never on a public page.
 */
@Entity
@Table(name = "municipality_contact")
class MunicipalityContact {

	@Id
	private String kshCode;

	private String mayorPrefix = "";

	private String mayorFamilyName = "";

	private String mayorGivenName = "";

	@Enumerated(EnumType.STRING)
	private Gender mayorGender = Gender.UNKNOWN;

	private String email;

	private String phone = "";

	private Instant updatedAt;

	protected MunicipalityContact() {
	}

	MunicipalityContact(String kshCode) {
		this.kshCode = kshCode;
	}

	/** Takes over a form's values; tells whether anything changed. */
	boolean describe(ContactForm form) {
		ContactForm before = toForm();
		ContactForm after = form.normalised();
		if (after.equals(before)) {
			return false;
		}
		this.mayorPrefix = after.prefix();
		this.mayorFamilyName = after.familyName();
		this.mayorGivenName = after.givenName();
		this.mayorGender = after.gender();
		this.email = after.email();
		this.phone = after.phone();
		this.updatedAt = Instant.now();
		return true;
	}

	ContactForm toForm() {
		return new ContactForm(this.mayorPrefix, this.mayorFamilyName, this.mayorGivenName, this.mayorGender,
				this.email, this.phone)
			.normalised();
	}

	MunicipalityContactView toView(String municipalityName) {
		return new MunicipalityContactView(this.kshCode, municipalityName,
				new PersonName(this.mayorPrefix, this.mayorFamilyName, this.mayorGivenName), this.mayorGender,
				this.email, this.phone);
	}

	String getKshCode() {
		return this.kshCode;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

}
