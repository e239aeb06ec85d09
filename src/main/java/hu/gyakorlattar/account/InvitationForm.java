package hu.gyakorlattar.account;

import hu.gyakorlattar.shared.MailAddress;
import hu.gyakorlattar.shared.PersonName;
import hu.gyakorlattar.shared.SingleLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An admin invites a person with a role; applicants also name their municipality by KSH
 * code.
 */
public record InvitationForm(@NotBlank @MailAddress @Size(max = 320) String email,
		@Size(max = 40) @SingleLine String prefix, @NotBlank @Size(max = 100) @SingleLine String familyName,
		@NotBlank @Size(max = 100) @SingleLine String givenName, @NotNull Role role,
		@Pattern(regexp = "(\\d{5})?") String municipalityKshCode) {

	static InvitationForm empty() {
		return new InvitationForm("", "", "", "", null, "");
	}

	PersonName name() {
		return new PersonName(this.prefix, this.familyName, this.givenName);
	}

}
