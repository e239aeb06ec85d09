package hu.gyakorlattar.practice;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import hu.gyakorlattar.shared.HungarianFormats;
import hu.gyakorlattar.shared.NotFound;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The knowledge base's facade for readers and other modules: anyone searches and reads
 * published practices; the evaluation turns a winning application into a draft. The
 * office's work lives in its own use cases ({@link EditingPractices},
 * {@link AttachingFiles}), as do the yearly update requests ({@link RequestingUpdates}).
 */
@Service
@Transactional
public class PracticeManagement {

	private final PracticeRepository practices;

	private final OldSlugRepository oldSlugs;

	private final AttachmentRepository attachments;

	private final PracticeSearch search;

	private final EditingPractices editing;

	private final AttachingFiles files;

	PracticeManagement(PracticeRepository practices, OldSlugRepository oldSlugs, AttachmentRepository attachments,
			PracticeSearch search, EditingPractices editing, AttachingFiles files) {
		this.files = files;
		this.practices = practices;
		this.oldSlugs = oldSlugs;
		this.attachments = attachments;
		this.search = search;
		this.editing = editing;
	}

	/**
	 * A winning or good-practice application becomes a draft for the office to finish and
	 * publish; the draft remembers the application and takes its files that the knowledge
	 * base accepts (PDF, PNG, JPEG). Returns the practice's id.
	 */
	public long draftFrom(PracticeDraft draft, String editor) {
		long id = this.editing.draftFrom(draft, editor);
		draft.files().forEach((file) -> this.files.carryOver(id, new Upload(file.fileName(), file.content()), editor));
		return id;
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

	/** The practice published at this address (not an old one). */
	@Transactional(readOnly = true)
	public Optional<PublishedPractice> publishedPractice(String slug) {
		return this.practices.findBySlug(slug).filter(Practice::isPublished).map(PracticeManagement::view);
	}

	/** The practice with this id while it is published. */
	@Transactional(readOnly = true)
	public Optional<PublishedPractice> publishedPractice(long practiceId) {
		return this.practices.findById(practiceId).filter(Practice::isPublished).map(PracticeManagement::view);
	}

	/**
	 * The contact person of the published practice who agreed to be shown, and so to be
	 * written to through the site, when they have an address.
	 */
	@Transactional(readOnly = true)
	public Optional<PracticeContact> consentedContact(long practiceId) {
		return this.practices.findById(practiceId)
			.filter(Practice::isPublished)
			.map(Practice::getContact)
			.filter((contact) -> contact.shown() && !contact.email().isBlank());
	}

	/** Every published practice, newest first, read in one query. */
	@Transactional(readOnly = true)
	public List<PublishedPractice> publishedPractices() {
		return this.practices.findWithOwnersAndThemesByStatus(Practice.Status.PUBLISHED)
			.stream()
			.map(PracticeManagement::view)
			.toList();
	}

	/** Whether the knowledge base has a published practice of the programme year. */
	@Transactional(readOnly = true)
	public boolean hasPublishedPractices(int cycleYear) {
		return this.practices.existsByStatusAndCycleYear(Practice.Status.PUBLISHED, cycleYear);
	}

	/** The published practices of a programme year, read in one query. */
	@Transactional(readOnly = true)
	public List<PublishedPractice> publishedPractices(int cycleYear) {
		return this.practices.findByStatusAndCycleYearOrderById(Practice.Status.PUBLISHED, cycleYear)
			.stream()
			.map(PracticeManagement::view)
			.toList();
	}

	static PublishedPractice view(Practice practice) {
		return new PublishedPractice(practice.getId(), practice.getSlug(), practice.getTitle(), practice.getTitleEn(),
				practice.getCycleYear(),
				practice.getMunicipalities().stream().map(OwnerMunicipality::getKshCode).toList(),
				practice.getMunicipalities().stream().map(OwnerMunicipality::getName).toList(),
				practice.getThemes().stream().map(PracticeTheme::getThemeId).sorted().toList(),
				practice.getContact().email());
	}

	private static PracticeTitle title(Practice practice) {
		return new PracticeTitle(practice.getId(), practice.getSlug(), practice.getTitle(), practice.getTitleEn());
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

}
