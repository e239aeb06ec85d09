package hu.gyakorlattar.call;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import hu.gyakorlattar.programme.CycleView;
import hu.gyakorlattar.programme.ProgrammeManagement;
import hu.gyakorlattar.programme.ThemeView;
import hu.gyakorlattar.shared.Bilingual;
import hu.gyakorlattar.shared.HungarianFormats;
import hu.gyakorlattar.shared.InvalidInput;
import hu.gyakorlattar.shared.NotFound;
import hu.gyakorlattar.shared.PdfDocuments;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The programme office writes and publishes calls; everyone reads the published ones, and
 * other modules ask a call for its form, its criteria and whether it is open.
 */
@Service
@Transactional
public class CallManagement {

	private final CallRepository calls;

	private final ProgrammeManagement programme;

	private final PdfDocuments pdfs;

	private final Clock clock;

	CallManagement(CallRepository calls, ProgrammeManagement programme, PdfDocuments pdfs, Clock clock) {
		this.calls = calls;
		this.programme = programme;
		this.pdfs = pdfs;
		this.clock = clock;
	}

	/** Any call, published or not. */
	@Transactional(readOnly = true)
	public Optional<CallView> find(long id) {
		return this.calls.findById(id).map((call) -> view(call, themes()));
	}

	/** A call the public may see. */
	@Transactional(readOnly = true)
	public Optional<CallView> findPublished(long id) {
		return find(id).filter(CallView::published);
	}

	/** The published calls of a cycle, in the cycle's order of themes. */
	@Transactional(readOnly = true)
	public List<CallView> published(int year) {
		Map<Long, ThemeView> themes = themes();
		return this.calls.findByCycleYearOrderById(year)
			.stream()
			.filter(Call::isPublished)
			.map((call) -> view(call, themes))
			.sorted(byThemePosition(themes))
			.toList();
	}

	/** The calls that accept applications at this moment. */
	@Transactional(readOnly = true)
	public List<CallView> openAt(Instant now) {
		Map<Long, ThemeView> themes = themes();
		return this.calls.findByPublishedAtNotNullOrderByCycleYearDescIdAsc()
			.stream()
			.map((call) -> view(call, themes))
			.filter((call) -> call.open(now))
			.toList();
	}

	@Transactional(readOnly = true)
	List<CallView> all() {
		Map<Long, ThemeView> themes = themes();
		return this.calls.findAllByOrderByCycleYearDescIdAsc().stream().map((call) -> view(call, themes)).toList();
	}

	/** The cycles that have a published call, newest first. */
	@Transactional(readOnly = true)
	List<Integer> yearsWithPublishedCalls() {
		return this.calls.findByPublishedAtNotNullOrderByCycleYearDescIdAsc()
			.stream()
			.map(Call::getCycleYear)
			.distinct()
			.toList();
	}

	CallView create(CallForm form) {
		CycleView cycle = cycleOfTheme(form.getThemeId());
		if (this.calls.existsByCycleYearAndThemeId(cycle.year(), form.getThemeId())) {
			throw new InvalidInput("themeId", "call.theme.taken");
		}
		Call call = new Call(cycle.year(), form.getThemeId(), this.clock.instant());
		apply(call, form);
		return view(this.calls.saveAndFlush(call), themes());
	}

	/**
	 * Changes a call. Once published, only its texts and dates change: the form and the
	 * criteria stay as applicants read them.
	 */
	void describe(long id, CallForm form) {
		Call call = this.calls.findById(id).orElseThrow(NotFound::new);
		apply(call, form);
	}

	void publish(long id) {
		this.calls.findById(id).orElseThrow(NotFound::new).publish(this.clock.instant());
	}

	@Transactional(readOnly = true)
	CallForm form(long id) {
		Call call = this.calls.findById(id).orElseThrow(NotFound::new);
		CallView view = view(call, themes());
		ZonedDateTime opens = view.opensAt().atZone(HungarianFormats.BUDAPEST);
		ZonedDateTime deadline = view.deadline().atZone(HungarianFormats.BUDAPEST);
		List<CallForm.SectionSetting> sections = new ArrayList<>();
		for (SectionKind kind : SectionKind.values()) {
			sections.add(view.section(kind)
				.map((section) -> new CallForm.SectionSetting(kind, true, section.required(), section.maxLength()))
				.orElse(new CallForm.SectionSetting(kind, false, kind.requiredByDefault(), kind.defaultMaxLength())));
		}
		Map<CriterionKind, Integer> weights = new HashMap<>();
		call.getCriteria().forEach((criterion) -> weights.put(criterion.getKind(), criterion.getWeight()));
		List<CallForm.CriterionSetting> criteria = new ArrayList<>();
		for (CriterionKind kind : CriterionKind.values()) {
			criteria.add(new CallForm.CriterionSetting(kind, weights.getOrDefault(kind, 0)));
		}
		return new CallForm(view.themeId(), view.textHu(), view.textEn(), view.eligibilityHu(), view.eligibilityEn(),
				opens.toLocalDate(), opens.toLocalTime(), deadline.toLocalDate(), deadline.toLocalTime(),
				view.scaleMin(), view.scaleMax(), sections, criteria);
	}

