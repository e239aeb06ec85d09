package hu.gyakorlattar.practice;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The practice's contact person; shown publicly only when they agreed and a name is
 * given, yet always reachable by the office's mails.
 */
@Embeddable
public record PracticeContact(@Column(name = "contact_name") String name, @Column(name = "contact_email") String email,
		@Column(name = "contact_phone") String phone, @Column(name = "contact_consent") boolean consent) {

	static final PracticeContact NONE = new PracticeContact("", "", "", false);

	public PracticeContact {
		name = (name != null) ? name.strip() : "";
		email = (email != null) ? email.strip() : "";
		phone = (phone != null) ? phone.strip() : "";
	}

	/** The contact person may be shown publicly: they agreed and a name is given. */
	public boolean shown() {
		return this.consent && !this.name.isBlank();
	}

}
