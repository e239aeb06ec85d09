package hu.gyakorlattar.programme;

import java.io.IOException;

import jakarta.validation.Valid;

import hu.gyakorlattar.shared.InvalidInput;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The programme office sets up a year: the cycle, its themes and its steering committee.
 */
@Controller
@RequestMapping("/admin/ciklusok")
@PreAuthorize("hasRole('ADMIN')")
class CycleAdministration {

	private final ProgrammeManagement programme;

	CycleAdministration(ProgrammeManagement programme) {
		this.programme = programme;
	}

	@GetMapping
	String cycles(Model model) {
		model.addAttribute("cycles", this.programme.cycles());
		if (!model.containsAttribute("cycleForm")) {
			model.addAttribute("cycleForm", CycleForm.empty());
		}
		return "programme/admin/cycles";
	}

	@PostMapping
	String createCycle(@Valid @ModelAttribute("cycleForm") CycleForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				Cycle cycle = this.programme.createCycle(form);
				redirect.addFlashAttribute("flashKey", "programme.cycle.created");
				return "redirect:/admin/ciklusok/" + cycle.getYear();
			}
			catch (InvalidInput ex) {
				ex.reportTo(result);
			}
		}
		model.addAttribute("cycles", this.programme.cycles());
		return "programme/admin/cycles";
	}

	@GetMapping("/{year}")
	String cycle(@PathVariable int year, Model model) {
		Cycle cycle = this.programme.cycleOrFail(year);
		model.addAttribute("cycle", cycle);
		model.addAttribute("kinds", CommitteeMember.Kind.values());
		if (!model.containsAttribute("cycleForm")) {
			model.addAttribute("cycleForm", cycle.toForm());
		}
		if (!model.containsAttribute("themeForm")) {
			model.addAttribute("themeForm", ThemeForm.empty());
		}
		if (!model.containsAttribute("memberForm")) {
			model.addAttribute("memberForm", CommitteeMemberForm.empty());
		}
		return "programme/admin/cycle";
	}

	@PostMapping("/{year}")
	String describeCycle(@PathVariable int year, @Valid @ModelAttribute("cycleForm") CycleForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return cycle(year, model);
		}
		this.programme.describeCycle(year, form);
		redirect.addFlashAttribute("flashKey", "admin.saved");
		return "redirect:/admin/ciklusok/" + year;
	}

	@PostMapping("/{year}/temak")
	String addTheme(@PathVariable int year, @Valid @ModelAttribute("themeForm") ThemeForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.programme.addTheme(year, form);
				redirect.addFlashAttribute("flashKey", "programme.theme.added");
				return "redirect:/admin/ciklusok/" + year + "#temak";
			}
			catch (InvalidInput ex) {
				ex.reportTo(result);
			}
		}
		return cycle(year, model);
	}

	@GetMapping("/{year}/temak/{themeId}")
	String theme(@PathVariable int year, @PathVariable long themeId, Model model) {
		Cycle cycle = this.programme.cycleOrFail(year);
		Theme theme = this.programme.theme(cycle, themeId);
		model.addAttribute("cycle", cycle);
		model.addAttribute("theme", theme);
		if (!model.containsAttribute("themeForm")) {
			model.addAttribute("themeForm", theme.toForm());
		}
		return "programme/admin/theme";
	}

	@PostMapping("/{year}/temak/{themeId}")
	String describeTheme(@PathVariable int year, @PathVariable long themeId,
			@Valid @ModelAttribute("themeForm") ThemeForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.programme.describeTheme(year, themeId, form);
				redirect.addFlashAttribute("flashKey", "admin.saved");
				return "redirect:/admin/ciklusok/" + year + "#temak";
			}
			catch (InvalidInput ex) {
				ex.reportTo(result);
			}
		}
		return theme(year, themeId, model);
	}

	@PostMapping("/{year}/temak/{themeId}/fel")
	String moveThemeUp(@PathVariable int year, @PathVariable long themeId) {
		this.programme.moveThemeUp(year, themeId);
		return "redirect:/admin/ciklusok/" + year + "#temak";
	}

	@PostMapping("/{year}/temak/{themeId}/torles")
	String removeTheme(@PathVariable int year, @PathVariable long themeId, RedirectAttributes redirect) {
		this.programme.removeTheme(year, themeId);
		redirect.addFlashAttribute("flashKey", "programme.theme.removed");
		return "redirect:/admin/ciklusok/" + year + "#temak";
	}

	@PostMapping("/{year}/bizottsag")
	String addMember(@PathVariable int year, @Valid @ModelAttribute("memberForm") CommitteeMemberForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.programme.addMember(year, form, logo(form.logo()));
				redirect.addFlashAttribute("flashKey", "programme.member.added");
				return "redirect:/admin/ciklusok/" + year + "#bizottsag";
			}
			catch (InvalidInput ex) {
				ex.reportTo(result);
			}
		}
		return cycle(year, model);
	}

	@GetMapping("/{year}/bizottsag/{memberId}")
	String member(@PathVariable int year, @PathVariable long memberId, Model model) {
		Cycle cycle = this.programme.cycleOrFail(year);
		CommitteeMember member = this.programme.member(cycle, memberId);
		model.addAttribute("cycle", cycle);
		model.addAttribute("member", member);
		model.addAttribute("kinds", CommitteeMember.Kind.values());
		if (!model.containsAttribute("memberForm")) {
			model.addAttribute("memberForm", member.toForm());
		}
		return "programme/admin/member";
	}

	@PostMapping("/{year}/bizottsag/{memberId}")
	String describeMember(@PathVariable int year, @PathVariable long memberId,
			@Valid @ModelAttribute("memberForm") CommitteeMemberForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.programme.describeMember(year, memberId, form, logo(form.logo()));
				redirect.addFlashAttribute("flashKey", "admin.saved");
				return "redirect:/admin/ciklusok/" + year + "#bizottsag";
			}
			catch (InvalidInput ex) {
				ex.reportTo(result);
			}
		}
		return member(year, memberId, model);
	}

	@PostMapping("/{year}/bizottsag/{memberId}/torles")
	String removeMember(@PathVariable int year, @PathVariable long memberId, RedirectAttributes redirect) {
		this.programme.removeMember(year, memberId);
		redirect.addFlashAttribute("flashKey", "programme.member.removed");
		return "redirect:/admin/ciklusok/" + year + "#bizottsag";
	}

	private static ProgrammeManagement.Logo logo(MultipartFile file) {
		if (file == null || file.isEmpty()) {
			return null;
		}
		try {
			return new ProgrammeManagement.Logo(file.getBytes(), file.getContentType());
		}
		catch (IOException ex) {
			throw new InvalidInput("logo", "programme.member.logo.type");
		}
	}

}
