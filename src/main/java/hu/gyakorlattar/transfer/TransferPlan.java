package hu.gyakorlattar.transfer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import hu.gyakorlattar.shared.MailAddress;

/**
 * What the adopting municipality says of its transfer: what it adapts and how, who to
 * contact, how far it has come and, when it stopped, why.
 */
record TransferPlan(@NotBlank @Size(max = 2000) String plan, @NotBlank @Size(max = 200) String contactName,
		@NotBlank @MailAddress @Size(max = 254) String contactEmail, @NotNull TransferStatus status,
		@Size(max = 1000) String stopReason) {

	TransferPlan {
		plan = stripped(plan);
		contactName = stripped(contactName);
		contactEmail = stripped(contactEmail);
		stopReason = stripped(stopReason);
	}

	static String stripped(String text) {
		return (text != null) ? text.strip() : "";
	}

}
