package hu.gyakorlattar.transfer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import hu.gyakorlattar.practice.PracticePageSection;
import hu.gyakorlattar.practice.PublishedPractice;
import hu.gyakorlattar.shared.Viewer;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The practice page's "where it has been taken up" section: each municipality with its
 * status, its plan, the outcomes it reported and the origin's answer (never a contact's
 * address), and for an applicant the way to start or update its own transfer.
 */
@Component
@Order(10)
class TransferSection implements PracticePageSection {

	private final TransferLedger ledger;

	private final ApplicantMunicipalities applicants;

	TransferSection(TransferLedger ledger, ApplicantMunicipalities applicants) {
		this.ledger = ledger;
		this.applicants = applicants;
	}

	@Override
	public Optional<Fragment> section(PublishedPractice practice, Viewer viewer) {
		List<TransferView> transfers = this.ledger.ofPractice(practice);
		Optional<ApplicantMunicipalities.Acting> acting = this.applicants.of(viewer);
		List<String> adopting = acting
			.map((applicant) -> applicant.kshCodes().stream().filter((kshCode) -> !practice.ownedBy(kshCode)).toList())
			.orElse(List.of());
		Map<String, Object> model = new HashMap<>();
		model.put("practice", practice);
		model.put("transfers", transfers);
		model.put("applicant", !adopting.isEmpty());
		model.put("owner", acting.isPresent() && !acting.get().owning(practice).isEmpty());
		model.put("own",
				transfers.stream()
					.filter((transfer) -> acting.isPresent() && acting.get().actsFor(transfer.kshCode()))
					.findFirst()
					.orElse(null));
		// a clerk of two villages may take it up for the other one too
		model.put("canStart", adopting.stream()
			.anyMatch((kshCode) -> transfers.stream().noneMatch((transfer) -> transfer.kshCode().equals(kshCode))));
		return Optional.of(new Fragment("transfer/section", "transfers", model));
	}

}