	/** The call as a PDF to download, in the reader's language. */
	@Transactional(readOnly = true)
	byte[] pdf(CallView call, Locale locale) {
		return this.pdfs.render("call/call", Map.of("call", call), locale);
	}

	private void apply(Call call, CallForm form) {
		Instant opensAt = ZonedDateTime.of(form.getOpensOn(), form.getOpensAt(), HungarianFormats.BUDAPEST).toInstant();
		Instant deadline = ZonedDateTime.of(form.getDeadlineOn(), form.getDeadlineAt(), HungarianFormats.BUDAPEST)
			.toInstant();
		if (!deadline.isAfter(opensAt)) {
			throw new InvalidInput("deadlineOn", "call.deadline.beforeOpening");
		}
		call.describe(form.getTextHu().strip(), orEmpty(form.getTextEn()), form.getEligibilityHu().strip(),
				orEmpty(form.getEligibilityEn()), opensAt, deadline);
		if (call.isPublished()) {
			return;
		}
		if (form.getScaleMax() <= form.getScaleMin()) {
			throw new InvalidInput("scaleMax", "call.scale.invalid");
		}
		List<SectionView> sections = new ArrayList<>();
		Set<SectionKind> seen = EnumSet.noneOf(SectionKind.class);
		form.getSections()
			.stream()
			.filter((section) -> section.isIncluded() && section.getKind() != null && seen.add(section.getKind()))
			.sorted(Comparator.comparing(CallForm.SectionSetting::getKind))
			.forEach((section) -> sections
				.add(new SectionView(section.getKind(), section.isRequired(), section.getMaxLength())));
		if (sections.isEmpty()) {
			throw new InvalidInput(null, "call.sections.none");
		}
		List<CriterionView> criteria = new ArrayList<>();
		Set<CriterionKind> weighed = EnumSet.noneOf(CriterionKind.class);
		form.getCriteria()
			.stream()
			.filter((criterion) -> criterion.getKind() != null && weighed.add(criterion.getKind()))
			.sorted(Comparator.comparing(CallForm.CriterionSetting::getKind))
			.forEach((criterion) -> criteria.add(new CriterionView(criterion.getKind(), criterion.getWeight())));
		if (criteria.stream().noneMatch((criterion) -> criterion.weight() > 0)) {
			throw new InvalidInput(null, "call.criteria.none");
		}
		call.judgeBy(sections, criteria, form.getScaleMin(), form.getScaleMax());
	}

	private CycleView cycleOfTheme(Long themeId) {
		return this.programme.allCycles()
			.stream()
			.filter((cycle) -> cycle.themes().stream().anyMatch((theme) -> theme.id().equals(themeId)))
			.findFirst()
			.orElseThrow(() -> new InvalidInput("themeId", "call.theme.unknown"));
	}

	private Map<Long, ThemeView> themes() {
		Map<Long, ThemeView> themes = new HashMap<>();
		this.programme.allCycles().forEach((cycle) -> cycle.themes().forEach((theme) -> themes.put(theme.id(), theme)));
		return themes;
	}

	private static Comparator<CallView> byThemePosition(Map<Long, ThemeView> themes) {
		return Comparator.comparingInt((CallView call) -> {
			ThemeView theme = themes.get(call.themeId());
			return (theme != null) ? theme.position() : Integer.MAX_VALUE;
		});
	}

	private static CallView view(Call call, Map<Long, ThemeView> themes) {
		ThemeView theme = themes.get(call.getThemeId());
		// The English name only where the office wrote one: an empty one makes an English
		// page mark the Hungarian fallback.
		Bilingual name = (theme != null) ? theme.name() : new Bilingual("", "");
		return call.toView(name.hu(), name.en());
	}

	private static String orEmpty(String text) {
		return (text != null) ? text.strip() : "";
	}

}
