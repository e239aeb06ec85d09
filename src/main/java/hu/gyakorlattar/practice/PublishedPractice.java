package hu.gyakorlattar.practice;

import java.util.List;

import hu.gyakorlattar.shared.Bilingual;

/**
 * A published practice as other modules read it: its address and title (in Hungarian and,
 * where written, English), the year it was recognised, the municipalities that run it
 * (KSH codes, names) and its themes, and the contact address that hears of those who take
 * it up (empty when there is none).
 */
public record PublishedPractice(long id, String slug, String title, String titleEn, int cycleYear,
		List<String> ownerKshCodes, List<String> ownerNames, List<Long> themeIds, String contactEmail) {

	/** The title for pages in either language ({@code gy:text}). */
	public Bilingual bilingualTitle() {
		return new Bilingual(this.title, this.titleEn);
	}

	/** Whether the municipality with this KSH code runs the practice itself. */
	public boolean ownedBy(String kshCode) {
		return this.ownerKshCodes.contains(kshCode);
	}

}
