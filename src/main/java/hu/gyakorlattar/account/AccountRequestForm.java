package hu.gyakorlattar.account;

import hu.gyakorlattar.shared.MailAddress;
import hu.gyakorlattar.shared.PersonName;
import hu.gyakorlattar.shared.SingleLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A municipality's clerk asks for an applicant account: their name, address and position,
 * and the municipality as the gazetteer picker gives it ("Name (KSH code)", a code, or a
 * name only one municipality has).
 */
record AccountRequestForm(@NotBlank @Size(max = 100) @SingleLine String familyName,
		@NotBlank @Size(max = 100) @SingleLine String givenName, @NotBlank @MailAddress @Size(max = 320) String email,
		@NotBlank @Size(max = 200) @SingleLine String municipality,
		@NotBlank @Size(max = 200) @SingleLine String position) {

	static AccountRequestForm empty() {
		return new AccountRequestForm("", "", "", "", "");
	}

	PersonName name() {
		return new PersonName("", this.familyName, this.givenName);
	}

}
