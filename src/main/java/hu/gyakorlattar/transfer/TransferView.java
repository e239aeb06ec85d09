package hu.gyakorlattar.transfer;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import hu.gyakorlattar.shared.Bilingual;

/**
 * A transfer as pages and other modules read it. The contact and the mentor's address are
 * for the two municipalities only; the public page and the open data leave them out.
 */
public record TransferView(long id, long practiceId, String practiceSlug, String practiceTitle,
		List<String> originKshCodes, List<String> originNames, String kshCode, String municipalityName, String plan,
		String contactName, String contactEmail, TransferStatus status, String stopReason, Instant startedAt,
		Instant statusChangedAt, String originAnswer, Instant answeredAt, String mentorName, String mentorEmail,
		List<CheckInView> checkIns) {

	/**
	 * The practice's title as it was when the transfer started: Hungarian, so the English
	 * site marks it {@code lang="hu"}.
	 */
	public Bilingual bilingualPracticeTitle() {
		return new Bilingual(this.practiceTitle, null);
	}

	/** The answered check-ins, latest first. */
	public List<CheckInView> answeredCheckIns() {
		return this.checkIns.stream()
			.filter((checkIn) -> checkIn.answeredAt() != null)
			.sorted(Comparator.comparingInt(CheckInView::monthsAfter).reversed())
			.toList();
	}

	/** A check-in: when it is due and, once answered, what the adopter reported. */
	public record CheckInView(int monthsAfter, Instant dueAt, Instant answeredAt, TransferStatus reportedStatus,
			String lessons, List<Outcome> outcomes) {

	}

	/** One outcome indicator's reported value. */
	public record Outcome(String indicator, String unit, BigDecimal value) {

		/**
		 * The value as the language writes it: "1 250,5" in Hungarian, "1,250.5" in
		 * English.
		 */
		public String formatted(Locale locale) {
			NumberFormat format = NumberFormat.getNumberInstance(locale);
			format.setMaximumFractionDigits(2);
			return format.format(this.value);
		}

	}

}
