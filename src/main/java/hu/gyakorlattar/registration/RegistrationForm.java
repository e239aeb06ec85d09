package hu.gyakorlattar.registration;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import hu.gyakorlattar.shared.MailAddress;
import hu.gyakorlattar.shared.SingleLine;

/**
 * The public registration form. {@code municipality} is what the registrant typed or
 * picked: a name, "Name (KSH code)" from the type-ahead, or a bare KSH code; either it or
 * {@code organisation} is needed. {@code prefix} is the optional title before the name
 * ("dr."), used in the name and the mails' salutation. {@code campaign} is the invitation
 * campaign the visitor came from.
 */
record RegistrationForm(@Size(max = 40) @Pattern(regexp = "[^<>]*") @SingleLine String prefix,
		@NotBlank @Size(max = 100) @Pattern(regexp = "[^<>]*") @SingleLine String familyName,
		@NotBlank @Size(max = 100) @Pattern(regexp = "[^<>]*") @SingleLine String givenName,
		@NotBlank @Size(max = 254) @MailAddress String email, @NotBlank @Size(max = 200) @SingleLine String post,
		@Size(max = 200) @SingleLine String municipality, @Size(max = 200) @SingleLine String organisation,
		@Size(max = 40) @Pattern(regexp = "[0-9 +()/.-]*") String phone, @Size(max = 500) String question,
		@AssertTrue Boolean privacyNoticeAccepted, Boolean listConsent, Boolean followUpConsent, String campaign) {

	/** Unticked boxes send nothing: no means no. */
	RegistrationForm {
		privacyNoticeAccepted = Boolean.TRUE.equals(privacyNoticeAccepted);
		listConsent = Boolean.TRUE.equals(listConsent);
		followUpConsent = Boolean.TRUE.equals(followUpConsent);
	}

	static RegistrationForm empty(String campaign) {
		return new RegistrationForm("", "", "", "", "", "", "", "", "", false, false, false,
				(campaignId(campaign) != null) ? campaign : null);
	}

	/** The campaign id of a {@code kampany} parameter; anything else is no campaign. */
	static Long campaignId(String campaign) {
		return (campaign != null && campaign.matches("\\d{1,18}")) ? Long.valueOf(campaign) : null;
	}

}
