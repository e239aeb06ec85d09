package hu.gyakorlattar.practice;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The office's page for the search's thesaurus: the relations, a form to add one, and
 * removal.
 */
@Controller
@RequestMapping("/admin/gyakorlatok/tezaurusz")
@PreAuthorize("hasRole('ADMIN')")
class ThesaurusAdministration {

	private final EditingThesaurus thesaurus;

	ThesaurusAdministration(EditingThesaurus thesaurus) {
		this.thesaurus = thesaurus;
	}

	@GetMapping
	String show(Model model) {
		if (!model.containsAttribute("thesaurusForm")) {
			model.addAttribute("thesaurusForm", ThesaurusForm.empty());
		}
		return page(model);
	}

	@PostMapping
	String add(@ModelAttribute("thesaurusForm") ThesaurusForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.thesaurus.add(form);
				redirect.addFlashAttribute("flashKey", "practice.thesaurus.added");
				return "redirect:/admin/gyakorlatok/tezaurusz";
			}
			catch (InvalidInput ex) {
				ex.reportTo(result);
			}
		}
		return page(model);
	}

	@PostMapping("/{id}/torles")
	String remove(@PathVariable long id, RedirectAttributes redirect) {
		this.thesaurus.remove(id);
		redirect.addFlashAttribute("flashKey", "practice.thesaurus.removed");
		return "redirect:/admin/gyakorlatok/tezaurusz";
	}

	private String page(Model model) {
		model.addAttribute("entries", this.thesaurus.all());
		model.addAttribute("relations", ThesaurusEntry.Relation.values());
		return "practice/admin/thesaurus";
	}

}
