package hu.gyakorlattar.registration;

import java.time.Clock;
import java.time.Instant;

import hu.gyakorlattar.shared.HungarianFormats;

import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Registrants as the Q&A tests need them: confirmed (or cancelled) registrations of a
 * conference with their personal link, made without the mails of the public form.
 */
public final class RegistrantsForQuestionsTests {

	private RegistrantsForQuestionsTests() {
	}

	/** A confirmed registrant of the conference; answers their personal token. */
	public static String confirmed(ApplicationContext context, long conferenceId, String familyName, String givenName) {
		return registered(context, conferenceId, familyName, givenName, false);
	}

	/** A registrant who cancelled; answers their personal token. */
	public static String cancelled(ApplicationContext context, long conferenceId, String familyName, String givenName) {
		return registered(context, conferenceId, familyName, givenName, true);
	}

	private static String registered(ApplicationContext context, long conferenceId, String familyName, String givenName,
			boolean cancel) {
		RegistrationRepository registrations = context.getBean(RegistrationRepository.class);
		Instant now = context.getBean(Clock.class).instant();
		String token = RegistrationTokens.newToken();
		return context.getBean(TransactionTemplate.class).execute((status) -> {
			Registration registration = registrations.save(new Registration(conferenceId,
					new Registrant("", familyName, givenName,
							HungarianFormats.fold(familyName + "." + givenName).replace(' ', '.') + "."
									+ token.substring(0, 6).toLowerCase() + "@example.hu",
							"jegyző", null, "Példa Egyesület", null, false, false),
					"1", HungarianFormats.HUNGARIAN, null, token, RegistrationTokens.newToken(), now));
			registration.confirm(now);
			if (cancel) {
				registration.cancel(now);
			}
			return token;
		});
	}

}
