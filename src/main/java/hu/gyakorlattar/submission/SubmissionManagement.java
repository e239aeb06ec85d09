package hu.gyakorlattar.submission;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import hu.gyakorlattar.call.CallManagement;
import hu.gyakorlattar.call.CallView;
import hu.gyakorlattar.call.SectionKind;
import hu.gyakorlattar.call.SectionView;
import hu.gyakorlattar.mail.MailOutbox;
import hu.gyakorlattar.mail.OutgoingMail;
import hu.gyakorlattar.municipality.MunicipalityDirectory;
import hu.gyakorlattar.municipality.MunicipalitySummary;
import hu.gyakorlattar.shared.InvalidInput;
import hu.gyakorlattar.shared.InvalidInputs;
import hu.gyakorlattar.shared.NotFound;
import hu.gyakorlattar.shared.PdfDocuments;
import hu.gyakorlattar.shared.SiteAddress;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applications: an approved applicant starts the municipality's application to an open
 * call, everyone approved for the municipality writes it together (a save that started
 * from an older version is refused and shown both texts), attaches files, and submits it
 * once, before the deadline. Other modules read applications; the later stages reach the
 * applicant's status as {@link ApplicantStatusNews}.
 */
@Service
@Transactional
public class SubmissionManagement {

	static final int TITLE_MAX = 200;

	static final int MAX_ATTACHMENTS = 10;

	private final SubmissionRepository submissions;

	private final StoredAttachmentRepository attachments;

	private final ApplicantLinks applicants;

	private final CallManagement calls;

	private final MunicipalityDirectory directory;

	private final PartnerChoice partners;

	private final MailOutbox outbox;

	private final PdfDocuments pdfs;

	private final Authors authors;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final String baseUrl;

	private final int attachmentMaxBytes;

	SubmissionManagement(SubmissionRepository submissions, StoredAttachmentRepository attachments,
			ApplicantLinks applicants, CallManagement calls, MunicipalityDirectory directory, MailOutbox outbox,
			PartnerChoice partners, PdfDocuments pdfs, Authors authors, ApplicationEventPublisher events, Clock clock,
			SiteAddress site, SubmissionProperties properties) {
		this.submissions = submissions;
		this.attachments = attachments;
		this.applicants = applicants;
		this.calls = calls;
		this.directory = directory;
		this.partners = partners;
		this.outbox = outbox;
		this.pdfs = pdfs;
		this.authors = authors;
		this.events = events;
		this.clock = clock;
		this.baseUrl = site.baseUrl();
		this.attachmentMaxBytes = properties.attachmentMaxBytes();
	}

	@Transactional(readOnly = true)
	public Optional<SubmissionView> find(long id) {
		return this.submissions.findById(id).map(this::view);
	}

	/** The applications submitted to a call (drafts are the applicants' own business). */
	@Transactional(readOnly = true)
	public List<SubmissionView> submittedTo(long callId) {
		return this.submissions.findByCallIdAndStatusNotOrderById(callId, SubmissionStatus.DRAFT)
			.stream()
			.map(this::view)
			.toList();
	}

	/**
	 * The calls the municipality applied to, drafts included (matchmaking reads their
	 * themes as the municipality's interests).
	 */
	@Transactional(readOnly = true)
	public List<Long> callsAppliedToBy(String kshCode) {
		return this.submissions.findCallsOfMunicipality(kshCode);
	}

	/** The municipalities the person acts for, as the office approved them. */
	@Transactional(readOnly = true)
	public Set<String> municipalitiesOf(String email) {
		return this.applicants.approvedMunicipalities(email);
	}

	/**
	 * Whom news of the application reaches: every applicant acting for its municipality
	 * and whoever started or submitted it, each once, each able to open it.
	 */
	@Transactional(readOnly = true)
	public Set<String> readersOf(long id) {
		return find(id).map(this.applicants::readers).orElse(Set.of());
	}

	/**
	 * An application as an applicant approved for its municipality may read it; for
	 * anyone else, nothing.
	 */
	@Transactional(readOnly = true)
	public Optional<SubmissionView> findForApplicant(String email, long id) {
		return ofApplicant(ApplicantLinks.normalise(email), id).map(this::view);
	}

	@Transactional(readOnly = true)
	List<SubmissionView> all() {
		return this.submissions.findAllByOrderByIdDesc().stream().map(this::view).toList();
	}

	/**
	 * Everything the applicant may read: the applications of every municipality they act
	 * for, and those they started or submitted themselves, so nothing ever disappears
	 * from their list.
	 */
	@Transactional(readOnly = true)
	List<SubmissionView> visibleTo(String email) {
		String applicant = ApplicantLinks.normalise(email);
		Set<String> municipalities = this.applicants.approvedMunicipalities(applicant);
		List<Submission> found = municipalities.isEmpty() ? this.submissions.findByAuthorOrderByIdDesc(applicant)
				: this.submissions.findByKshCodeInOrAuthorOrderByIdDesc(municipalities, applicant);
		return found.stream().map(this::view).toList();
	}

