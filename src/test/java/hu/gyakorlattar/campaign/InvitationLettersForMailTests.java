package hu.gyakorlattar.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import hu.gyakorlattar.campaign.PracticesThatFit.FittingPractice;

import hu.gyakorlattar.conference.ConferenceView;
import hu.gyakorlattar.mail.OutgoingMail;
import hu.gyakorlattar.municipality.Gender;

import org.springframework.test.util.ReflectionTestUtils;

/**
 * The invitation letter as a campaign sends it, for the mail module's test that reads
 * every mail template in a mail client.
 */
public final class InvitationLettersForMailTests {

	/** The mail template the letter fills. */
	public static final String TEMPLATE = InvitationLetter.TEMPLATE;

	private InvitationLettersForMailTests() {
	}

	/**
	 * The letter to a female mayor, as the office drafts it from the 2021 letter, written
	 * at {@code writtenAt}, with the practices that fit her municipality.
	 */
	public static OutgoingMail letter(ConferenceView conference, String recipient, String baseUrl, Instant writtenAt) {
		InvitationCampaign campaign = new InvitationCampaign(new InvitationCampaignForm(conference.id(),
				"Meghívó: " + conference.title() + " – online konferencia",
				"A Legjobb Önkormányzati Gyakorlatok Programja Irányító Bizottsága úgy döntött, hogy tovább folytatja a programot.\n\n"
						+ "Ezúton meghívjuk Önt a soron következő „" + conference.title()
						+ "” című online konferenciánkra.",
				"Budapest", LocalDate.of(2021, 6, 7), "Legjobb Önkormányzati Gyakorlatok Program Irányító Bizottsága",
				true), writtenAt);
		ReflectionTestUtils.setField(campaign, "id", 3L);
		return InvitationLetter.mail(campaign, conference, recipient, Gender.FEMALE.salutationKey(), baseUrl,
				"lXc81mZq",
				List.of(new FittingPractice("Idősgondozás „jelzőrendszerrel” & közösségi busszal",
						"Hasonló méretű községekben 2 helyen már átvették.",
						baseUrl + "/gyakorlatok/idosgondozas-jelzorendszerrel"),
						new FittingPractice("Közösségi kert", "Ugyanebben a vármegyében működik: Szada.",
								baseUrl + "/gyakorlatok/kozossegi-kert")));
	}

}
