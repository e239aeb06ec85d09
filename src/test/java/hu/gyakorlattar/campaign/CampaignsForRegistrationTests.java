package hu.gyakorlattar.campaign;

import java.time.Instant;
import java.time.LocalDate;

import hu.gyakorlattar.shared.HungarianFormats;

import org.springframework.context.ApplicationContext;

/**
 * Invitation campaigns as other modules' tests need them: recorded as sent (or left as
 * drafts) at a given time, without sending any mail, so that whoever asks when the
 * invitations about a conference went out gets an answer.
 */
public final class CampaignsForRegistrationTests {

	private CampaignsForRegistrationTests() {
	}

	/** A campaign about the conference, recorded as sent at the time to no one. */
	public static long sentAt(ApplicationContext context, long conferenceId, Instant sentAt) {
		InvitationCampaign campaign = campaign(conferenceId, sentAt);
		campaign.sent(sentAt, 0);
		return context.getBean(InvitationCampaignRepository.class).save(campaign).getId();
	}

	/** A campaign about the conference, written at the time but never sent. */
	public static long draft(ApplicationContext context, long conferenceId, Instant createdAt) {
		return context.getBean(InvitationCampaignRepository.class).save(campaign(conferenceId, createdAt)).getId();
	}

	private static InvitationCampaign campaign(long conferenceId, Instant at) {
		return new InvitationCampaign(new InvitationCampaignForm(conferenceId, "Meghívó", "Tisztelt Polgármester Úr!",
				"Budapest", LocalDate.ofInstant(at, HungarianFormats.BUDAPEST), "A Programiroda", false), at);
	}

}
