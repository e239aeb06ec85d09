package hu.gyakorlattar.campaign;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The published practices that fit a municipality, for an invitation that carries them
 * ("practices that fit you"), told by the {@code impact} module, which implements it: a
 * campaign need not know how practices are ranked, and the modules form no cycle (impact
 * reads registrations, which read campaigns).
 */
public interface PracticesThatFit {

	/**
	 * Up to {@code limit} practices for each of the municipalities, best first, never one
	 * of its own; a municipality with none is left out. All of them at once, as a batch
	 * of letters needs them: what the ranking reads is read once.
	 * @param locale the language of the titles and the one-sentence reasons
	 */
	Map<String, List<FittingPractice>> forMunicipalities(Collection<String> kshCodes, int limit, Locale locale);

	/** A practice's title, why it fits, in one sentence, and its public address. */
	record FittingPractice(String title, String reason, String url) {

	}

}
