package hu.gyakorlattar.campaign;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import hu.gyakorlattar.campaign.PracticesThatFit.FittingPractice;
import hu.gyakorlattar.shared.HungarianFormats;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The "practices that fit you" of the letters of a campaign that asks for them: the top
 * {@value #PER_LETTER} for each recipient's municipality, in the letter's language
 * (Hungarian), for a whole batch of recipients at once.
 */
@Component
class PracticesInLetter {

	static final int PER_LETTER = 3;

	private final ObjectProvider<PracticesThatFit> practices;

	PracticesInLetter(ObjectProvider<PracticesThatFit> practices) {
		this.practices = practices;
	}

	/**
	 * The practices for each of these municipalities; none when the campaign does not ask
	 * for them (or no module ranks practices).
	 */
	Map<String, List<FittingPractice>> forRecipients(InvitationCampaign campaign, Collection<String> kshCodes) {
		PracticesThatFit ranking = this.practices.getIfAvailable();
		List<String> municipalities = kshCodes.stream().filter(Objects::nonNull).distinct().toList();
		if (!campaign.isPracticesThatFit() || ranking == null || municipalities.isEmpty()) {
			return Map.of();
		}
		return ranking.forMunicipalities(municipalities, PER_LETTER, HungarianFormats.HUNGARIAN);
	}

}
