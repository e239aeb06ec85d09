package hu.gyakorlattar.impact;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import hu.gyakorlattar.campaign.PracticesThatFit;
import hu.gyakorlattar.shared.SiteAddress;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Practices that fit you" in invitation campaigns: each recipient municipality's best
 * recommendations, with the sentence that explains each and its public address.
 */
@Component
class PracticesThatFitInvitations implements PracticesThatFit {

	private final RecommendingPractices recommending;

	private final MessageSource messages;

	private final String baseUrl;

	PracticesThatFitInvitations(RecommendingPractices recommending, MessageSource messages, SiteAddress site) {
		this.recommending = recommending;
		this.messages = messages;
		this.baseUrl = site.baseUrl();
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, List<FittingPractice>> forMunicipalities(Collection<String> kshCodes, int limit, Locale locale) {
		return this.recommending.recommendFor(kshCodes, limit)
			.entrySet()
			.stream()
			.filter((recommended) -> !recommended.getValue().isEmpty())
			.collect(Collectors.toMap(Map.Entry::getKey, (recommended) -> recommended.getValue()
				.stream()
				.map((recommendation) -> new FittingPractice(recommendation.practice().bilingualTitle().in(locale),
						this.messages.getMessage(recommendation.explanation(), locale),
						this.baseUrl + "/gyakorlatok/" + recommendation.practice().slug()))
				.toList()));
	}

}
