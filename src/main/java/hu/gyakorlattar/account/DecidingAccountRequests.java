package hu.gyakorlattar.account;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import hu.gyakorlattar.mail.MailOutbox;
import hu.gyakorlattar.mail.OutgoingMail;
import hu.gyakorlattar.municipality.MunicipalityDirectory;
import hu.gyakorlattar.municipality.MunicipalitySummary;
import hu.gyakorlattar.shared.InvalidInput;
import hu.gyakorlattar.shared.NotFound;
import hu.gyakorlattar.shared.PersonName;
import hu.gyakorlattar.shared.SiteAddress;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office decides the clerks' account requests. An approval gives a new address an
 * applicant account with a link to set its password (never a password), or gives an
 * existing applicant the municipality besides their others; a refusal tells the clerk
 * why. Either way the clerk hears of it by mail, in the language they asked in.
 */
@Service
@Transactional
class DecidingAccountRequests {

	private final AccountRequestRepository requests;

	private final AccountRepository accounts;

	private final AccountLinks links;

	private final MunicipalityDirectory directory;

	private final MailOutbox outbox;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final String baseUrl;

	DecidingAccountRequests(AccountRequestRepository requests, AccountRepository accounts, AccountLinks links,
			MunicipalityDirectory directory, MailOutbox outbox, ApplicationEventPublisher events, Clock clock,
			SiteAddress site) {
		this.requests = requests;
		this.accounts = accounts;
		this.links = links;
		this.directory = directory;
		this.outbox = outbox;
		this.events = events;
		this.clock = clock;
		this.baseUrl = site.baseUrl();
	}

	/** The requests waiting for a decision, oldest first, with what the office needs. */
	@Transactional(readOnly = true)
	List<PendingRequest> pending() {
		return this.requests.findByStatusOrderByRequestedAt(AccountRequest.Status.PENDING)
			.stream()
			.map((request) -> new PendingRequest(request.getId(), request.getName(), request.getEmail(),
					request.getPosition(), municipality(request.getKshCode()), request.getRequestedAt(),
					this.accounts.findByEmail(request.getEmail()).map(Account::getRole).orElse(null)))
			.toList();
	}

	void approve(long id, String admin) {
		AccountRequest request = this.requests.findById(id).orElseThrow(NotFound::new);
		Optional<Account> existing = this.accounts.findByEmail(request.getEmail());
		if (existing.isPresent() && existing.get().getRole() != Role.APPLICANT) {
			throw new InvalidInput(null, "account.request.otherRole");
		}
		Instant now = this.clock.instant();
		request.approve(admin, now);
		MunicipalitySummary municipality = municipality(request.getKshCode());
		if (existing.isPresent()) {
			this.outbox.queue(new OutgoingMail(request.getEmail(), request.getLocale(), "account/request-approved",
					Map.of("name", existing.get().getName().toString(), "municipality", municipality.name(),
							"newAccount", false, "link", this.baseUrl + "/fiok/palyazatok")));
		}
		else {
			Account account = this.accounts
				.save(new Account(request.getEmail(), request.getName(), Role.APPLICANT, request.getKshCode(), now));
			// The clerk asked in this language, so our later mail follows it too
			account.readsMailIn(request.getLocale().getLanguage());
			this.outbox
				.queueConfidential(new OutgoingMail(request.getEmail(), request.getLocale(), "account/request-approved",
						Map.of("name", account.getName().toString(), "municipality", municipality.name(), "newAccount",
								true, "link", this.links.invitationLink(account), "validDays",
								AccountLinks.INVITATION_VALIDITY.toDays())));
		}
		this.events.publishEvent(new ApplicantAccountApproved(request.getEmail(), request.getKshCode(), admin, now));
	}

	void refuse(long id, String reason, String admin) {
		AccountRequest request = this.requests.findById(id).orElseThrow(NotFound::new);
		request.refuse(reason, admin, this.clock.instant());
		this.outbox.queue(new OutgoingMail(request.getEmail(), request.getLocale(), "account/request-refused",
				Map.of("name", request.getName().toString(), "municipality", municipality(request.getKshCode()).name(),
						"reason", request.getRefusalReason())));
	}

	private MunicipalitySummary municipality(String kshCode) {
		return this.directory.find(kshCode).orElse(new MunicipalitySummary(kshCode, kshCode, null, "", "", 0));
	}

	/**
	 * A request as the office sees it; {@code existingRole} is the role of an account the
	 * address already has, if any.
	 */
	record PendingRequest(long id, PersonName name, String email, String position, MunicipalitySummary municipality,
			Instant requestedAt, Role existingRole) {

	}

}
