package hu.gyakorlattar.practice;

import java.text.Collator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import hu.gyakorlattar.mail.MailOutbox;
import hu.gyakorlattar.mail.OutgoingMail;
import hu.gyakorlattar.municipality.MunicipalityDirectory;
import hu.gyakorlattar.municipality.MunicipalitySummary;
import hu.gyakorlattar.programme.Cycle;
import hu.gyakorlattar.programme.ProgrammeManagement;
import hu.gyakorlattar.programme.Theme;
import hu.gyakorlattar.shared.HungarianFormats;
import hu.gyakorlattar.shared.InvalidInput;
import hu.gyakorlattar.shared.NotFound;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The knowledge base's use cases: the office writes, publishes and withdraws practices
 * (every change a revision), attaches files; anyone searches and reads published
 * practices; a municipality says it is adapting one, and its owners hear of it.
 */
@Service
@Transactional
public class PracticeManagement {

	static final int ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;

	static final int MAX_SLUG = 80;

	/** The owners are asked for news of their results this long after publication. */
	static final Duration UPDATE_INTERVAL = Duration.ofDays(365);

	private final PracticeRepository practices;

	private final OldSlugRepository oldSlugs;

	private final RevisionRepository revisions;

	private final AttachmentRepository attachments;

	private final AdoptionRepository adoptions;

	private final PracticeSearch search;

	private final ProgrammeManagement programme;

	private final MunicipalityDirectory municipalities;

	private final MailOutbox outbox;

	private final JsonMapper json;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final String baseUrl;

	PracticeManagement(PracticeRepository practices, OldSlugRepository oldSlugs, RevisionRepository revisions,
			AttachmentRepository attachments, AdoptionRepository adoptions, PracticeSearch search,
			ProgrammeManagement programme, MunicipalityDirectory municipalities, MailOutbox outbox, JsonMapper json,
			ApplicationEventPublisher events, Clock clock, @Value("${gyakorlattar.base-url}") String baseUrl) {
		this.practices = practices;
		this.oldSlugs = oldSlugs;
		this.revisions = revisions;
		this.attachments = attachments;
		this.adoptions = adoptions;
		this.search = search;
		this.programme = programme;
		this.municipalities = municipalities;
		this.outbox = outbox;
		this.json = json;
		this.events = events;
		this.clock = clock;
		this.baseUrl = baseUrl;
	}

	/** Searches the published practices. */
	@Transactional(readOnly = true)
	public PracticeResults search(PracticeQuery query, Locale locale) {
		return this.search.search(query, locale);
	}

	/** How many practices are published. */
	@Transactional(readOnly = true)
	public long countPublished() {
		return this.practices.countByStatus(Practice.Status.PUBLISHED);
	}

	/** The published practices by title, in Hungarian order, for a choice of them. */
	@Transactional(readOnly = true)
	public List<PracticeTitle> publishedTitles() {
		Collator collator = HungarianFormats.collator();
		return this.practices.findByStatusOrderByPublishedAtDescIdDesc(Practice.Status.PUBLISHED)
			.stream()
			.map(PracticeManagement::title)
			.sorted(Comparator.comparing(PracticeTitle::title, collator))
			.toList();
	}

	/** The practice with this id while it is published. */
	@Transactional(readOnly = true)
	public Optional<PracticeTitle> published(long practiceId) {
		return this.practices.findById(practiceId).filter(Practice::isPublished).map(PracticeManagement::title);
	}

	private static PracticeTitle title(Practice practice) {
		return new PracticeTitle(practice.getId(), practice.getSlug(), practice.getTitle());
	}

	// Reading one practice

	/**
	 * The published practice at this address, or where it moved to when its title
	 * changed.
	 */
	@Transactional(readOnly = true)
	Lookup lookup(String slug) {
		Optional<Practice> practice = this.practices.findBySlug(slug);
		if (practice.isPresent()) {
			return practice.filter(Practice::isPublished).map((found) -> new Lookup(loaded(found), null)).orElse(null);
		}
		return this.oldSlugs.findById(slug)
			.flatMap((old) -> this.practices.findById(old.getPracticeId()))
			.filter(Practice::isPublished)
			.map((moved) -> new Lookup(null, moved.getSlug()))
			.orElse(null);
	}

	@Transactional(readOnly = true)
	List<PracticeResults.Hit> similar(long practiceId, int limit, Locale locale) {
		Practice practice = practiceOrFail(practiceId);
		return this.search.similar(practice, limit, locale);
	}

	@Transactional(readOnly = true)
	List<Attachment> attachments(long practiceId) {
		return this.attachments.findByPracticeIdOrderById(practiceId);
	}

