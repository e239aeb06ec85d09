package hu.gyakorlattar.campaign;

import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may know of the invitations sent about a conference, without knowing
 * of campaigns: the registration statistics count "since the invitation went out".
 */
@Service
@Transactional(readOnly = true)
public class Invitations {

	private final InvitationCampaignRepository campaigns;

	Invitations(InvitationCampaignRepository campaigns) {
		this.campaigns = campaigns;
	}

	/** When the first invitation campaign about the conference was sent, if one was. */
	public Optional<Instant> firstSentAt(long conferenceId) {
		return this.campaigns.findFirstSentAt(conferenceId);
	}

}
