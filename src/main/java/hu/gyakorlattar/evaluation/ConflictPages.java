package hu.gyakorlattar.evaluation;

import java.security.Principal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import hu.gyakorlattar.account.Role;
import hu.gyakorlattar.municipality.MunicipalityDirectory;
import hu.gyakorlattar.shared.InvalidInput;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An evaluator's or committee member's own conflicts of interest: those declared so far,
 * and a new one with an application or a municipality.
 */
@Controller
@RequestMapping("/osszeferhetetlenseg")
@PreAuthorize("hasAnyRole('EVALUATOR', 'COMMITTEE')")
class ConflictPages {

	private final DeclaringConflicts declaring;

	private final MunicipalityDirectory directory;

	ConflictPages(DeclaringConflicts declaring, MunicipalityDirectory directory) {
		this.declaring = declaring;
		this.directory = directory;
	}

	@GetMapping
	String conflicts(Principal person, HttpServletRequest request, Model model) {
		model.addAttribute("declarations", this.declaring.declarations(person.getName()));
		model.addAttribute("applications", this.declaring.applications(person.getName(), committee(request)));
		if (!model.containsAttribute("conflictForm")) {
			model.addAttribute("conflictForm", ConflictDeclarationForm.empty());
		}
		return "evaluation/conflicts";
	}

	@PostMapping
	String declare(@Valid @ModelAttribute("conflictForm") ConflictDeclarationForm form, BindingResult result,
			Principal person, HttpServletRequest request, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			// Every problem at once: the choice as well as the reason
			form.subjectProblem()
				.filter((problem) -> !result.hasFieldErrors(problem.field()))
				.ifPresent((problem) -> problem.reportTo(result));
		}
		else {
			try {
				this.declaring.declare(person.getName(), committee(request), form);
				redirect.addFlashAttribute("flashKey", "evaluation.conflict.recorded");
				return "redirect:/osszeferhetetlenseg";
			}
			catch (InvalidInput ex) {
				ex.reportTo(result);
				if ("municipality".equals(ex.field())) {
					model.addAttribute("suggestions", this.directory.suggestions(form.municipality()));
				}
			}
		}
		return conflicts(person, request, model);
	}

	private static boolean committee(HttpServletRequest request) {
		return request.isUserInRole(Role.COMMITTEE.name());
	}

}