	@Transactional(readOnly = true)
	List<Adoption> adoptions(long practiceId) {
		return this.adoptions.findByPracticeIdOrderByCreatedAt(practiceId);
	}

	/** An attachment's content, of a published practice unless an editor asks. */
	@Transactional(readOnly = true)
	Optional<Attachment> attachment(long practiceId, long attachmentId, boolean editor) {
		return this.attachments.findById(attachmentId)
			.filter((attachment) -> attachment.getPracticeId() == practiceId)
			.filter((attachment) -> editor
					|| this.practices.findById(practiceId).map(Practice::isPublished).orElse(false))
			.map((attachment) -> {
				attachment.getContent();
				return attachment;
			});
	}

	/** Every published practice for the open-data export, newest first. */
	@Transactional(readOnly = true)
	List<Practice> allPublished() {
		return this.practices.findByStatusOrderByPublishedAtDescIdDesc(Practice.Status.PUBLISHED)
			.stream()
			.map(PracticeManagement::loaded)
			.toList();
	}

	// The office's editing

	@Transactional(readOnly = true)
	List<Practice> allForEditors() {
		return this.practices.findAllByOrderByUpdatedAtDesc().stream().map(PracticeManagement::loaded).toList();
	}

	@Transactional(readOnly = true)
	Practice practiceForEditor(long id) {
		return loaded(practiceOrFail(id));
	}

	@Transactional(readOnly = true)
	List<Revision> revisions(long practiceId) {
		return this.revisions.findByPracticeIdOrderByRevisedAtDescIdDesc(practiceId);
	}

	/** The themes an editor can choose from: those of the programme years. */
	@Transactional(readOnly = true)
	Map<Integer, List<Theme>> themesByYear() {
		Map<Integer, List<Theme>> themes = new java.util.TreeMap<>(java.util.Comparator.reverseOrder());
		this.programme.currentCycle().ifPresent((current) -> {
			for (int year = current.getYear(); year >= current.getYear() - 20; year--) {
				this.programme.cycle(year).ifPresent((cycle) -> themes.put(cycle.getYear(), cycle.getThemes()));
			}
		});
		return themes;
	}

	Practice create(PracticeForm form, String editor) {
		Instant now = this.clock.instant();
		Practice practice = new Practice(freeSlug(form.title(), null), now);
		practice.describe(form, owners(form), themes(form), now);
		this.practices.saveAndFlush(practice);
		revise(practice, editor, Revision.Change.CREATED);
		return practice;
	}

	/**
	 * A winning or good-practice application becomes a draft for the office to finish and
	 * publish; the draft remembers the application. Returns the practice's id.
	 */
	public long draftFrom(PracticeDraft draft, String editor) {
		PracticeForm form = new PracticeForm(shortened(draft.title(), 200), shortened(draft.summary(), 1000),
				draft.problem(), draft.solution(), draft.implementation(), null, "", Stage.RUNNING, draft.partners(),
				draft.resources(), null, draft.results(), draft.innovation(), draft.sustainability(),
				draft.transferability(), "", draft.kshCode(), draft.cycleYear(), List.of(draft.themeId()),
				draft.awardLevel(), "", "", draft.contactEmail(), "", false, "", "", "");
		Practice practice = create(form, editor);
		practice.cameFrom(draft.submissionId());
		return practice.getId();
	}

	private static String shortened(String text, int max) {
		return (text.codePointCount(0, text.length()) <= max) ? text
				: text.substring(0, text.offsetByCodePoints(0, max - 1)) + "…";
	}

	void edit(long id, PracticeForm form, String editor) {
		Practice practice = practiceOrFail(id);
		List<OwnerMunicipality> owners = owners(form);
		List<PracticeTheme> themes = themes(form);
		if (!practice.getTitle().equals(form.title().strip())) {
			String slug = freeSlug(form.title(), practice.getId());
			if (!slug.equals(practice.getSlug())) {
				this.oldSlugs.findById(slug).ifPresent(this.oldSlugs::delete);
				this.oldSlugs.flush();
				this.oldSlugs.save(new OldSlug(practice.getSlug(), practice.getId()));
				practice.moveTo(slug);
			}
		}
		practice.describe(form, owners, themes, this.clock.instant());
		this.practices.flush();
		revise(practice, editor, Revision.Change.EDITED);
	}

	void publish(long id, String editor) {
		Practice practice = practiceOrFail(id);
		if (!practice.isPublished()) {
			practice.publish(this.clock.instant());
			revise(practice, editor, Revision.Change.PUBLISHED);
			this.events.publishEvent(new PracticePublished(practice.getId(), practice.getSlug(),
					practice.getMunicipalities().stream().map(OwnerMunicipality::getKshCode).toList()));
		}
	}

