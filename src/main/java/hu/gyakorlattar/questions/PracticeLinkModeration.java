package hu.gyakorlattar.questions;

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
import org.jspecify.annotations.Nullable;

/**
 * The moderator attaches answered questions to knowledge-base practices, one answer or a
 * whole agenda item at a time, and detaches them; a refused choice is told next to its
 * field.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
@RequestMapping("/admin/esemenyek/{id}/kerdesek/gyakorlatok")
class PracticeLinkModeration {

	private final PracticeLinks links;

	PracticeLinkModeration(PracticeLinks links) {
		this.links = links;
	}

	/** An answered question to link. */
	record AnswerLinkForm(@Nullable Long questionId, Long practiceId) {

	}

	/** An agenda item whose answers to link. */
	record ItemLinkForm(Long agendaItemId, Long practiceId) {

	}

	@GetMapping
	String page(@PathVariable long id, Model model) {
		return page(id, new AnswerLinkForm(null, null), new ItemLinkForm(null, null), model);
	}

	@PostMapping("/valasz")
	String linkAnswer(@PathVariable long id, @ModelAttribute AnswerLinkForm answerLinkForm, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.links.linkAnswer(id, answerLinkForm.questionId(), answerLinkForm.practiceId());
				return linked(id, redirect);
			}
			catch (InvalidInput ex) {
				ex.reportTo(result);
			}
		}
		return page(id, answerLinkForm, new ItemLinkForm(null, null), model);
	}

	@PostMapping("/programpont")
	String linkAgendaItem(@PathVariable long id, @ModelAttribute ItemLinkForm itemLinkForm, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.links.linkAgendaItem(id, itemLinkForm.agendaItemId(), itemLinkForm.practiceId());
				return linked(id, redirect);
			}
			catch (InvalidInput ex) {
				ex.reportTo(result);
			}
		}
		return page(id, new AnswerLinkForm(null, null), itemLinkForm, model);
	}

	@PostMapping("/{linkId}/torles")
	String unlink(@PathVariable long id, @PathVariable long linkId, RedirectAttributes redirect) {
		this.links.unlink(id, linkId);
		redirect.addFlashAttribute("flashKey", "questions.practice.unlinked");
		return "redirect:/admin/esemenyek/" + id + "/kerdesek/gyakorlatok";
	}

	private String linked(long id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("flashKey", "questions.practice.linked");
		return "redirect:/admin/esemenyek/" + id + "/kerdesek/gyakorlatok";
	}

	private String page(long id, AnswerLinkForm answerLinkForm, ItemLinkForm itemLinkForm, Model model) {
		model.addAttribute("overview", this.links.overview(id));
		if (!model.containsAttribute("answerLinkForm")) {
			model.addAttribute("answerLinkForm", answerLinkForm);
		}
		if (!model.containsAttribute("itemLinkForm")) {
			model.addAttribute("itemLinkForm", itemLinkForm);
		}
		return "questions/practice-links";
	}

}
