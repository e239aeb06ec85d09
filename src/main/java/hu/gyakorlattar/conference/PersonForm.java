package hu.gyakorlattar.conference;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.web.multipart.MultipartFile;

/** A speaker or moderator as the admin types them in, with an optional photo. */
record PersonForm(@Size(max = 40) String prefix, @NotBlank @Size(max = 100) String familyName,
		@NotBlank @Size(max = 100) String givenName, @Size(max = 300) String post, @Size(max = 300) String organisation,
		@Size(max = 3000) String bio, MultipartFile photo) {

	PersonForm(String prefix, String familyName, String givenName, String post, String organisation, String bio) {
		this(prefix, familyName, givenName, post, organisation, bio, null);
	}

	static PersonForm empty() {
		return new PersonForm("", "", "", "", "", "");
	}

}
