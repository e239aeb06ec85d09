package hu.gyakorlattar.questions;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import hu.gyakorlattar.registration.Participant;
import hu.gyakorlattar.registration.RegistrationManagement;
import hu.gyakorlattar.shared.InvalidInput;
import hu.gyakorlattar.shared.NotFound;
import hu.gyakorlattar.shared.Viewer;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A participant's Q&A page, reached from their personal page (personal link, no
 * password): ask, see the approved questions by votes or time, vote. The lists follow the
 * changes live where JavaScript runs and on reload where it does not. A forged or expired
 * link gets a friendly page.
 */
@Controller
@PreAuthorize("permitAll()")
@RequestMapping("/regisztraciom/{token}/kerdesek")
class ParticipantQuestionPages {

	private final Asking asking;

	private final Voting voting;

	private final FollowingQuestions following;

	private final RegistrationManagement registrations;

	private final QuestionRateLimit rateLimit;

	private final LiveQuestions live;

	ParticipantQuestionPages(Asking asking, Voting voting, FollowingQuestions following,
			RegistrationManagement registrations, QuestionRateLimit rateLimit, LiveQuestions live) {
		this.asking = asking;
		this.voting = voting;
		this.following = following;
		this.registrations = registrations;
		this.rateLimit = rateLimit;
		this.live = live;
	}

	@GetMapping
	String page(@PathVariable String token, @RequestParam(name = "rend", required = false) String order, Model model) {
		if (!model.containsAttribute("questionForm")) {
			model.addAttribute("questionForm", QuestionForm.empty());
		}
		board(token, order, model);
		return "questions/participant";
	}

	/** The lists alone, fetched by the page when told of a change. */
	@GetMapping("/lista")
	String list(@PathVariable String token, @RequestParam(name = "rend", required = false) String order, Model model) {
		board(token, order, model);
		return "questions/participant :: lists";
	}

	@GetMapping(path = "/frissites")
	ResponseEntity<SseEmitter> stream(@PathVariable String token, HttpServletRequest request) {
		Participant participant = this.registrations.participant(token).orElse(null);
		if (participant == null) {
			return ResponseEntity.notFound().build();
		}
		SseEmitter emitter = this.live.followAsParticipant(participant.conferenceId(), participant.registrationId(),
				request.getRemoteAddr());
		if (emitter == null) {
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "30").build();
		}
		return ResponseEntity.ok().header("X-Accel-Buffering", "no").body(emitter);
	}

	@PostMapping
	String ask(@PathVariable String token, @Valid @ModelAttribute QuestionForm questionForm, BindingResult result,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		Participant participant = participant(token);
		if (!result.hasErrors()) {
			if (!this.rateLimit.admits(participant.registrationId())) {
				response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
				response.setHeader("Retry-After", "60");
				result.reject("questions.flood");
			}
			else {
				try {
					this.asking.ask(participant, questionForm);
					redirect.addFlashAttribute("flashKey", "questions.asked");
					return "redirect:/regisztraciom/" + token + "/kerdesek";
				}
				catch (InvalidInput ex) {
					this.rateLimit.refund(participant.registrationId());
					ex.reportTo(result);
				}
			}
		}
		board(token, null, model);
		return "questions/participant";
	}

	@PostMapping("/{questionId}/szavazat")
	String vote(@PathVariable String token, @PathVariable long questionId,
			@RequestParam(name = "rend", required = false) String order, RedirectAttributes redirect) {
		Participant participant = participant(token);
		try {
			this.voting.vote(participant, questionId);
			redirect.addFlashAttribute("flashKey", "questions.voted");
		}
		catch (InvalidInput ex) {
			ex.flashTo(redirect);
		}
		return "redirect:/regisztraciom/" + token + "/kerdesek?rend=" + QuestionOrder.of(order).parameter()
				+ "#kerdesek";
	}

	private void board(String token, String order, Model model) {
		QuestionOrder sort = QuestionOrder.of(order);
		model.addAttribute("board", this.following.board(participant(token), sort));
		model.addAttribute("order", sort.parameter());
		model.addAttribute("token", token);
		model.addAttribute("maxLength", QuestionForm.MAX_LENGTH);
	}

	private Participant participant(String token) {
		return this.registrations.participant(token).orElseThrow(NotFound::new);
	}

	/**
	 * A forged, mistyped or expired link. Exception handlers get no model attributes from
	 * the controller advice, so the layout's viewer is added here.
	 */
	@ExceptionHandler(NotFound.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	ModelAndView unknownLink() {
		ModelAndView page = new ModelAndView("questions/link-invalid");
		page.addObject("viewer", Viewer.current());
		return page;
	}

}
