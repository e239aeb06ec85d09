package hu.gyakorlattar.transfer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import hu.gyakorlattar.shared.MailAddress;

/**
 * The origin municipality's answer to a municipality taking up its practice, and a mentor
 * who agreed to be named.
 */
record OriginAnswer(@NotBlank @Size(max = 2000) String answer, @Size(max = 200) String mentorName,
		@MailAddress @Size(max = 254) String mentorEmail, Boolean mentorConsents) {

	OriginAnswer {
		answer = TransferPlan.stripped(answer);
		mentorName = TransferPlan.stripped(mentorName);
		mentorEmail = TransferPlan.stripped(mentorEmail);
		mentorConsents = Boolean.TRUE.equals(mentorConsents);
	}

}