	/**
	 * Opens the municipality's application to an open call: the existing one, or a new
	 * draft. An applicant acting for one municipality need not name it.
	 */
	SubmissionView start(String email, long callId, String kshCode) {
		String municipality = approved(email, kshCode);
		CallView call = this.calls.findPublished(callId)
			.orElseThrow(() -> new InvalidInput("callId", "submission.call.unknown"));
		Optional<Submission> existing = this.submissions.findByCallIdAndKshCode(callId, municipality);
		if (existing.isPresent()) {
			return view(existing.get());
		}
		if (!call.open(this.clock.instant())) {
			throw new InvalidInput("callId", "submission.call.closed");
		}
		return view(this.submissions.saveAndFlush(new Submission(callId, municipality, email, this.clock.instant())));
	}

	/**
	 * Whether the applicant may change the application: only while it acts for its
	 * municipality (an author who no longer does still reads it).
	 */
	@Transactional(readOnly = true)
	boolean editableBy(String email, SubmissionView submission) {
		return this.applicants.approvedMunicipalities(email).contains(submission.kshCode());
	}

	/**
	 * An application the applicant may read (of a municipality they act for, or their
	 * own); any other is not found.
	 */
	@Transactional(readOnly = true)
	SubmissionView forApplicant(String email, long id) {
		return view(ofApplicant(email, id).orElseThrow(NotFound::new));
	}

	/**
	 * Saves a draft. If someone saved since the page was loaded, nothing is saved and the
	 * answer carries their version, so the page can show both texts.
	 */
	SaveOutcome save(String email, long id, ApplicationForm form) {
		Submission submission = own(email, id);
		requireDraft(submission);
		CallView call = callOf(submission);
		PartnerChoice.Resolved partners = this.partners.resolve(form, submission.getKshCode());
		List<InvalidInput> problems = new ArrayList<>(lengthProblems(form, call));
		problems.addAll(partners.problems());
		InvalidInputs.throwIfAny(problems);
		if (form.getVersion() == null || form.getVersion() != submission.getVersion()) {
			return new SaveOutcome(false, view(submission));
		}
		submission.write(form.cleanTitle(), texts(form, call), partners.kshCodes(), email, this.clock.instant());
		this.submissions.flush();
		return new SaveOutcome(true, view(submission));
	}

	/**
	 * Submits the application: complete, in time to the second, and once. The
	 * confirmation with the application as a PDF goes to the one who submitted.
	 */
	SubmissionView submit(String email, long id, Locale locale) {
		Submission submission = ownLocked(email, id);
		if (submission.getStatus().submitted()) {
			throw new InvalidInput(null, "submission.alreadySubmitted");
		}
		CallView call = callOf(submission);
		Instant now = this.clock.instant();
		if (!call.open(now)) {
			throw new InvalidInput(null, call.over(now) ? "submission.late" : "submission.notOpen");
		}
		ApplicationForm saved = ApplicationForm.of(view(submission));
		List<InvalidInput> problems = new ArrayList<>(lengthProblems(saved, call));
		problems.addAll(incomplete(saved, call));
		InvalidInputs.throwIfAny(problems);
		submission.submit(email, now);
		this.submissions.flush();
		SubmissionView submitted = view(submission);
		MunicipalitySummary municipality = municipality(submitted.kshCode());
		byte[] pdf = pdf(submitted, locale);
		this.outbox.queue(new OutgoingMail(email, locale, "submission/submitted",
				Map.of("title", submitted.title(), "municipality", municipality.name(), "theme", call.themeName(locale),
						"year", call.cycleYear(), "submittedAt", now, "name", this.authors.nameOf(email).orElse(""),
						"link", this.baseUrl + "/fiok/palyazatok/" + id))
			.withAttachment(new OutgoingMail.Attachment(pdfName(submitted), "application/pdf", pdf)));
		this.events.publishEvent(new SubmissionSubmitted(id, submitted.callId(), submitted.kshCode(), now));
		return submitted;
	}

	/**
	 * What an application needs before it can be submitted: its title and every required
	 * section.
	 */
	static List<InvalidInput> incomplete(ApplicationForm form, CallView call) {
		List<InvalidInput> problems = new ArrayList<>();
		if (form.cleanTitle().isEmpty()) {
			problems.add(new InvalidInput("title", "submission.section.missing"));
		}
		for (SectionView section : call.sections()) {
			if (section.required() && form.text(section.kind()).isEmpty()) {
				problems.add(new InvalidInput("sections[" + section.kind() + "]", "submission.section.missing"));
			}
		}
		return problems;
	}

	void attach(String email, long id, UploadedFile file) {
		Submission submission = ownLocked(email, id);
		requireDraft(submission);
		if (this.attachments.countBySubmissionId(id) >= MAX_ATTACHMENTS) {
			throw new InvalidInput("file", "submission.attachment.tooMany", MAX_ATTACHMENTS);
		}
		this.attachments.save(new StoredAttachment(id, file, email, this.clock.instant()));
	}

