package hu.gyakorlattar.evaluation;

import java.security.Principal;

import hu.gyakorlattar.shared.FileDownload;
import hu.gyakorlattar.shared.InvalidInput;
import jakarta.validation.Valid;

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
 * The programme office runs the evaluation: keeps the panel of evaluators, assigns them
 * to each call's applications (automatically, then by hand), seats each call's voting
 * committee with its quorum and majority, prints the minutes of its decisions, takes a
 * stage back when needed, publishes the results and turns the best into draft practices.
 */
@Controller
@RequestMapping("/admin/ertekeles")
@PreAuthorize("hasRole('ADMIN')")
class EvaluationAdministration {

	private final Evaluations evaluations;

	private final KeepingThePanel panel;

	private final AssigningEvaluators assigning;

	private final MovingThroughStages stages;

	private final PublishingResults results;

	private final MakingPractices practices;

	private final PlanningTheDeadline deadline;

	private final ApplicationPage page;

	private final SeatingTheCommittee committee;

	private final WritingTheMinutes minutes;

	private final CallProgress progress;

	EvaluationAdministration(Evaluations evaluations, KeepingThePanel panel, AssigningEvaluators assigning,
			MovingThroughStages stages, PublishingResults results, MakingPractices practices,
			PlanningTheDeadline deadline, ApplicationPage page, SeatingTheCommittee committee,
			WritingTheMinutes minutes, CallProgress progress) {
		this.minutes = minutes;
		this.progress = progress;
		this.committee = committee;
		this.evaluations = evaluations;
		this.panel = panel;
		this.assigning = assigning;
		this.stages = stages;
		this.results = results;
		this.practices = practices;
		this.deadline = deadline;
		this.page = page;
	}

	@GetMapping
	String overview(Model model) {
		model.addAttribute("calls", this.progress.ofEveryCall());
		return "evaluation/admin/overview";
	}

	@GetMapping("/ertekelok")
	String evaluators(Model model) {
		model.addAttribute("evaluators", this.panel.evaluators());
		model.addAttribute("candidates", this.panel.candidates());
		if (!model.containsAttribute("evaluatorForm")) {
			model.addAttribute("evaluatorForm", new EvaluatorForm("", ""));
		}
		return "evaluation/admin/evaluators";
	}

