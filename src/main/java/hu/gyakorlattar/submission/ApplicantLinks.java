package hu.gyakorlattar.submission;

import java.text.Collator;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import hu.gyakorlattar.account.AccountManagement;
import hu.gyakorlattar.account.AccountView;
import hu.gyakorlattar.account.ApplicantAccountApproved;
import hu.gyakorlattar.account.Role;
import hu.gyakorlattar.mail.MailOutbox;
import hu.gyakorlattar.mail.OutgoingMail;
import hu.gyakorlattar.municipality.MunicipalityDirectory;
import hu.gyakorlattar.municipality.MunicipalitySummary;
import hu.gyakorlattar.shared.HungarianFormats;
import hu.gyakorlattar.shared.InvalidInput;
import hu.gyakorlattar.shared.NotFound;
import hu.gyakorlattar.shared.SiteAddress;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which applicants act for which municipalities: an applicant may act for several, and a
 * municipality may have several applicants. An applicant picks each municipality from the
 * directory; an admin approves or rejects the claim, and the applicant hears of it by
 * mail in the language of their account. An applicant whom an admin invited for a
 * municipality (account module) is approved for it already: the admin checked when
 * inviting.
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
			MailOutbox outbox, Clock clock, SiteAddress site) {
		this.links = links;
		this.accounts = accounts;
		this.directory = directory;
		this.outbox = outbox;
		this.clock = clock;
		this.baseUrl = site.baseUrl();
	}

	/**
	 * Every municipality the person acts for or asked to, with whether that is approved,
	 * in the order of the municipalities' names. The municipality an admin invited them
	 * for counts as approved: the admin checked when inviting.
	 */
	@Transactional(readOnly = true)
	List<Membership> memberships(String email) {
		String normalised = normalise(email);
		List<Membership> memberships = new ArrayList<>();
		List<ApplicantLink> claims = this.links.findByEmailOrderByRequestedAt(normalised);
		claims.forEach((link) -> memberships
			.add(new Membership(link.getKshCode(), name(link.getKshCode()), link.getStatus())));
		this.accounts.findByEmail(normalised)
			.filter((account) -> account.role() == Role.APPLICANT && account.municipalityKshCode() != null)
			.map(AccountView::municipalityKshCode)
			.filter((invited) -> claims.stream().noneMatch((link) -> link.getKshCode().equals(invited)))
			.ifPresent((invited) -> memberships
				.add(new Membership(invited, name(invited), ApplicantLink.Status.APPROVED)));
		Collator collator = HungarianFormats.collator();
		memberships.sort(Comparator.comparing(Membership::municipalityName, collator));
		return memberships;
	}

	/** The municipalities the person may act for now, as an admin approved them. */
	@Transactional(readOnly = true)
	Set<String> approvedMunicipalities(String email) {
		return memberships(email).stream()
			.filter(Membership::isApproved)
			.map(Membership::kshCode)
			.collect(Collectors.toCollection(LinkedHashSet::new));
	}

	/**
	 * Who reads the application's news: every applicant acting for its municipality now,
	 * and whoever started or submitted it (they still read it), each once, and only those
	 * who can sign in to read it (an enabled applicant account).
	 */
	@Transactional(readOnly = true)
	Set<String> readers(SubmissionView submission) {
		Set<String> candidates = new LinkedHashSet<>();
		this.links.findByKshCodeAndStatusOrderByRequestedAt(submission.kshCode(), ApplicantLink.Status.APPROVED)
			.forEach((link) -> candidates.add(link.getEmail()));
		Stream.of(submission.createdBy(), submission.submittedBy())
			.filter(Objects::nonNull)
			.forEach((author) -> candidates.add(normalise(author)));
		return candidates.stream()
			.filter((email) -> this.accounts.findByEmail(email)
				.filter((account) -> account.role() == Role.APPLICANT && account.enabled())
				.isPresent())
			.collect(Collectors.toCollection(LinkedHashSet::new));
	}

	/**
	 * An applicant claims a municipality, besides those they act for already; an admin
	 * will decide. Asking again for a pending one changes nothing; answers false for one
	 * they act for already, which needs no asking.
	 */
	boolean claim(String email, String kshCode) {
		String code = (kshCode != null) ? kshCode.strip() : "";
		if (this.directory.find(code).isEmpty()) {
			throw new InvalidInput("kshCode", "submission.link.unknown");
		}
		String normalised = normalise(email);
		if (approvedMunicipalities(normalised).contains(code)) {
			return false;
		}
		Optional<ApplicantLink> existing = this.links.findByEmailAndKshCode(normalised, code);
		if (existing.isPresent()) {
			existing.get().claimAgain(this.clock.instant());
		}
		else {
			this.links.save(new ApplicantLink(normalised, code, this.clock.instant()));
		}
		return true;
	}

	/**
	 * The office approved a clerk's account request for a municipality: recorded as an
	 * approved link, once however often the news arrives.
	 */
	@ApplicationModuleListener
	void on(ApplicantAccountApproved approved) {
		String email = normalise(approved.email());
		ApplicantLink link = this.links.findByEmailAndKshCode(email, approved.kshCode())
			.orElseGet(() -> this.links.save(new ApplicantLink(email, approved.kshCode(), approved.approvedAt())));
		if (!link.isApproved()) {
			link.decide(true, approved.approvedBy(), approved.approvedAt());
		}
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
		this.outbox.queue(new OutgoingMail(link.getEmail(), this.accounts.languageOf(link.getEmail()),
				approve ? "submission/link-approved" : "submission/link-rejected",
				Map.of("name", name, "municipality", name(link.getKshCode()), "link",
						this.baseUrl + (approve ? "/fiok/palyazatok" : "/fiok/onkormanyzat"))));
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

	}

	record PendingLink(long id, String email, String name, String kshCode, String municipalityName,
			java.time.Instant requestedAt) {

	}

}
