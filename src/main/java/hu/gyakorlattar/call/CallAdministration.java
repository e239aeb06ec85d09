package hu.gyakorlattar.call;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import hu.gyakorlattar.programme.ProgrammeManagement;
import hu.gyakorlattar.shared.HungarianFormats;
import hu.gyakorlattar.shared.InvalidInput;
import hu.gyakorlattar.shared.NotFound;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The programme office writes a call per theme (text, eligibility, dates, the form's
 * sections, the criteria) and publishes it.
 */
@Controller
@RequestMapping("/admin/felhivasok")
@PreAuthorize("hasRole('ADMIN')")
class CallAdministration {

	private final CallManagement calls;

	private final ProgrammeManagement programme;

	private final Clock clock;

	CallAdministration(CallManagement calls, ProgrammeManagement programme, Clock clock) {
		this.calls = calls;
		this.programme = programme;
		this.clock = clock;
	}

	@GetMapping
	String calls(Model model, Locale locale) {
		List<ThemeOption> free = freeThemes(locale);
		model.addAttribute("calls", this.calls.all());
		model.addAttribute("themes", free);
		if (!model.containsAttribute("callForm")) {
			model.addAttribute("callForm", CallForm.proposal(free.isEmpty() ? null : free.get(0).id(),
					LocalDate.ofInstant(this.clock.instant(), HungarianFormats.BUDAPEST)));
		}
		model.addAttribute("errorSummary", errorSummary((CallForm) model.getAttribute("callForm")));
		model.addAttribute("now", this.clock.instant());
		return "call/admin/calls";
	}

	@PostMapping
	String create(@Valid @ModelAttribute("callForm") CallForm form, BindingResult result, Model model, Locale locale,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				CallView call = this.calls.create(form);
				redirect.addFlashAttribute("flashKey", "call.created");
				return "redirect:/admin/felhivasok/" + call.id();
			}
			catch (InvalidInput ex) {
				ex.reportTo(result);
			}
		}
		return calls(model, locale);
	}

	@GetMapping("/{callId}")
	String call(@PathVariable long callId, Model model) {
		model.addAttribute("call", this.calls.find(callId).orElseThrow(NotFound::new));
		if (!model.containsAttribute("callForm")) {
			model.addAttribute("callForm", this.calls.form(callId));
		}
		model.addAttribute("errorSummary", errorSummary((CallForm) model.getAttribute("callForm")));
		model.addAttribute("now", this.clock.instant());
		return "call/admin/call";
	}

	@PostMapping("/{callId}")
	String describe(@PathVariable long callId, @Valid @ModelAttribute("callForm") CallForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.calls.describe(callId, form);
				redirect.addFlashAttribute("flashKey", "admin.saved");
				return "redirect:/admin/felhivasok/" + callId;
			}
			catch (InvalidInput ex) {
				ex.reportTo(result);
			}
		}
		return call(callId, model);
	}

	@PostMapping("/{callId}/kozzetetel")
	String publish(@PathVariable long callId, RedirectAttributes redirect) {
		this.calls.publish(callId);
		redirect.addFlashAttribute("flashKey", "call.published");
		return "redirect:/admin/felhivasok/" + callId;
	}

	/** The PDF as it will be published, for checking before publication. */
	@GetMapping("/{callId}/felhivas.pdf")
	ResponseEntity<byte[]> preview(@PathVariable long callId, Locale locale) {
		CallView call = this.calls.find(callId).orElseThrow(NotFound::new);
		return CallPages.pdf(call, this.calls.pdf(call, locale));
	}

	/**
	 * The form's fields in the page's order as its error summary links them (shared/forms
	 * :: errorSummaryOf), each row of the sections' and the criteria's tables named with
	 * its section or criterion.
	 */
	private static List<String> errorSummary(CallForm form) {
		List<String> entries = new ArrayList<>(List.of("themeId=call.theme", "textHu=call.form.text",
				"textEn=form.inEnglish(#{call.form.text})", "eligibilityHu=call.form.eligibility",
				"eligibilityEn=form.inEnglish(#{call.form.eligibility})", "opensOn=call.form.opensOn",
				"opensAt=call.form.opensAt", "deadlineOn=call.form.deadlineOn", "deadlineAt=call.form.deadlineAt"));
		List<CallForm.SectionSetting> sections = form.getSections();
		for (int i = 0; i < sections.size(); i++) {
			entries.add("sections[" + i + "].maxLength@sections" + i
					+ ".maxLength=call.form.maxLength.of(#{call.section." + sections.get(i).getKind() + "})");
		}
		entries.addAll(List.of("scaleMin=call.form.scaleMin", "scaleMax=call.form.scaleMax"));
		List<CallForm.CriterionSetting> criteria = form.getCriteria();
		for (int i = 0; i < criteria.size(); i++) {
			entries.add("criteria[" + i + "].weight@criteria" + i + ".weight=call.form.weight.of(#{call.criterion."
					+ criteria.get(i).getKind() + "})");
		}
		return entries;
	}

	/** The themes of every cycle that have no call yet, newest cycle first. */
	private List<ThemeOption> freeThemes(Locale locale) {
		Set<Long> taken = this.calls.all().stream().map(CallView::themeId).collect(Collectors.toSet());
		List<ThemeOption> options = new ArrayList<>();
		this.programme.allCycles()
			.forEach((cycle) -> cycle.themes()
				.stream()
				.filter((theme) -> !taken.contains(theme.id()))
				.forEach((theme) -> options
					.add(new ThemeOption(theme.id(), cycle.year() + " – " + theme.name(locale)))));
		return options;
	}

	record ThemeOption(long id, String label) {

	}

}
