package hu.gyakorlattar.practice;

import java.util.List;

/**
 * A published practice as other modules read it: its address and title, the year it was
 * recognised, the municipalities that run it (KSH codes, names) and its themes, and the
 * contact address that hears of those who take it up (empty when there is none).
 */
public record PublishedPractice(long id, String slug, String title, int cycleYear, List<String> ownerKshCodes,
		List<String> ownerNames, List<Long> themeIds, String contactEmail) {

	/** Whether the municipality with this KSH code runs the practice itself. */
	public boolean ownedBy(String kshCode) {
		return this.ownerKshCodes.contains(kshCode);
	}

}