	void detach(String email, long id, long attachmentId) {
		Submission submission = ownLocked(email, id);
		requireDraft(submission);
		this.attachments.delete(this.attachments.findByIdAndSubmissionId(attachmentId, id).orElseThrow(NotFound::new));
	}

	/**
	 * An attachment of an application the caller may read (checked by the caller: the
	 * applicant's pages, the office, the evaluation for its evaluators and committee).
	 */
	@Transactional(readOnly = true)
	public UploadedFile attachment(long id, long attachmentId) {
		StoredAttachment stored = this.attachments.findByIdAndSubmissionId(attachmentId, id).orElseThrow(NotFound::new);
		return new UploadedFile(stored.getFilename(), stored.getContentType(), stored.getContent());
	}

	int attachmentMaxBytes() {
		return this.attachmentMaxBytes;
	}

	@Transactional(readOnly = true)
	byte[] pdf(SubmissionView submission, Locale locale) {
		CallView call = this.calls.find(submission.callId()).orElseThrow(NotFound::new);
		Map<String, Object> model = new HashMap<>();
		model.put("submission", submission);
		model.put("call", call);
		model.put("municipality", municipality(submission.kshCode()));
		model.put("submittedByName",
				(submission.submittedBy() != null) ? this.authors.name(submission.submittedBy()) : "");
		return this.pdfs.render("submission/application", model, locale);
	}

	static String pdfName(SubmissionView submission) {
		return "palyazat-" + submission.id() + ".pdf";
	}

	@Transactional(readOnly = true)
	MunicipalitySummary municipality(String kshCode) {
		return this.directory.find(kshCode).orElse(new MunicipalitySummary(kshCode, kshCode, null, "", "", 0));
	}

	@Transactional(readOnly = true)
	CallView callOf(SubmissionView submission) {
		return this.calls.find(submission.callId()).orElseThrow(NotFound::new);
	}

	private CallView callOf(Submission submission) {
		return this.calls.find(submission.getCallId()).orElseThrow(NotFound::new);
	}

	private String approved(String email, String kshCode) {
		Set<String> approved = this.applicants.approvedMunicipalities(email);
		String wanted = (kshCode != null) ? kshCode.strip() : "";
		if (wanted.isEmpty() && approved.size() == 1) {
			return approved.iterator().next();
		}
		if (!approved.contains(wanted)) {
			throw new InvalidInput(null, "submission.link.notApproved");
		}
		return wanted;
	}

	/** An application the applicant may change; any other is not found. */
	private Submission own(String email, long id) {
		Set<String> municipalities = this.applicants.approvedMunicipalities(email);
		return this.submissions.findById(id)
			.filter((submission) -> municipalities.contains(submission.getKshCode()))
			.orElseThrow(NotFound::new);
	}

	private Optional<Submission> ofApplicant(String email, long id) {
		Set<String> municipalities = this.applicants.approvedMunicipalities(email);
		return this.submissions.findById(id)
			.filter((submission) -> municipalities.contains(submission.getKshCode()) || submission.isAuthoredBy(email));
	}

	/**
	 * The same as {@link #own}, locked until the transaction ends: a submission and an
	 * upload, or two submissions, never interleave.
	 */
	private Submission ownLocked(String email, long id) {
		Set<String> municipalities = this.applicants.approvedMunicipalities(email);
		return this.submissions.findLockedById(id)
			.filter((submission) -> municipalities.contains(submission.getKshCode()))
			.orElseThrow(NotFound::new);
	}

	private static void requireDraft(Submission submission) {
		if (submission.getStatus().submitted()) {
			throw new InvalidInput(null, "submission.readOnly");
		}
	}

	private static List<InvalidInput> lengthProblems(ApplicationForm form, CallView call) {
		List<InvalidInput> problems = new ArrayList<>();
		int title = ApplicationForm.length(form.cleanTitle());
		if (title > TITLE_MAX) {
			problems.add(new InvalidInput("title", "submission.section.tooLong", TITLE_MAX, title));
		}
		for (SectionView section : call.sections()) {
			int length = ApplicationForm.length(form.text(section.kind()));
			if (length > section.maxLength()) {
				problems.add(new InvalidInput("sections[" + section.kind() + "]", "submission.section.tooLong",
						section.maxLength(), length));
			}
		}
		return problems;
	}

	private static Map<SectionKind, String> texts(ApplicationForm form, CallView call) {
		Map<SectionKind, String> texts = new EnumMap<>(SectionKind.class);
		call.sections().forEach((section) -> texts.put(section.kind(), form.text(section.kind())));
		return texts;
	}

	private SubmissionView view(Submission submission) {
		return submission.toView(submission.getPartners()
			.stream()
			.map((kshCode) -> new SubmissionView.Partner(kshCode, municipality(kshCode).name()))
			.toList(), this.attachments.describe(submission.getId()));
	}

	/** A save's answer: saved, or refused because someone else saved first. */
	record SaveOutcome(boolean saved, SubmissionView current) {

	}

}
