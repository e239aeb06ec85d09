package hu.gyakorlattar.municipality;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import hu.gyakorlattar.shared.MailAddress;
import hu.gyakorlattar.shared.SingleLine;

/**
 * A municipality's contact as an administrator types it or an import row states it; the
 * same rules check both. The mayor's name may be unknown, the office e-mail may not.
 */
record ContactForm(@Size(max = 40) @SingleLine String prefix, @Size(max = 100) @SingleLine String familyName,
		@Size(max = 100) @SingleLine String givenName, Gender gender,
		@NotBlank @Size(max = 254) @MailAddress String email,
		@Size(max = 40) @Pattern(regexp = "[0-9 +()/\\-]*") String phone) {

	static ContactForm empty() {
		return new ContactForm("", "", "", Gender.UNKNOWN, "", "");
	}

	/** Trimmed, with no nulls, so that equal contacts compare equal. */
	ContactForm normalised() {
		return new ContactForm(SheetRow.clean(this.prefix), SheetRow.clean(this.familyName),
				SheetRow.clean(this.givenName), (this.gender != null) ? this.gender : Gender.UNKNOWN,
				SheetRow.clean(this.email), SheetRow.clean(this.phone));
	}

}
