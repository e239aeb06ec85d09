package hu.gyakorlattar.transfer;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import hu.gyakorlattar.practice.PracticeManagement;
import hu.gyakorlattar.practice.PublishedPractice;
import hu.gyakorlattar.shared.InvalidInput;
import hu.gyakorlattar.shared.NotFound;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The adopter answers a check-in through its personal link, without a password: how far
 * the transfer has come (moving it as its own form would), the practice's outcome
 * indicators and a sentence of lessons. Answering again replaces the answer.
 */
@Service
@Transactional
class ReportingOutcomes {

	/** The largest value an indicator takes (numeric(14,2) in the database). */
	private static final BigDecimal LARGEST = new BigDecimal("999999999999");

	private final CheckInRepository checkIns;

	private final TransferRepository transfers;

	private final IndicatorRepository indicators;

	private final PracticeManagement practices;

	private final UpdatingTransfers updating;

	private final Clock clock;

	ReportingOutcomes(CheckInRepository checkIns, TransferRepository transfers, IndicatorRepository indicators,
			PracticeManagement practices, UpdatingTransfers updating, Clock clock) {
		this.checkIns = checkIns;
		this.transfers = transfers;
		this.indicators = indicators;
		this.practices = practices;
		this.updating = updating;
		this.clock = clock;
	}

	/** What the check-in page shows. */
	@Transactional(readOnly = true)
	Questionnaire questionnaire(String token) {
		CheckIn checkIn = this.checkIns.findByToken(token).orElseThrow(NotFound::new);
		Transfer transfer = this.transfers.findById(checkIn.getTransferId()).orElseThrow(NotFound::new);
		PublishedPractice practice = this.practices.publishedPractice(transfer.getPracticeId())
			.orElseThrow(NotFound::new);
		List<Indicator> indicators = this.indicators.findByPracticeIdOrderByPosition(practice.id());
		List<Question> questions = indicators.stream()
			.map((indicator) -> new Question(indicator.getPosition(), indicator.getName(), indicator.getUnit()))
			.toList();
		CheckInForm answers = new CheckInForm(
				(checkIn.getReportedStatus() != null) ? checkIn.getReportedStatus() : transfer.getStatus(),
				transfer.getStopReason(), given(checkIn, indicators, 1), given(checkIn, indicators, 2),
				given(checkIn, indicators, 3), checkIn.getLessons());
		return new Questionnaire(practice.title(), transfer.getMunicipalityName(), checkIn.getMonthsAfter(),
				checkIn.getAnsweredAt(), questions, answers);
	}

	void answer(String token, CheckInForm form) {
		CheckIn checkIn = this.checkIns.findByToken(token).orElseThrow(NotFound::new);
		Transfer transfer = this.transfers.findById(checkIn.getTransferId()).orElseThrow(NotFound::new);
		Map<Long, BigDecimal> values = new HashMap<>();
		for (Indicator indicator : this.indicators.findByPracticeIdOrderByPosition(transfer.getPracticeId())) {
			String typed = form.value(indicator.getPosition());
			if (!typed.isEmpty()) {
				values.put(indicator.getId(), number(typed, "value" + indicator.getPosition()));
			}
		}
		Instant now = this.clock.instant();
		transfer.moveTo(form.status(), form.stopReason(), now);
		this.updating.skipUnsentWhenStopped(transfer, now);
		checkIn.answer(form.status(), values, form.lessons(), now);
	}

	/** A non-negative number as a Hungarian types it: "1 250", "12,5" or "12.5". */
	static BigDecimal number(String typed, String field) {
		String plain = typed.replaceAll("[\\s\\u00a0\\u202f]", "").replace(',', '.');
		try {
			BigDecimal value = new BigDecimal(plain);
			if (value.signum() < 0 || value.compareTo(LARGEST) > 0 || value.scale() > 2) {
				throw new InvalidInput(field, "transfer.checkIn.value.range");
			}
			return value;
		}
		catch (NumberFormatException ex) {
			throw new InvalidInput(field, "transfer.checkIn.value.number");
		}
	}

	private static String given(CheckIn checkIn, List<Indicator> indicators, int position) {
		return indicators.stream()
			.filter((indicator) -> indicator.getPosition() == position)
			.map((indicator) -> checkIn.getOutcomes().get(indicator.getId()))
			.filter((value) -> value != null)
			.map((value) -> value.stripTrailingZeros().toPlainString().replace('.', ','))
			.findFirst()
			.orElse("");
	}

	/** The check-in page: whose transfer, which check-in, and the questions. */
	record Questionnaire(String practice, String municipality, int monthsAfter, Instant answeredAt,
			List<Question> questions, CheckInForm answers) {

	}

	/** One outcome indicator asked, by its position (1–3). */
	record Question(int position, String name, String unit) {

	}

}
