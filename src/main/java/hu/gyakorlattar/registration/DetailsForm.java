package hu.gyakorlattar.registration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import hu.gyakorlattar.shared.SingleLine;

/**
 * What a registrant may change on their personal page: everything but the e-mail address,
 * which is how they are known.
 */
record DetailsForm(@Size(max = 40) @Pattern(regexp = "[^<>]*") @SingleLine String prefix,
		@NotBlank @Size(max = 100) @Pattern(regexp = "[^<>]*") @SingleLine String familyName,
		@NotBlank @Size(max = 100) @Pattern(regexp = "[^<>]*") @SingleLine String givenName,
		@NotBlank @Size(max = 200) @SingleLine String post, @Size(max = 200) @SingleLine String municipality,
		@Size(max = 200) @SingleLine String organisation,
		@Size(max = 40) @Pattern(regexp = "[0-9 +()/.-]*") String phone, Boolean listConsent, Boolean followUpConsent) {

	/** Unticked boxes send nothing: no means no. */
	DetailsForm {
		listConsent = Boolean.TRUE.equals(listConsent);
		followUpConsent = Boolean.TRUE.equals(followUpConsent);
	}

}
