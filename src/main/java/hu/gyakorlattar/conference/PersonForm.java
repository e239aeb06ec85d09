package hu.gyakorlattar.conference;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import hu.gyakorlattar.shared.SingleLine;

import org.springframework.web.multipart.MultipartFile;

/** A speaker or moderator as the admin types them in, with an optional photo. */
record PersonForm(@Size(max = 40) @SingleLine String prefix, @NotBlank @Size(max = 100) @SingleLine String familyName,
		@NotBlank @Size(max = 100) @SingleLine String givenName, @Size(max = 300) @SingleLine String post,
		@Size(max = 300) @SingleLine String organisation, @Size(max = 3000) String bio, MultipartFile photo) {

	PersonForm(String prefix, String familyName, String givenName, String post, String organisation, String bio) {
		this(prefix, familyName, givenName, post, organisation, bio, null);
	}

	static PersonForm empty() {
		return new PersonForm("", "", "", "", "", "");
	}

}
