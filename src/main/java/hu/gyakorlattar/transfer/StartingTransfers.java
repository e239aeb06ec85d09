package hu.gyakorlattar.transfer;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;

import hu.gyakorlattar.mail.MailOutbox;
import hu.gyakorlattar.mail.OutgoingMail;
import hu.gyakorlattar.municipality.MunicipalityDirectory;
import hu.gyakorlattar.municipality.MunicipalitySummary;
import hu.gyakorlattar.practice.PracticeManagement;
import hu.gyakorlattar.practice.PublishedPractice;
import hu.gyakorlattar.shared.InvalidInput;
import hu.gyakorlattar.shared.NotFound;
import hu.gyakorlattar.shared.SiteAddress;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A municipality says "Mi is átvesszük": the transfer is recorded with its two check-ins
 * planned, and the practice's contact hears of it through the outbox in the same
 * transaction.
 */
@Service
@Transactional
class StartingTransfers {

	private final TransferRepository transfers;

	private final CheckInRepository checkIns;

	private final PracticeManagement practices;

	private final MunicipalityDirectory municipalities;

	private final MailOutbox outbox;

	private final Clock clock;

	private final String baseUrl;

	StartingTransfers(TransferRepository transfers, CheckInRepository checkIns, PracticeManagement practices,
			MunicipalityDirectory municipalities, MailOutbox outbox, Clock clock, SiteAddress site) {
		this.transfers = transfers;
		this.checkIns = checkIns;
		this.practices = practices;
		this.municipalities = municipalities;
		this.outbox = outbox;
		this.clock = clock;
		this.baseUrl = site.baseUrl();
	}

	/**
	 * A transfer started; whether the practice's owners were told by mail (a practice
	 * without a contact address has no one to mail).
	 */
	record Started(long id, boolean ownersTold) {

	}

	/** Starts the municipality's transfer of the published practice. */
	Started start(String slug, String kshCode, String accountEmail, TransferPlan plan, Locale locale) {
		PublishedPractice practice = this.practices.publishedPractice(slug).orElseThrow(NotFound::new);
		MunicipalitySummary municipality = this.municipalities.find(kshCode)
			.orElseThrow(() -> new InvalidInput("plan", "transfer.noMunicipality"));
		if (this.transfers.findByPracticeIdAndKshCode(practice.id(), kshCode).isPresent()) {
			throw new InvalidInput("plan", "transfer.already");
		}
		Transfer transfer = this.transfers
			.save(Transfer.start(practice, kshCode, municipality.name(), plan, accountEmail, this.clock.instant()));
		this.checkIns.saveAll(transfer.planCheckIns());
		boolean ownersTold = !practice.contactEmail().isBlank();
		if (ownersTold) {
			this.outbox.queue(new OutgoingMail(practice.contactEmail(), locale, "transfer/started",
					Map.of("practice", practice.title(), "municipality", municipality.name(), "plan",
							transfer.getPlan(), "link", this.baseUrl + "/fiok/atvetelek")));
		}
		return new Started(transfer.getId(), ownersTold);
	}

}
