package hu.gyakorlattar.evaluation;

import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;

import hu.gyakorlattar.shared.InvalidInput;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The committee's page of one application, which the committee's and the admin's actions
 * (a step back is the admin's) both return to.
 */
@Component
class ApplicationPage {

	private static final List<String> REASON_FORMS = List.of("acceptForm", "rejectForm", "shortlistForm", "finalForm",
			"stepBackForm");

	private final Evaluations evaluations;

	private final RecordingSiteVisits visits;

	private final ReadingAttachments attachments;

	private final CommitteeVoting voting;

	ApplicationPage(Evaluations evaluations, RecordingSiteVisits visits, ReadingAttachments attachments,
			CommitteeVoting voting) {
		this.voting = voting;
		this.evaluations = evaluations;
		this.visits = visits;
		this.attachments = attachments;
	}

	String show(long applicationId, Model model) {
		EvaluationView evaluation = this.evaluations.evaluation(applicationId);
		model.addAttribute("evaluation", evaluation);
		model.addAttribute("call", this.evaluations.call(evaluation.submission().callId()));
		model.addAttribute("tally", this.evaluations.tally(applicationId));
		model.addAttribute("visits", this.visits.of(applicationId));
		model.addAttribute("downloads", this.attachments.downloads(applicationId));
		model.addAttribute("results", Result.values());
		model.addAttribute("motions", this.voting.motions(applicationId));
		model.addAttribute("choices", Vote.Choice.values());
		if (!model.containsAttribute("voteForm")) {
			model.addAttribute("voteForm", new VoteForm(null, ""));
		}
		model.addAttribute("modes", SiteVisit.Mode.values());
		REASON_FORMS.forEach((name) -> {
			if (!model.containsAttribute(name)) {
				model.addAttribute(name, new ReasonForm(""));
			}
		});
		if (!model.containsAttribute("siteVisitForm")) {
			model.addAttribute("siteVisitForm", new SiteVisitForm(null, null, ""));
		}
		if (!model.containsAttribute("resolutionForm")) {
			model.addAttribute("resolutionForm", new ResolutionForm(""));
		}
		if (!model.containsAttribute("decisionForm")) {
			model.addAttribute("decisionForm", new DecisionForm(null, ""));
		}
		return "evaluation/committee/application";
	}

	/**
	 * Runs one of the page's use cases: back to the page with a notice, or the page again
	 * with the problem next to its field. A problem of no field (the application moved on
	 * meanwhile, no committee is seated yet) is the notice, since the form it came from
	 * may no longer be on the page; where it still is, it shows what was typed.
	 */
	String act(long applicationId, BindingResult result, Model model, RedirectAttributes redirect, String done,
			Runnable action) {
		return act(applicationId, result, model, redirect, () -> {
			action.run();
			return done;
		});
	}

	/** Runs a use case whose notice depends on how it went. */
	String act(long applicationId, BindingResult result, Model model, RedirectAttributes redirect,
			Supplier<String> action) {
		if (!result.hasErrors()) {
			try {
				redirect.addFlashAttribute("flashKey", action.get());
				return "redirect:/bizottsagi-ertekeles/palyazatok/" + applicationId;
			}
			catch (InvalidInput ex) {
				if (ex.field() == null) {
					ex.flashTo(redirect);
					if (result.getTarget() instanceof Serializable typed) {
						// what was typed comes back wherever its form still stands
						redirect.addFlashAttribute(result.getObjectName(), typed);
					}
					return "redirect:/bizottsagi-ertekeles/palyazatok/" + applicationId;
				}
				ex.reportTo(result);
			}
		}
		return show(applicationId, model);
	}

}
