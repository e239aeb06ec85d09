package hu.gyakorlattar.transfer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import hu.gyakorlattar.account.AccountView;
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

	private final ApplicantMunicipality applicants;

	TransferSection(TransferLedger ledger, ApplicantMunicipality applicants) {
		this.ledger = ledger;
		this.applicants = applicants;
	}

	@Override
	public Optional<Fragment> section(PublishedPractice practice, Viewer viewer) {
		List<TransferView> transfers = this.ledger.ofPractice(practice);
		Optional<String> kshCode = this.applicants.of(viewer).map(AccountView::municipalityKshCode);
		Map<String, Object> model = new HashMap<>();
		model.put("practice", practice);
		model.put("transfers", transfers);
		model.put("applicant", kshCode.isPresent() && !practice.ownedBy(kshCode.get()));
		model.put("owner", kshCode.isPresent() && practice.ownedBy(kshCode.get()));
		model.put("own",
				kshCode.flatMap(
						(code) -> transfers.stream().filter((transfer) -> transfer.kshCode().equals(code)).findFirst())
					.orElse(null));
		return Optional.of(new Fragment("transfer/section", "transfers", model));
	}

}