	@PostMapping("/ertekelok")
	String enlist(@Valid @ModelAttribute("evaluatorForm") EvaluatorForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.panel.enlist(form);
				redirect.addFlashAttribute("flashKey", "evaluation.evaluator.saved");
				return "redirect:/admin/ertekeles/ertekelok";
			}
			catch (InvalidInput ex) {
				ex.reportTo(result);
				if ("home".equals(ex.field())) {
					model.addAttribute("suggestions", this.panel.homeSuggestions(form.home()));
				}
			}
		}
		return evaluators(model);
	}

	@GetMapping("/felhivasok/{callId}")
	String call(@PathVariable long callId, Model model) {
		model.addAttribute("call", this.evaluations.call(callId));
		model.addAttribute("rows", this.assigning.assignments(callId));
		model.addAttribute("results", this.results.standing(callId));
		model.addAttribute("evaluators", this.panel.evaluators());
		if (!model.containsAttribute("autoAssignmentForm")) {
			model.addAttribute("autoAssignmentForm", new AutoAssignmentForm(2));
		}
		if (!model.containsAttribute("assignmentForm")) {
			model.addAttribute("assignmentForm", new AssignmentForm(null, ""));
		}
		if (!model.containsAttribute("deadlineForm")) {
			model.addAttribute("deadlineForm", new DeadlineForm(this.deadline.dueOn(callId)));
		}
		if (!model.containsAttribute("committeeForm")) {
			model.addAttribute("committeeForm", this.committee.current(callId));
		}
		model.addAttribute("committeeCandidates", this.committee.candidates());
		model.addAttribute("quorums", Quorum.values());
		model.addAttribute("majorities", Majority.values());
		return "evaluation/admin/call";
	}

	/** The minutes of the committee's decisions on the call, to print and sign. */
	@GetMapping("/felhivasok/{callId}/jegyzokonyv.pdf")
	ResponseEntity<byte[]> minutes(@PathVariable long callId) {
		return FileDownload.download(this.minutes.minutes(callId), "jegyzokonyv-" + callId + ".pdf", "application/pdf");
	}

	/** Who votes on the call's decisions, by what quorum and majority. */
	@PostMapping("/felhivasok/{callId}/bizottsag")
	String seatCommittee(@PathVariable long callId, @Valid @ModelAttribute("committeeForm") CommitteeForm form,
			BindingResult result, Principal admin, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.committee.seat(callId, form, admin.getName());
				redirect.addFlashAttribute("flashKey", "evaluation.voting.saved");
				return "redirect:/admin/ertekeles/felhivasok/" + callId;
			}
			catch (InvalidInput ex) {
				ex.reportTo(result);
			}
		}
		return call(callId, model);
	}

	@PostMapping("/felhivasok/{callId}/automatikus-kiosztas")
	String assignAutomatically(@PathVariable long callId,
			@Valid @ModelAttribute("autoAssignmentForm") AutoAssignmentForm form, BindingResult result, Principal admin,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				int missing = this.assigning.assignAutomatically(callId, form.perApplication(), admin.getName());
				redirect.addFlashAttribute("flashKey",
						(missing == 0) ? "evaluation.assign.done" : "evaluation.assign.short");
				return "redirect:/admin/ertekeles/felhivasok/" + callId;
			}
			catch (InvalidInput ex) {
				ex.reportTo(result);
			}
		}
		return call(callId, model);
	}

	@PostMapping("/felhivasok/{callId}/kiosztas")
	String assign(@PathVariable long callId, @Valid @ModelAttribute("assignmentForm") AssignmentForm form,
			BindingResult result, Principal admin, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.assigning.assign(callId, form, admin.getName());
				redirect.addFlashAttribute("flashKey", "evaluation.assign.added");
				return "redirect:/admin/ertekeles/felhivasok/" + callId;
			}
			catch (InvalidInput ex) {
				ex.reportTo(result);
			}
		}
		return call(callId, model);
	}

	/** The evaluation's last day: evaluators are reminded before it. */
	@PostMapping("/felhivasok/{callId}/hatarido")
	String setDeadline(@PathVariable long callId, @Valid @ModelAttribute("deadlineForm") DeadlineForm form,
			BindingResult result, Principal admin, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.deadline.setDeadline(callId, form, admin.getName());
				redirect.addFlashAttribute("flashKey", "evaluation.deadline.saved");
				return "redirect:/admin/ertekeles/felhivasok/" + callId;
			}
			catch (InvalidInput ex) {
				ex.reportTo(result);
			}
		}
		return call(callId, model);
	}

	/** Takes an application back from an evaluator; the evaluator is a form field. */
	@PostMapping("/felhivasok/{callId}/visszavetel")
	String unassign(@PathVariable long callId, @ModelAttribute("assignmentForm") AssignmentForm form,
			RedirectAttributes redirect) {
		try {
			if (form.applicationId() != null && form.evaluator() != null) {
				this.assigning.unassign(form.applicationId(), form.evaluator());
				redirect.addFlashAttribute("flashKey", "evaluation.assign.removed");
			}
		}
		catch (InvalidInput ex) {
			ex.flashTo(redirect);
		}
		return "redirect:/admin/ertekeles/felhivasok/" + callId;
	}

	/** Publishes the call's results and sends every applicant their feedback. */
	@PostMapping("/felhivasok/{callId}/eredmenyek")
	String publish(@PathVariable long callId, Principal admin, Model model, RedirectAttributes redirect) {
		try {
			this.results.publish(callId, admin.getName());
			redirect.addFlashAttribute("flashKey", "evaluation.publish.done");
		}
		catch (InvalidInput ex) {
			ex.flashTo(redirect);
		}
		return "redirect:/admin/ertekeles/felhivasok/" + callId;
	}

	/** One click: the winner becomes a draft practice, which the office then edits. */
	@PostMapping("/palyazatok/{applicationId}/gyakorlat")
	String makePractice(@PathVariable long applicationId, Principal admin, RedirectAttributes redirect) {
		try {
			long practiceId = this.practices.makePractice(applicationId, admin.getName());
			redirect.addFlashAttribute("flashKey", "evaluation.practice.made");
			return "redirect:/admin/gyakorlatok/" + practiceId;
		}
		catch (InvalidInput ex) {
			ex.flashTo(redirect);
			return "redirect:/bizottsagi-ertekeles/palyazatok/" + applicationId;
		}
	}

	@PostMapping("/palyazatok/{applicationId}/visszalepes")
	String stepBack(@PathVariable long applicationId, @Valid @ModelAttribute("stepBackForm") ReasonForm form,
			BindingResult result, Principal admin, Model model, RedirectAttributes redirect) {
		return this.page.act(applicationId, result, model, redirect, "evaluation.steppedBack",
				() -> this.stages.stepBack(applicationId, admin.getName(), form));
	}

}
