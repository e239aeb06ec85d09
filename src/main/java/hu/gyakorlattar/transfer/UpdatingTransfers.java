package hu.gyakorlattar.transfer;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import hu.gyakorlattar.mail.MailOutbox;
import hu.gyakorlattar.mail.OutgoingMail;
import hu.gyakorlattar.practice.PracticeManagement;
import hu.gyakorlattar.practice.PublishedPractice;
import hu.gyakorlattar.shared.InvalidInput;
import hu.gyakorlattar.shared.NotFound;
import hu.gyakorlattar.shared.SiteAddress;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The two municipalities keep a transfer up to date: the adopter its plan, contact and
 * status (a stop skips the check-ins not yet sent); the origin its answer and mentor,
 * which reach the adopter's contact through the outbox. Each sees only its own transfers:
 * any other is not found.
 */
@Service
@Transactional
class UpdatingTransfers {

	private final TransferRepository transfers;

	private final CheckInRepository checkIns;

	private final PracticeManagement practices;

	private final MailOutbox outbox;

	private final Clock clock;

	private final String baseUrl;

	UpdatingTransfers(TransferRepository transfers, CheckInRepository checkIns, PracticeManagement practices,
			MailOutbox outbox, Clock clock, SiteAddress site) {
		this.transfers = transfers;
		this.checkIns = checkIns;
		this.practices = practices;
		this.outbox = outbox;
		this.clock = clock;
		this.baseUrl = site.baseUrl();
	}

	/** The adopter's transfer, for its edit form. */
	@Transactional(readOnly = true)
	TransferPlan plan(long transferId, String kshCode) {
		return adopters(transferId, kshCode).plan();
	}

	/**
	 * What the plan's move breaks, for a page that names it beside the form's own
	 * mistakes.
	 */
	@Transactional(readOnly = true)
	List<InvalidInput> problemsWith(long transferId, String kshCode, TransferPlan plan) {
		return adopters(transferId, kshCode).problemsMoving(plan.status(), plan.stopReason());
	}

	void update(long transferId, String kshCode, TransferPlan plan) {
		Transfer transfer = adopters(transferId, kshCode);
		Instant now = this.clock.instant();
		transfer.update(plan, now);
		skipUnsentWhenStopped(transfer, now);
	}

	/**
	 * Skips the check-ins not sent yet: a stopped transfer has nothing more to report.
	 */
	void skipUnsentWhenStopped(Transfer transfer, Instant now) {
		if (transfer.getStatus() == TransferStatus.STOPPED) {
			this.checkIns.findByTransferIdOrderByMonthsAfter(transfer.getId())
				.stream()
				.filter((checkIn) -> checkIn.getSentAt() == null)
				.forEach((checkIn) -> checkIn.skip(now));
		}
	}

	void answer(long transferId, String originKshCode, OriginAnswer answer, Locale locale) {
		Transfer transfer = this.transfers.findById(transferId).orElseThrow(NotFound::new);
		PublishedPractice practice = this.practices.publishedPractice(transfer.getPracticeId())
			.filter((found) -> found.ownedBy(originKshCode))
			.orElseThrow(NotFound::new);
		transfer.answer(answer, this.clock.instant());
		this.outbox.queue(new OutgoingMail(transfer.getContactEmail(), locale, "transfer/answered",
				Map.of("practice", practice.title(), "origin", String.join(", ", practice.ownerNames()), "answer",
						answer.answer(), "mentor", transfer.getMentorName(), "name", transfer.getContactName(), "link",
						this.baseUrl + "/fiok/atvetelek/" + transfer.getId())));
	}

	private Transfer adopters(long transferId, String kshCode) {
		return this.transfers.findById(transferId)
			.filter((transfer) -> transfer.getKshCode().equals(kshCode))
			.orElseThrow(NotFound::new);
	}

}