	void withdraw(long id, String editor) {
		Practice practice = practiceOrFail(id);
		if (practice.isPublished()) {
			practice.withdraw(this.clock.instant());
			revise(practice, editor, Revision.Change.WITHDRAWN);
		}
	}

	Attachment addAttachment(long id, Upload upload, String editor) {
		Practice practice = practiceOrFail(id);
		String type = upload.checkedType();
		Attachment attachment = this.attachments.save(new Attachment(practice.getId(), upload.safeFileName(), type,
				upload.bytes(), this.clock.instant(), editor));
		revise(practice, editor, Revision.Change.ATTACHMENT_ADDED);
		return attachment;
	}

	void removeAttachment(long id, long attachmentId, String editor) {
		Practice practice = practiceOrFail(id);
		Attachment attachment = this.attachments.findById(attachmentId)
			.filter((found) -> found.getPracticeId() == id)
			.orElseThrow(NotFound::new);
		this.attachments.delete(attachment);
		revise(practice, editor, Revision.Change.ATTACHMENT_REMOVED);
	}

	// Municipalities adapting a practice

	/**
	 * A municipality's account says it is adapting a published practice; the practice's
	 * contact gets a mail when there is one.
	 */
	void adapt(String slug, String kshCode, String accountEmail, String note, Locale locale) {
		Practice practice = this.practices.findBySlug(slug).filter(Practice::isPublished).orElseThrow(NotFound::new);
		MunicipalitySummary municipality = this.municipalities.find(kshCode)
			.orElseThrow(() -> new InvalidInput("note", "practice.adoption.noMunicipality"));
		if (practice.getMunicipalities().stream().anyMatch((owner) -> owner.getKshCode().equals(kshCode))) {
			throw new InvalidInput("note", "practice.adoption.own");
		}
		if (this.adoptions.existsByPracticeIdAndKshCode(practice.getId(), kshCode)) {
			throw new InvalidInput("note", "practice.adoption.already");
		}
		String text = (note != null) ? note.strip() : "";
		this.adoptions.save(
				new Adoption(practice.getId(), kshCode, municipality.name(), accountEmail, text, this.clock.instant()));
		if (!practice.getContactEmail().isBlank()) {
			this.outbox.queue(new OutgoingMail(practice.getContactEmail(), locale, "practice/adoption",
					Map.of("practice", practice.getTitle(), "municipality", municipality.name(), "note", text, "link",
							this.baseUrl + "/gyakorlatok/" + practice.getSlug())));
		}
	}

	// Yearly update requests

	/**
	 * Asks the owners of practices published a year ago or more, and not asked in the
	 * last year, for news of their results; each practice is claimed with
	 * {@code FOR UPDATE SKIP LOCKED}, so several instances never ask twice. Returns how
	 * many were asked.
	 */
	int requestDueUpdates(int limit) {
		Instant now = this.clock.instant();
		Instant due = now.minus(UPDATE_INTERVAL);
		List<Long> ids = this.practices.claimDueForUpdateRequest(due, limit);
		for (Long id : ids) {
			Practice practice = practiceOrFail(id);
			this.outbox.queue(new OutgoingMail(practice.getContactEmail(), HungarianFormats.HUNGARIAN,
					"practice/update-request", Map.of("practice", practice.getTitle(), "link",
							this.baseUrl + "/gyakorlatok/" + practice.getSlug(), "name", practice.getContactName())));
			practice.updateRequested(now);
		}
		return ids.size();
	}

	// Helpers

	private List<OwnerMunicipality> owners(PracticeForm form) {
		List<String> codes = form.kshCodes();
		if (codes.isEmpty()) {
			throw new InvalidInput("municipalities", "practice.municipalities.none");
		}
		if (codes.size() > 20) {
			throw new InvalidInput("municipalities", "practice.municipalities.tooMany", 20);
		}
		List<OwnerMunicipality> owners = new ArrayList<>();
		for (String code : codes) {
			if (!code.matches("\\d{5}")) {
				throw new InvalidInput("municipalities", "practice.municipalities.code", code);
			}
			MunicipalitySummary summary = this.municipalities.find(code)
				.orElseThrow(() -> new InvalidInput("municipalities", "practice.municipalities.unknown", code));
			owners.add(new OwnerMunicipality(summary));
		}
		return owners;
	}

