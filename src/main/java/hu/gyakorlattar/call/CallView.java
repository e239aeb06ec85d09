package hu.gyakorlattar.call;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import hu.gyakorlattar.shared.Bilingual;
import org.jspecify.annotations.Nullable;

/**
 * A call as other modules and pages read it. The deadline is the last minute the call
 * announces ("2021. június 30. 23.59"): the whole minute counts, so a submission at
 * 23:59:59 is in time and one at 00:00:00 is late.
 */
public record CallView(long id, int cycleYear, long themeId, String themeNameHu, String themeNameEn, String textHu,
		String textEn, String eligibilityHu, String eligibilityEn, Instant opensAt, Instant deadline, int scaleMin,
		int scaleMax, @Nullable Instant publishedAt, List<SectionView> sections, List<CriterionView> criteria) {

	public CallView {
		sections = List.copyOf(sections);
		criteria = List.copyOf(criteria);
	}

	/** Applications are accepted: published, opened, and the deadline minute not over. */
	public boolean open(Instant now) {
		return published() && !now.isBefore(this.opensAt) && now.isBefore(acceptedUntil());
	}

	/** The first instant that is too late. */
	public Instant acceptedUntil() {
		return this.deadline.plus(Duration.ofMinutes(1));
	}

	public boolean over(Instant now) {
		return !now.isBefore(acceptedUntil());
	}

	public boolean published() {
		return this.publishedAt != null;
	}

	public Optional<SectionView> section(SectionKind kind) {
		return this.sections.stream().filter((section) -> section.kind() == kind).findFirst();
	}

	public int totalWeight() {
		return this.criteria.stream().mapToInt(CriterionView::weight).sum();
	}

	public String themeName(Locale locale) {
		return bilingualThemeName().in(locale);
	}

	public String text(Locale locale) {
		return bilingualText().in(locale);
	}

	public String eligibility(Locale locale) {
		return bilingualEligibility().in(locale);
	}

	public Bilingual bilingualThemeName() {
		return new Bilingual(this.themeNameHu, this.themeNameEn);
	}

	public Bilingual bilingualText() {
		return new Bilingual(this.textHu, this.textEn);
	}

	public Bilingual bilingualEligibility() {
		return new Bilingual(this.eligibilityHu, this.eligibilityEn);
	}

}
