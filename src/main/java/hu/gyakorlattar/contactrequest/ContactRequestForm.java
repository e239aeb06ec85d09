package hu.gyakorlattar.contactrequest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import hu.gyakorlattar.shared.MailAddress;
import hu.gyakorlattar.shared.SingleLine;

/**
 * A visitor's message to a practice's owner: who they are (name, municipality as the
 * gazetteer picker gives it, e-mail address for the answer) and what they ask.
 * {@code website} is a field people never see and robots fill in.
 */
record ContactRequestForm(@NotBlank @Size(max = 100) @SingleLine String name,
		@NotBlank @Size(max = 200) @SingleLine String municipality,
		@NotBlank @MailAddress @Size(max = 254) String email, @NotBlank @Size(max = 3000) String message,
		String website) {

	static ContactRequestForm empty() {
		return new ContactRequestForm("", "", "", "", "");
	}

	/** Filled in by a robot: answered as if sent, and nothing is sent. */
	boolean byRobot() {
		return this.website != null && !this.website.isBlank();
	}

}
