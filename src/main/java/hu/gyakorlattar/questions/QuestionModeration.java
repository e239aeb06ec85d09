package hu.gyakorlattar.questions;

import jakarta.validation.Valid;

import hu.gyakorlattar.shared.InvalidInput;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The moderator's queue of a conference: approve, edit, merge, pin, answer, hide, the
 * per-conference settings, and the projector view. Every page follows the changes live
 * (also those made by another moderator on another instance).
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
@RequestMapping("/admin/esemenyek/{id}/kerdesek")
class QuestionModeration {

	private final Moderating moderating;

	private final Projecting projecting;

	private final ConferenceQuestions conferences;

	private final LiveQuestions live;

	QuestionModeration(Moderating moderating, Projecting projecting, ConferenceQuestions conferences,
			LiveQuestions live) {
		this.moderating = moderating;
		this.projecting = projecting;
		this.conferences = conferences;
		this.live = live;
	}

	@GetMapping
	String queue(@PathVariable long id, Model model) {
		model.addAttribute("queue", this.moderating.queue(id));
		return "questions/moderation";
	}

	@GetMapping("/lista")
	String list(@PathVariable long id, Model model) {
		model.addAttribute("queue", this.moderating.queue(id));
		return "questions/moderation :: lists";
	}

	@GetMapping("/frissites")
	ResponseEntity<SseEmitter> stream(@PathVariable long id) {
		return stream(this.live, this.conferences.conference(id).id());
	}

	static ResponseEntity<SseEmitter> stream(LiveQuestions live, long conferenceId) {
		SseEmitter emitter = live.followAsModerator(conferenceId);
		if (emitter == null) {
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "30").build();
		}
		return ResponseEntity.ok().header("X-Accel-Buffering", "no").body(emitter);
	}

	@PostMapping("/beallitasok")
	String configure(@PathVariable long id, @ModelAttribute ModerationForms.SettingsForm settingsForm,
			RedirectAttributes redirect) {
		this.moderating.configure(id, settingsForm);
		return done(id, redirect, "questions.settings.saved");
	}

	@PostMapping("/{questionId}/jovahagyas")
	String approve(@PathVariable long id, @PathVariable long questionId, RedirectAttributes redirect) {
		return act(id, redirect, "questions.approved", () -> this.moderating.approve(id, questionId));
	}

	@PostMapping("/{questionId}/elrejtes")
	String hide(@PathVariable long id, @PathVariable long questionId, RedirectAttributes redirect) {
		return act(id, redirect, "questions.hidden", () -> this.moderating.hide(id, questionId));
	}

	@PostMapping("/{questionId}/kiemeles")
	String pin(@PathVariable long id, @PathVariable long questionId, RedirectAttributes redirect) {
		return act(id, redirect, "questions.pinned", () -> this.moderating.pin(id, questionId));
	}

	@PostMapping("/{questionId}/szerkesztes")
	String edit(@PathVariable long id, @PathVariable long questionId,
			@Valid @ModelAttribute ModerationForms.EditForm editForm, BindingResult result,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return refused(id, redirect, result, "szerk-" + questionId);
		}
		return act(id, redirect, "questions.edited", () -> this.moderating.edit(id, questionId, editForm));
	}

	@PostMapping("/{questionId}/megvalaszolva")
	String answer(@PathVariable long id, @PathVariable long questionId,
			@Valid @ModelAttribute ModerationForms.AnswerForm answerForm, BindingResult result,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return refused(id, redirect, result, "valasz-" + questionId);
		}
		return act(id, redirect, "questions.answered", () -> this.moderating.answer(id, questionId, answerForm));
	}

	@PostMapping("/{questionId}/osszevonas")
	String merge(@PathVariable long id, @PathVariable long questionId,
			@Valid @ModelAttribute ModerationForms.MergeForm mergeForm, BindingResult result,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			redirect.addFlashAttribute("flashKey", "questions.merge.unknown");
			return "redirect:/admin/esemenyek/" + id + "/kerdesek";
		}
		return act(id, redirect, "questions.merged.done",
				() -> this.moderating.merge(id, questionId, mergeForm.into()));
	}

	@GetMapping("/kivetito")
	String projector(@PathVariable long id, Model model) {
		model.addAttribute("projection", this.projecting.projection(id));
		return "questions/projector";
	}

	@GetMapping("/kivetito/tartalom")
	String projection(@PathVariable long id, Model model) {
		model.addAttribute("projection", this.projecting.projection(id));
		return "questions/projector :: current";
	}

	private String act(long id, RedirectAttributes redirect, String done, Runnable action) {
		try {
			action.run();
			return done(id, redirect, done);
		}
		catch (InvalidInput ex) {
			ex.flashTo(redirect);
			return "redirect:/admin/esemenyek/" + id + "/kerdesek";
		}
	}

	private String done(long id, RedirectAttributes redirect, String messageKey) {
		redirect.addFlashAttribute("flashKey", messageKey);
		return "redirect:/admin/esemenyek/" + id + "/kerdesek";
	}

	/**
	 * A field's own message (too long, blank), shown above the queue, with the question's
	 * panel open where the moderator left it.
	 */
	private String refused(long id, RedirectAttributes redirect, BindingResult result, String panel) {
		FieldError error = result.getFieldError();
		String key = (error != null && "answer".equals(error.getField())) ? "questions.answer.tooLong"
				: (error != null && "Size".equals(error.getCode())) ? "questions.text.tooLong.moderator"
						: "questions.text.blank.moderator";
		redirect.addFlashAttribute("flashKey", key);
		redirect.addFlashAttribute("flashRefused", true);
		redirect.addFlashAttribute("openPanel", panel);
		return "redirect:/admin/esemenyek/" + id + "/kerdesek#" + panel;
	}

}
