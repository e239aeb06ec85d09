package hu.gyakorlattar.transfer;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import hu.gyakorlattar.practice.PracticeManagement;
import hu.gyakorlattar.practice.PublishedPractice;
import hu.gyakorlattar.shared.InvalidInput;
import hu.gyakorlattar.shared.NotFound;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A practice's owners (or the office) say which 2–3 outcomes they want to hear about from
 * those who take it up. An indicator keeps its reported values when renamed, and one that
 * already has values cannot be removed.
 */
@Service
@Transactional
class DefiningIndicators {

	/** At least this many indicators, when any are defined. */
	static final int FEWEST = 2;

	private final IndicatorRepository indicators;

	private final CheckInRepository checkIns;

	private final TransferRepository transfers;

	private final PracticeManagement practices;

	DefiningIndicators(IndicatorRepository indicators, CheckInRepository checkIns, TransferRepository transfers,
			PracticeManagement practices) {
		this.indicators = indicators;
		this.checkIns = checkIns;
		this.transfers = transfers;
		this.practices = practices;
	}

	/** The practice whose indicators this viewer may define: its owner, or the office. */
	@Transactional(readOnly = true)
	PublishedPractice practiceFor(long practiceId, Collection<String> kshCodes, boolean office) {
		return this.practices.publishedPractice(practiceId)
			.filter((practice) -> office || kshCodes.stream().anyMatch(practice::ownedBy))
			.orElseThrow(NotFound::new);
	}

	@Transactional(readOnly = true)
	IndicatorsForm form(long practiceId) {
		return IndicatorsForm.of(this.indicators.findByPracticeIdOrderByPosition(practiceId));
	}

	void define(long practiceId, IndicatorsForm form) {
		long named = java.util.stream.IntStream.rangeClosed(1, 3).filter((p) -> !form.name(p).isEmpty()).count();
		for (int position = 1; position <= 3; position++) {
			if (form.name(position).isEmpty() && !form.unit(position).isEmpty()) {
				throw new InvalidInput("name" + position, "transfer.indicators.nameRequired");
			}
		}
		if (named > 0 && named < FEWEST) {
			throw new InvalidInput("name" + (form.name1().isEmpty() ? 1 : 2), "transfer.indicators.atLeastTwo", FEWEST);
		}
		Map<Integer, Indicator> existing = this.indicators.findByPracticeIdOrderByPosition(practiceId)
			.stream()
			.collect(Collectors.toMap(Indicator::getPosition, Function.identity()));
		List<Long> reported = reportedIndicatorIds(practiceId);
		for (int position = 1; position <= 3; position++) {
			Indicator indicator = existing.get(position);
			String name = form.name(position);
			if (indicator == null && !name.isEmpty()) {
				this.indicators.save(new Indicator(practiceId, position, name, form.unit(position)));
			}
			else if (indicator != null && !name.isEmpty()) {
				indicator.rename(name, form.unit(position));
			}
			else if (indicator != null) {
				if (reported.contains(indicator.getId())) {
					throw new InvalidInput("name" + position, "transfer.indicators.inUse");
				}
				this.indicators.delete(indicator);
			}
		}
	}

	private List<Long> reportedIndicatorIds(long practiceId) {
		List<Long> transferIds = this.transfers.findByPracticeIdOrderByStartedAtAscIdAsc(practiceId)
			.stream()
			.map(Transfer::getId)
			.toList();
		return this.checkIns.findByTransferIdInOrderByMonthsAfter(transferIds)
			.stream()
			.flatMap((checkIn) -> checkIn.getOutcomes().keySet().stream())
			.distinct()
			.toList();
	}

}
