package hu.gyakorlattar.practice;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import hu.gyakorlattar.municipality.MunicipalityDirectory;
import hu.gyakorlattar.municipality.MunicipalitySummary;
import hu.gyakorlattar.programme.CycleView;
import hu.gyakorlattar.programme.ProgrammeManagement;
import hu.gyakorlattar.programme.ThemeView;
import hu.gyakorlattar.shared.HungarianFormats;
import hu.gyakorlattar.shared.InvalidInput;
import hu.gyakorlattar.shared.NotFound;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office writes, publishes and withdraws practices; every change is a revision, and a
 * retitled practice keeps its former address as a redirect.
 */
@Service
@Transactional
class EditingPractices {

	static final int MAX_SLUG = 80;

	private final PracticeRepository practices;

	private final OldSlugRepository oldSlugs;

	private final RevisionLog revisions;

	private final ProgrammeManagement programme;

	private final MunicipalityDirectory municipalities;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	EditingPractices(PracticeRepository practices, OldSlugRepository oldSlugs, RevisionLog revisions,
			ProgrammeManagement programme, MunicipalityDirectory municipalities, ApplicationEventPublisher events,
			Clock clock) {
		this.practices = practices;
		this.oldSlugs = oldSlugs;
		this.revisions = revisions;
		this.programme = programme;
		this.municipalities = municipalities;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	List<Practice> allForEditors() {
		return this.practices.findAllByOrderByUpdatedAtDesc().stream().map(PracticeManagement::loaded).toList();
	}

	@Transactional(readOnly = true)
	Practice practiceForEditor(long id) {
		return PracticeManagement.loaded(practiceOrFail(id));
	}

	@Transactional(readOnly = true)
	List<Revision> revisions(long practiceId) {
		return this.revisions.of(practiceId);
	}

	/** The themes an editor can choose from: those of the programme years. */
	@Transactional(readOnly = true)
	Map<Integer, List<ThemeView>> themesByYear() {
		Map<Integer, List<ThemeView>> themes = new TreeMap<>(Comparator.reverseOrder());
		this.programme.currentCycle().ifPresent((current) -> {
			for (int year = current.year(); year >= current.year() - 20; year--) {
				this.programme.cycle(year).ifPresent((cycle) -> themes.put(cycle.year(), cycle.themes()));
			}
		});
		return themes;
	}

	Practice create(PracticeForm form, String editor) {
		Instant now = this.clock.instant();
		Practice practice = new Practice(freeSlug(form.title(), null), now);
		practice.describe(form, owners(form), themes(form), now);
		this.practices.saveAndFlush(practice);
		this.revisions.record(practice, editor, Revision.Change.CREATED);
		return practice;
	}

	/**
	 * A winning or good-practice application becomes a draft for the office to finish and
	 * publish; the draft remembers the application. Returns the practice's id.
	 */
	long draftFrom(PracticeDraft draft, String editor) {
		PracticeForm form = new PracticeForm(shortened(draft.title(), 200), shortened(draft.summary(), 1000),
				draft.problem(), draft.solution(), draft.implementation(), null, "", Stage.RUNNING, draft.partners(),
				draft.resources(), null, draft.results(), draft.innovation(), draft.sustainability(),
				draft.transferability(), "", String.join(", ", draft.kshCodes()), draft.cycleYear(),
				List.of(draft.themeId()), draft.awardLevel(), "", "", draft.contactEmail(), "", false, "", "", "",
				PracticeEnglishForm.NONE);
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
		this.revisions.record(practice, editor, Revision.Change.EDITED);
	}

	void publish(long id, String editor) {
		Practice practice = practiceOrFail(id);
		if (practice.publish(this.clock.instant())) {
			this.revisions.record(practice, editor, Revision.Change.PUBLISHED);
			this.events.publishEvent(new PracticePublished(practice.getId(), practice.getSlug(),
					practice.getMunicipalities().stream().map(OwnerMunicipality::getKshCode).toList()));
		}
	}

	void withdraw(long id, String editor) {
		Practice practice = practiceOrFail(id);
		if (practice.withdraw(this.clock.instant())) {
			this.revisions.record(practice, editor, Revision.Change.WITHDRAWN);
		}
	}

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
		CycleView cycle = this.programme.cycle(form.cycleYear())
			.orElseThrow(() -> new InvalidInput("cycleYear", "practice.cycle.unknown", form.cycleYear()));
		List<PracticeTheme> themes = new ArrayList<>();
		for (Long id : form.themeIdsOrNone()) {
			ThemeView theme = cycle.themes()
				.stream()
				.filter((candidate) -> candidate.id().equals(id))
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

	private Practice practiceOrFail(long id) {
		return this.practices.findById(id).orElseThrow(NotFound::new);
	}

}
