package hu.gyakorlattar.submission;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import hu.gyakorlattar.account.AccountManagement;
import hu.gyakorlattar.account.AccountView;
import hu.gyakorlattar.account.Role;
import hu.gyakorlattar.mail.MailOutbox;
import hu.gyakorlattar.mail.OutgoingMail;
import hu.gyakorlattar.municipality.MunicipalityDirectory;
import hu.gyakorlattar.municipality.MunicipalitySummary;
import hu.gyakorlattar.shared.HungarianFormats;
import hu.gyakorlattar.shared.InvalidInput;
import hu.gyakorlattar.shared.NotFound;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which applicant acts for which municipality. An applicant picks the municipality from
 * the directory; an admin approves or rejects the claim, and the applicant hears of it by
 * mail. An applicant whom an admin invited for a municipality (account module) is
 * approved for it already: the admin checked when inviting.
 */
@Service
@Transactional
class ApplicantLinks {

	private final ApplicantLinkRepository links;

	private final AccountManagement accounts;

	private final MunicipalityDirectory directory;

	private final MailOutbox outbox;

	private final Clock clock;

	private final String baseUrl;

	ApplicantLinks(ApplicantLinkRepository links, AccountManagement accounts, MunicipalityDirectory directory,
			MailOutbox outbox, Clock clock, @Value("${gyakorlattar.base-url}") String baseUrl) {
		this.links = links;
		this.accounts = accounts;
		this.directory = directory;
		this.outbox = outbox;
		this.clock = clock;
		this.baseUrl = baseUrl;
	}

	/** The municipality the person acts for, and whether that is approved yet. */
	@Transactional(readOnly = true)
	Optional<Membership> membership(String email) {
		Optional<ApplicantLink> link = this.links.findByEmail(normalise(email));
		if (link.isPresent()) {
			return link.map((found) -> new Membership(found.getKshCode(), name(found.getKshCode()), found.getStatus()));
		}
		return this.accounts.findByEmail(email)
			.filter((account) -> account.role() == Role.APPLICANT && account.municipalityKshCode() != null)
			.map((account) -> new Membership(account.municipalityKshCode(), name(account.municipalityKshCode()),
					ApplicantLink.Status.APPROVED));
	}

	/** The municipality the person may act for now, if an admin approved it. */
	@Transactional(readOnly = true)
	Optional<String> approvedMunicipality(String email) {
		return membership(email).filter(Membership::isApproved).map(Membership::kshCode);
	}

	/** An applicant claims a municipality; an admin will decide. */
	void claim(String email, String kshCode) {
		String code = (kshCode != null) ? kshCode.strip() : "";
		if (this.directory.find(code).isEmpty()) {
			throw new InvalidInput("kshCode", "submission.link.unknown");
		}
		Optional<Membership> current = membership(email);
		if (current.isPresent() && current.get().kshCode().equals(code)
				&& current.get().status() != ApplicantLink.Status.REJECTED) {
			return;
		}
		ApplicantLink link = this.links.findByEmail(normalise(email))
			.orElseGet(() -> new ApplicantLink(normalise(email), code, ApplicantLink.Status.PENDING,
					this.clock.instant()));
		link.claim(code, this.clock.instant());
		this.links.save(link);
	}

	@Transactional(readOnly = true)
	List<PendingLink> pending() {
		return this.links.findByStatusOrderByRequestedAt(ApplicantLink.Status.PENDING)
			.stream()
			.map((link) -> new PendingLink(link.getId(), link.getEmail(),
					this.accounts.findByEmail(link.getEmail()).map((account) -> account.name().toString()).orElse(""),
					link.getKshCode(), name(link.getKshCode()), link.getRequestedAt()))
			.toList();
	}

	/** An admin approves or rejects a pending claim; the applicant gets a mail. */
	void decide(long linkId, boolean approve, String admin) {
		ApplicantLink link = this.links.findById(linkId).orElseThrow(NotFound::new);
		if (link.getStatus() != ApplicantLink.Status.PENDING) {
			throw new InvalidInput(null, "submission.link.decided");
		}
		link.decide(approve, admin, this.clock.instant());
		String name = this.accounts.findByEmail(link.getEmail())
			.map(AccountView::name)
			.map(Object::toString)
			.orElse(link.getEmail());
		this.outbox.queue(new OutgoingMail(link.getEmail(), HungarianFormats.HUNGARIAN,
				approve ? "submission/link-approved" : "submission/link-rejected",
				Map.of("name", name, "municipality", name(link.getKshCode()), "link",
						this.baseUrl + (approve ? "/fiok/palyazatok" : "/fiok/onkormanyzat"))));
	}

	/** Everyone approved to act for the municipality, by e-mail address. */
	@Transactional(readOnly = true)
	List<String> approvedApplicants(String kshCode) {
		return this.links.findByKshCodeAndStatus(kshCode, ApplicantLink.Status.APPROVED)
			.stream()
			.map(ApplicantLink::getEmail)
			.toList();
	}

	private String name(String kshCode) {
		return this.directory.find(kshCode).map(MunicipalitySummary::name).orElse(kshCode);
	}

	static String normalise(String email) {
		return email.strip().toLowerCase(java.util.Locale.ROOT);
	}

	record Membership(String kshCode, String municipalityName, ApplicantLink.Status status) {

		boolean isApproved() {
			return this.status == ApplicantLink.Status.APPROVED;
		}

		boolean isPending() {
			return this.status == ApplicantLink.Status.PENDING;
		}

		boolean isRejected() {
			return this.status == ApplicantLink.Status.REJECTED;
		}

	}

	record PendingLink(long id, String email, String name, String kshCode, String municipalityName,
			java.time.Instant requestedAt) {

	}

}
