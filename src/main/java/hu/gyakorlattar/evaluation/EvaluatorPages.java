package hu.gyakorlattar.evaluation;

import java.security.Principal;
import java.util.ArrayList;
import java.util.List;

import hu.gyakorlattar.call.CallView;
import hu.gyakorlattar.call.CriterionView;
import hu.gyakorlattar.shared.InvalidInput;
import hu.gyakorlattar.submission.UploadedFile;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static hu.gyakorlattar.shared.FileDownload.download;

/**
 * An evaluator's work: the applications assigned to them, each read and scored per
 * criterion (a draft until submitted), or withdrawn with a declared conflict of interest.
 * Nothing here shows another evaluator's scores.
 */
@Controller
@RequestMapping("/ertekeles")
@PreAuthorize("hasRole('EVALUATOR')")
class EvaluatorPages {

	private final Scoring scoring;

	private final DeclaringConflicts declaring;

	private final ReadingAttachments attachments;

	EvaluatorPages(Scoring scoring, DeclaringConflicts declaring, ReadingAttachments attachments) {
		this.scoring = scoring;
		this.declaring = declaring;
		this.attachments = attachments;
	}

	@GetMapping
	String tasks(Principal evaluator, Model model) {
		model.addAttribute("tasks", this.scoring.tasks(evaluator.getName()));
		return "evaluation/tasks";
	}

	@GetMapping("/palyazatok/{applicationId}")
	String sheet(@PathVariable long applicationId, Principal evaluator, Model model) {
		Scoring.ScoreSheet sheet = this.scoring.sheet(evaluator.getName(), applicationId);
		model.addAttribute("sheet", sheet);
		model.addAttribute("errorSummary", errorSummary(sheet.call()));
		if (!model.containsAttribute("scoreForm")) {
			model.addAttribute("scoreForm", ScoreForm.of(sheet.scores()));
		}
		if (!model.containsAttribute("conflictForm")) {
			model.addAttribute("conflictForm", ConflictDeclarationForm.empty());
		}
		return "evaluation/sheet";
	}

	/**
	 * The sheet's fields in the page's order as its error summary links them
	 * (shared/forms :: errorSummaryOf): each criterion's score, then its written
	 * assessment, named with the criterion; the call decides which criteria there are.
	 */
	private static List<String> errorSummary(CallView call) {
		List<String> entries = new ArrayList<>();
		for (CriterionView criterion : call.criteria()) {
			String kind = criterion.kind().name();
			entries.add("scores[" + kind + "]@score-" + kind + "=evaluation.score.of(#{call.criterion." + kind + "})");
			entries.add("comments[" + kind + "]@comment-" + kind + "=evaluation.comment.of(#{call.criterion." + kind
					+ "})");
		}
		return entries;
	}

	/**
	 * An attachment of an application assigned to the evaluator; the download is logged.
	 */
	@GetMapping("/palyazatok/{applicationId}/mellekletek/{attachmentId}")
	ResponseEntity<byte[]> attachment(@PathVariable long applicationId, @PathVariable long attachmentId,
			Principal evaluator) {
		UploadedFile file = this.attachments.forEvaluator(evaluator.getName(), applicationId, attachmentId);
		return download(file.content(), file.filename(), file.contentType());
	}

	/** "Mentés" keeps a draft; "Beküldés" ({@code action=submit}) closes the sheet. */
	@PostMapping("/palyazatok/{applicationId}")
	String score(@PathVariable long applicationId, @ModelAttribute("scoreForm") ScoreForm form, BindingResult result,
			@RequestParam(required = false) String action, Principal evaluator, Model model,
			RedirectAttributes redirect) {
		boolean submit = "submit".equals(action);
		if (!result.hasErrors()) {
			try {
				this.scoring.score(evaluator.getName(), applicationId, form, submit);
				redirect.addFlashAttribute("flashKey", submit ? "evaluation.score.sent" : "evaluation.score.saved");
				return "redirect:/ertekeles/palyazatok/" + applicationId;
			}
			catch (InvalidInput ex) {
				ex.reportTo(result);
			}
		}
		return sheet(applicationId, evaluator, model);
	}

	/**
	 * The sheet's own declaration: its application, through the same use case as the
	 * conflicts page, so that it withdraws the sheet and counts on an open vote alike.
	 */
	@PostMapping("/palyazatok/{applicationId}/osszeferhetetlenseg")
	String declare(@PathVariable long applicationId,
			@Valid @ModelAttribute("conflictForm") ConflictDeclarationForm form, BindingResult result,
			Principal evaluator, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.declaring.declare(evaluator.getName(), false,
						ConflictDeclarationForm.withApplication(applicationId, form.note()));
				redirect.addFlashAttribute("flashKey", "evaluation.conflict.declared");
				return "redirect:/ertekeles";
			}
			catch (InvalidInput ex) {
				ex.reportTo(result);
			}
		}
		return sheet(applicationId, evaluator, model);
	}

}
