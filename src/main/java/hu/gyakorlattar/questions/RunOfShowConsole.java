package hu.gyakorlattar.questions;

import hu.gyakorlattar.shared.InvalidInput;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The moderator's run-of-show console: the agenda with the item running, its time left or
 * overrun, the next speaker, and the questions of the running block. The state is
 * rendered on the server; the page refreshes it every few seconds and on every question
 * change, or on reload without JavaScript.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
@RequestMapping("/admin/esemenyek/{id}/levezetes")
class RunOfShowConsole {

	private final RunningTheShow show;

	private final ConferenceQuestions conferences;

	private final LiveQuestions live;

	RunOfShowConsole(RunningTheShow show, ConferenceQuestions conferences, LiveQuestions live) {
		this.show = show;
		this.conferences = conferences;
		this.live = live;
	}

	@GetMapping
	String console(@PathVariable long id, Model model) {
		model.addAttribute("show", this.show.runOfShow(id));
		return "questions/run-of-show";
	}

	@GetMapping("/allapot")
	String state(@PathVariable long id, Model model) {
		model.addAttribute("show", this.show.runOfShow(id));
		return "questions/run-of-show :: state";
	}

	@GetMapping("/frissites")
	ResponseEntity<SseEmitter> stream(@PathVariable long id) {
		return QuestionModeration.stream(this.live, this.conferences.conference(id).id());
	}

	/** The moderator starts an agenda item (none: follow the clock again). */
	@PostMapping("/aktualis")
	String run(@PathVariable long id, @RequestParam(name = "item", required = false) String item,
			RedirectAttributes redirect) {
		try {
			Long itemId = (item != null && item.matches("\\d{1,18}")) ? Long.valueOf(item) : null;
			if (item != null && !item.isEmpty() && itemId == null) {
				throw new InvalidInput(null, "questions.run.unknown");
			}
			this.show.run(id, itemId);
			redirect.addFlashAttribute("flashKey", (itemId != null) ? "questions.run.started" : "questions.run.clock");
		}
		catch (InvalidInput ex) {
			ex.flashTo(redirect);
		}
		return "redirect:/admin/esemenyek/" + id + "/levezetes";
	}

}
