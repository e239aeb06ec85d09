package hu.gyakorlattar.feedback;

import java.util.LinkedHashMap;
import java.util.Map;

import hu.gyakorlattar.shared.InvalidInput;
import hu.gyakorlattar.shared.InvalidInputs;
import hu.gyakorlattar.shared.NotFound;
import hu.gyakorlattar.shared.Viewer;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An attendee's survey, reached from the follow-up mail or their personal page (personal
 * link, no password): a plain form that works without JavaScript; a refused answer comes
 * back with each message beside its field. A forged or expired link gets a friendly page.
 */
@Controller
@PreAuthorize("permitAll()")
@RequestMapping("/regisztraciom/{token}/visszajelzes")
class SurveyPages {

	/** Where the problems of the whole form are kept among the fields' problems. */
	private static final String FORM = "";

	private final FeedbackManagement feedback;

	SurveyPages(FeedbackManagement feedback) {
		this.feedback = feedback;
	}

	@GetMapping
	String page(@PathVariable String token, Model model) {
		FeedbackManagement.Survey survey = this.feedback.survey(token);
		return page(token, survey, survey.answers(), Map.of(), model);
	}

	@PostMapping
	String answer(@PathVariable String token, @RequestParam MultiValueMap<String, String> parameters, Model model,
			RedirectAttributes redirect) {
		SurveyForm form = SurveyForm.of(parameters);
		try {
			this.feedback.answer(token, form);
			redirect.addFlashAttribute("flashKey", "feedback.saved");
			return "redirect:/regisztraciom/" + token + "/visszajelzes";
		}
		catch (InvalidInputs ex) {
			Map<String, InvalidInput> errors = new LinkedHashMap<>();
			ex.problems()
				.forEach((problem) -> errors.putIfAbsent((problem.field() != null) ? problem.field() : FORM, problem));
			return page(token, this.feedback.survey(token), form, errors, model);
		}
	}

	/**
	 * {@code errors}: each refused field's problem by field name, the form's own under
	 * {@link #FORM}.
	 */
	private static String page(String token, FeedbackManagement.Survey survey, SurveyForm form,
			Map<String, InvalidInput> errors, Model model) {
		model.addAttribute("survey", survey);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("formError", errors.get(FORM));
		model.addAttribute("stateKey", survey.open() ? null : survey.state().messageKey());
		model.addAttribute("token", token);
		model.addAttribute("maxComment", SurveyForm.MAX_COMMENT);
		model.addAttribute("maxPracticeText", SurveyForm.MAX_PRACTICE_TEXT);
		return "feedback/survey";
	}

	/**
	 * A forged, mistyped or expired link. Exception handlers get no model attributes from
	 * the controller advice, so the layout's viewer is added here.
	 */
	@ExceptionHandler(NotFound.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	ModelAndView unknownLink() {
		ModelAndView page = new ModelAndView("feedback/link-invalid");
		page.addObject("viewer", Viewer.current());
		return page;
	}

}
