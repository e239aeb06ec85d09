package hu.gyakorlattar.transfer;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import hu.gyakorlattar.practice.PracticeManagement;
import hu.gyakorlattar.practice.PublishedPractice;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ledger as it is read: a practice's transfers, a municipality's own transfers and
 * its followers, and every transfer of a published practice (the open data, the impact).
 */
@Service
@Transactional(readOnly = true)
public class TransferLedger {

	private final TransferRepository transfers;

	private final CheckInRepository checkIns;

	private final IndicatorRepository indicators;

	private final PracticeManagement practices;

	TransferLedger(TransferRepository transfers, CheckInRepository checkIns, IndicatorRepository indicators,
			PracticeManagement practices) {
		this.transfers = transfers;
		this.checkIns = checkIns;
		this.indicators = indicators;
		this.practices = practices;
	}

	/** Where this practice has been taken up, in the order the municipalities started. */
	public List<TransferView> ofPractice(PublishedPractice practice) {
		return views(this.transfers.findByPracticeIdOrderByStartedAtAscIdAsc(practice.id()),
				Map.of(practice.id(), practice));
	}

	/** The practices this municipality takes up, latest first. */
	public List<TransferView> ofMunicipality(String kshCode) {
		return views(this.transfers.findByKshCodeOrderByStartedAtDescIdDesc(kshCode), published());
	}

	/** The municipalities taking up this municipality's own practices, latest first. */
	public List<TransferView> followersOf(String kshCode) {
		return ofPractices(
				this.practices.publishedPractices().stream().filter((practice) -> practice.ownedBy(kshCode)).toList());
	}

	/** The transfers of these published practices, latest first. */
	public List<TransferView> ofPractices(Collection<PublishedPractice> practices) {
		Map<Long, PublishedPractice> byId = practices.stream()
			.collect(Collectors.toMap(PublishedPractice::id, Function.identity()));
		return byId.isEmpty() ? List.of()
				: views(this.transfers.findByPracticeIdInOrderByStartedAtDescIdDesc(byId.keySet()), byId);
	}

	/** Every transfer of a published practice, in the order they started. */
	public List<TransferView> all() {
		return views(this.transfers.findAllByOrderByStartedAtAscIdAsc(), published());
	}

	Optional<TransferView> byId(long transferId) {
		return this.transfers.findById(transferId)
			.flatMap((transfer) -> this.practices.publishedPractice(transfer.getPracticeId())
				.map((practice) -> views(List.of(transfer), Map.of(practice.id(), practice)).get(0)));
	}

	private Map<Long, PublishedPractice> published() {
		return this.practices.publishedPractices()
			.stream()
			.collect(Collectors.toMap(PublishedPractice::id, Function.identity()));
	}

	/**
	 * The transfers of published practices with their check-ins, read in three queries.
	 */
	private List<TransferView> views(List<Transfer> found, Map<Long, PublishedPractice> practices) {
		List<Transfer> shown = found.stream()
			.filter((transfer) -> practices.containsKey(transfer.getPracticeId()))
			.toList();
		if (shown.isEmpty()) {
			return List.of();
		}
		Map<Long, List<CheckIn>> checkIns = this.checkIns
			.findByTransferIdInOrderByMonthsAfter(shown.stream().map(Transfer::getId).toList())
			.stream()
			.collect(Collectors.groupingBy(CheckIn::getTransferId));
		Map<Long, Indicator> indicators = indicators(practices.keySet());
		return shown.stream().map((transfer) -> {
			PublishedPractice practice = practices.get(transfer.getPracticeId());
			return new TransferView(transfer.getId(), practice.id(), practice.slug(), practice.title(),
					practice.ownerKshCodes(), practice.ownerNames(), transfer.getKshCode(),
					transfer.getMunicipalityName(), transfer.getPlan(), transfer.getContactName(),
					transfer.getContactEmail(), transfer.getStatus(), transfer.getStopReason(), transfer.getStartedAt(),
					transfer.getStatusChangedAt(), transfer.getOriginAnswer(), transfer.getAnsweredAt(),
					transfer.getMentorName(), transfer.getMentorEmail(),
					checkIns.getOrDefault(transfer.getId(), List.of())
						.stream()
						.map((checkIn) -> checkInView(checkIn, indicators))
						.toList());
		}).toList();
	}

	private Map<Long, Indicator> indicators(Collection<Long> practiceIds) {
		return this.indicators.findByPracticeIdInOrderByPosition(practiceIds)
			.stream()
			.collect(Collectors.toMap(Indicator::getId, Function.identity()));
	}

	static TransferView.CheckInView checkInView(CheckIn checkIn, Map<Long, Indicator> indicators) {
		List<TransferView.Outcome> outcomes = checkIn.getOutcomes()
			.entrySet()
			.stream()
			.filter((outcome) -> indicators.containsKey(outcome.getKey()))
			.sorted(java.util.Comparator.comparingInt((outcome) -> indicators.get(outcome.getKey()).getPosition()))
			.map((outcome) -> {
				Indicator indicator = indicators.get(outcome.getKey());
				return new TransferView.Outcome(indicator.getName(), indicator.getUnit(), outcome.getValue());
			})
			.toList();
		return new TransferView.CheckInView(checkIn.getMonthsAfter(), checkIn.getDueAt(), checkIn.getAnsweredAt(),
				checkIn.getReportedStatus(), checkIn.getLessons(), outcomes);
	}

}
