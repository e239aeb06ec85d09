package hu.gyakorlattar.conference;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A speaker or moderator as the admin types them in. */
record PersonForm(@Size(max = 40) String prefix, @NotBlank @Size(max = 100) String familyName,
		@NotBlank @Size(max = 100) String givenName, @Size(max = 300) String post, @Size(max = 300) String organisation,
		@Size(max = 3000) String bio) {

	static PersonForm empty() {
		return new PersonForm("", "", "", "", "", "");
	}

}
