package hu.gyakorlattar.registration;

import hu.gyakorlattar.shared.HungarianFormats;

import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Registrations as other packages' tests need them (e.g. a browser test of the office's
 * statistics), made through the module's own use cases: registered, then confirmed as the
 * owner would from the mail.
 */
public final class RegistrationsForTests {

	private RegistrationsForTests() {
	}

	/**
	 * Registers and confirms; {@code municipality} is a KSH code or {@code null} for a
	 * guest of the organisation. Answers the personal token.
	 */
	public static String confirmed(ApplicationContext context, long conferenceId, String email, String municipality,
			String organisation) {
		Registering registering = context.getBean(Registering.class);
		ConfirmingAndCancelling places = context.getBean(ConfirmingAndCancelling.class);
		TransactionTemplate transaction = context.getBean(TransactionTemplate.class);
		transaction
			.executeWithoutResult(
					(status) -> registering.register(
							conferenceId, new RegistrationForm("", "Próba", "Péter", email, "polgármester",
									municipality, organisation, null, null, true, false, false, null),
							HungarianFormats.HUNGARIAN));
		String token = context.getBean(RegistrationRepository.class)
			.findByConferenceIdAndEmailKey(conferenceId, Registration.emailKey(email))
			.orElseThrow()
			.getPersonalToken();
		transaction.executeWithoutResult((status) -> places.confirm(token));
		return token;
	}

}
