package hu.gyakorlattar.conference;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import hu.gyakorlattar.shared.SingleLine;

import org.springframework.web.multipart.MultipartFile;

/**
 * A speaker or moderator as the admin types them in, with an optional photo; the post,
 * organisation and bio have an optional English version (the name has none).
 */
record PersonForm(@Size(max = 40) @SingleLine String prefix, @NotBlank @Size(max = 100) @SingleLine String familyName,
		@NotBlank @Size(max = 100) @SingleLine String givenName, @Size(max = 300) @SingleLine String post,
		@Size(max = 300) @SingleLine String organisation, @Size(max = 3000) String bio,
		@Size(max = 300) @SingleLine String postEn, @Size(max = 300) @SingleLine String organisationEn,
		@Size(max = 3000) String bioEn, MultipartFile photo) {

	PersonForm(String prefix, String familyName, String givenName, String post, String organisation, String bio,
			String postEn, String organisationEn, String bioEn) {
		this(prefix, familyName, givenName, post, organisation, bio, postEn, organisationEn, bioEn, null);
	}

	static PersonForm empty() {
		return new PersonForm("", "", "", "", "", "", "", "", "");
	}

}