	private List<PracticeTheme> themes(PracticeForm form) {
		Cycle cycle = this.programme.cycle(form.cycleYear())
			.orElseThrow(() -> new InvalidInput("cycleYear", "practice.cycle.unknown", form.cycleYear()));
		List<PracticeTheme> themes = new ArrayList<>();
		for (Long id : form.themeIdsOrNone()) {
			Theme theme = cycle.getThemes()
				.stream()
				.filter((candidate) -> candidate.getId().equals(id))
				.findFirst()
				.orElseThrow(() -> new InvalidInput("themeIds", "practice.themes.otherYear", form.cycleYear()));
			themes.add(new PracticeTheme(theme));
		}
		if (themes.isEmpty()) {
			throw new InvalidInput("themeIds", "practice.themes.none");
		}
		return themes;
	}

	/** A readable address from the title, unique among current and former addresses. */
	private String freeSlug(String title, Long owner) {
		String base = slug(title);
		String candidate = base;
		for (int n = 2; taken(candidate, owner); n++) {
			candidate = base + "-" + n;
		}
		return candidate;
	}

	private boolean taken(String slug, Long owner) {
		Optional<Practice> current = this.practices.findBySlug(slug);
		if (current.isPresent()) {
			return !current.get().getId().equals(owner);
		}
		return this.oldSlugs.findById(slug)
			.map((old) -> !Long.valueOf(old.getPracticeId()).equals(owner))
			.orElse(false);
	}

	static String slug(String title) {
		String folded = HungarianFormats.fold(title).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
		if (folded.length() > MAX_SLUG) {
			folded = folded.substring(0, MAX_SLUG);
			int cut = folded.lastIndexOf('-');
			folded = (cut > 20) ? folded.substring(0, cut) : folded.replaceAll("-+$", "");
		}
		return folded.isEmpty() ? "gyakorlat" : folded;
	}

	private void revise(Practice practice, String editor, Revision.Change change) {
		String snapshot = this.json.writeValueAsString(
				Map.of("status", practice.getStatus().name(), "slug", practice.getSlug(), "record", practice.toForm()));
		this.revisions.save(new Revision(practice.getId(), this.clock.instant(), editor, change, snapshot));
	}

	private Practice practiceOrFail(long id) {
		return this.practices.findById(id).orElseThrow(NotFound::new);
	}

	static Practice loaded(Practice practice) {
		practice.getMunicipalities().size();
		practice.getThemes().size();
		practice.getTags().size();
		return practice;
	}

	/** A practice found at an address, or the address it moved to. */
	record Lookup(Practice practice, String movedTo) {

	}

	/**
	 * An uploaded file: PDF, PNG or JPEG, recognised by its first bytes (not by what the
	 * browser claims), no larger than {@value #ATTACHMENT_MAX_BYTES} bytes, with a file
	 * name whose extension says the same as the content.
	 */
	record Upload(String fileName, byte[] bytes) {

		String checkedType() {
			if (this.bytes == null || this.bytes.length == 0) {
				throw new InvalidInput("file", "practice.attachment.empty");
			}
			if (this.bytes.length > ATTACHMENT_MAX_BYTES) {
				throw new InvalidInput("file", "practice.attachment.size", ATTACHMENT_MAX_BYTES / (1024 * 1024));
			}
			String type = detectedType();
			if (type == null) {
				throw new InvalidInput("file", "practice.attachment.type");
			}
			String extension = extension();
			boolean matches = switch (type) {
				case "application/pdf" -> extension.equals("pdf");
				case "image/png" -> extension.equals("png");
				default -> extension.equals("jpg") || extension.equals("jpeg");
			};
			if (!matches) {
				throw new InvalidInput("file", "practice.attachment.extension");
			}
			return type;
		}

		String detectedType() {
			byte[] b = this.bytes;
			if (b.length > 5 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F' && b[4] == '-') {
				return "application/pdf";
			}
			if (b.length > 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G' && b[4] == 0x0d
					&& b[5] == 0x0a && b[6] == 0x1a && b[7] == 0x0a) {
				return "image/png";
			}
			if (b.length > 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
				return "image/jpeg";
			}
			return null;
		}

		private String extension() {
			String name = (this.fileName != null) ? this.fileName : "";
			int dot = name.lastIndexOf('.');
			return (dot < 0) ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
		}

		String safeFileName() {
			String name = (this.fileName != null) ? this.fileName : "";
			name = name.replaceAll(".*[/\\\\]", "").replaceAll("[\\p{Cntrl}\"]", "").strip();
			if (name.length() > 200) {
				name = name.substring(name.length() - 200);
			}
			return name.isEmpty() ? "melleklet" : name;
		}

	}

}
