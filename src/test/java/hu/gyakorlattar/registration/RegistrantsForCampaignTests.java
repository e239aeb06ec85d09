package hu.gyakorlattar.registration;

import java.time.Clock;
import java.time.Instant;

import hu.gyakorlattar.shared.HungarianFormats;

import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Registrants who came by an invitation campaign's link and confirmed their address, as
 * the campaign's progress counts them, made without the mails of the public form.
 */
public final class RegistrantsForCampaignTests {

	private RegistrantsForCampaignTests() {
	}

	/** This many confirmed registrants of the conference from the campaign. */
	public static void confirmed(ApplicationContext context, long conferenceId, long campaignId, int count) {
		RegistrationRepository registrations = context.getBean(RegistrationRepository.class);
		Instant now = context.getBean(Clock.class).instant();
		context.getBean(TransactionTemplate.class).executeWithoutResult((status) -> {
			for (int i = 1; i <= count; i++) {
				Registration registration = registrations.save(new Registration(conferenceId,
						new Registrant("", "Meghívott", "Vendég",
								"meghivott." + campaignId + "." + i + "@kampany.example.hu", "jegyző", null,
								"Példa Önkormányzat", null, false, false),
						"1", HungarianFormats.HUNGARIAN, campaignId, RegistrationTokens.newToken(),
						RegistrationTokens.newToken(), now));
				registration.confirm(now);
			}
		});
	}

}
