package hu.gyakorlattar.campaign;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import hu.gyakorlattar.shared.SingleLine;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What the programme office writes for an invitation: the subject, the letter's own text
 * (paragraphs separated by a blank line; shown escaped, never as HTML), and the
 * signature. The salutation, the conference's date and agenda, the registration link and
 * the unsubscribe link come from the system, and so do the practices that fit each
 * recipient's municipality when the office asks for them.
 */
record InvitationCampaignForm(@NotNull Long conferenceId, @NotBlank @Size(max = 200) @SingleLine String subject,
		@NotBlank @Size(max = 20000) String body, @NotBlank @Size(max = 100) @SingleLine String signaturePlace,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate signatureDate,
		@NotBlank @Size(max = 300) @SingleLine String sender, Boolean practicesThatFit) {

}
