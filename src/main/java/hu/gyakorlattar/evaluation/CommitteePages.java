package hu.gyakorlattar.evaluation;

import java.security.Principal;
import java.util.HashMap;
import java.util.Locale;

import hu.gyakorlattar.call.CallView;
import hu.gyakorlattar.submission.UploadedFile;
import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static hu.gyakorlattar.shared.FileDownload.download;

/**
 * The steering committee (and the office beside it) reads every theme's ranking with the
 * evaluators' scores, and moves each application through the stages: the formal check,
 * the shortlist for a site visit, the visit's report, the final, and the decision, which
 * the committee votes on. It reads the applications' attachments too (each download
 * logged).
 */
@Controller
@RequestMapping("/bizottsagi-ertekeles")
@PreAuthorize("hasAnyRole('COMMITTEE', 'ADMIN')")
class CommitteePages {

	private final Evaluations evaluations;

	private final Ranking ranking;

	private final MovingThroughStages stages;

	private final RecordingSiteVisits visits;

	private final ReadingAttachments attachments;

	private final RankingExports exports;

	private final ApplicationPage page;

	private final SettlingSpreads spreads;

	private final CommitteeVoting voting;

	CommitteePages(Evaluations evaluations, Ranking ranking, MovingThroughStages stages, RecordingSiteVisits visits,
			ReadingAttachments attachments, RankingExports exports, ApplicationPage page, SettlingSpreads spreads,
			CommitteeVoting voting) {
		this.voting = voting;
		this.spreads = spreads;
		this.evaluations = evaluations;
		this.ranking = ranking;
		this.stages = stages;
		this.visits = visits;
		this.attachments = attachments;
		this.exports = exports;
		this.page = page;
	}

	@GetMapping
	String calls(Principal member, Model model) {
		model.addAttribute("awaiting", this.voting.awaiting(member.getName()));
		model.addAttribute("calls", this.evaluations.calls());
		return "evaluation/committee/calls";
	}

	@GetMapping("/felhivasok/{callId}")
	String ranking(@PathVariable long callId, Model model) {
		model.addAttribute("call", this.evaluations.call(callId));
		model.addAttribute("ranking", this.ranking.of(callId));
		model.addAttribute("evaluations", this.evaluations.evaluations(callId));
		return "evaluation/committee/ranking";
	}

	@GetMapping("/felhivasok/{callId}/rangsor.csv")
	ResponseEntity<byte[]> csv(@PathVariable long callId, Locale locale) {
		CallView call = this.evaluations.call(callId);
		return download(this.exports.csv(call, this.ranking.of(callId), locale), "rangsor-" + callId + ".csv",
				"text/csv; charset=UTF-8");
	}

	@GetMapping("/felhivasok/{callId}/rangsor.xlsx")
	ResponseEntity<byte[]> xlsx(@PathVariable long callId, Locale locale) {
		CallView call = this.evaluations.call(callId);
		return download(this.exports.xlsx(call, this.ranking.of(callId), locale), "rangsor-" + callId + ".xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
	}

	@GetMapping("/palyazatok/{applicationId}")
	String application(@PathVariable long applicationId, Model model) {
		return this.page.show(applicationId, model);
	}

	@PostMapping("/palyazatok/{applicationId}/formai-elfogadas")
	String accept(@PathVariable long applicationId, @Valid @ModelAttribute("acceptForm") ReasonForm form,
			BindingResult result, Principal who, Model model, RedirectAttributes redirect) {
		return act(applicationId, result, model, redirect, "evaluation.accepted",
				() -> this.stages.accept(applicationId, who.getName(), form));
	}

	@PostMapping("/palyazatok/{applicationId}/formai-elutasitas")
	String reject(@PathVariable long applicationId, @Valid @ModelAttribute("rejectForm") ReasonForm form,
			BindingResult result, Principal who, Model model, RedirectAttributes redirect) {
		return act(applicationId, result, model, redirect, "evaluation.rejected",
				() -> this.stages.reject(applicationId, who.getName(), form));
	}

	@PostMapping("/palyazatok/{applicationId}/rovid-lista")
	String shortlist(@PathVariable long applicationId, @Valid @ModelAttribute("shortlistForm") ReasonForm form,
			BindingResult result, Principal who, Model model, RedirectAttributes redirect) {
		return act(applicationId, result, model, redirect, "evaluation.shortlisted",
				() -> this.stages.shortlist(applicationId, who.getName(), form));
	}

	@PostMapping("/palyazatok/{applicationId}/latogatas")
	String visit(@PathVariable long applicationId, @Valid @ModelAttribute("siteVisitForm") SiteVisitForm form,
			BindingResult result, Principal who, Model model, RedirectAttributes redirect) {
		return act(applicationId, result, model, redirect, "evaluation.visitRecorded",
				() -> this.visits.record(applicationId, who.getName(), form));
	}

	@PostMapping("/palyazatok/{applicationId}/donto")
	String invite(@PathVariable long applicationId, @Valid @ModelAttribute("finalForm") ReasonForm form,
			BindingResult result, Principal who, Model model, RedirectAttributes redirect) {
		return act(applicationId, result, model, redirect, "evaluation.invited",
				() -> this.stages.invite(applicationId, who.getName(), form));
	}

	/** A result put to the committee's vote. */
	@PostMapping("/palyazatok/{applicationId}/dontes")
	String propose(@PathVariable long applicationId, @Valid @ModelAttribute("decisionForm") DecisionForm form,
			BindingResult result, Principal who, Model model, RedirectAttributes redirect) {
		return act(applicationId, result, model, redirect, "evaluation.motion.opened",
				() -> this.voting.propose(applicationId, who.getName(), form));
	}

	@PostMapping("/palyazatok/{applicationId}/szavazat")
	String vote(@PathVariable long applicationId, @Valid @ModelAttribute("voteForm") VoteForm form,
			BindingResult result, Principal who, Model model, RedirectAttributes redirect) {
		return this.page.act(applicationId, result, model, redirect,
				() -> told(this.voting.vote(applicationId, who.getName(), form)));
	}

	/** The vote closes with members absent, decided on the votes cast. */
	@PostMapping("/palyazatok/{applicationId}/szavazas-lezarasa")
	String closeVote(@PathVariable long applicationId, Principal who, Model model, RedirectAttributes redirect) {
		return this.page.act(applicationId, new MapBindingResult(new HashMap<>(), "closeForm"), model, redirect,
				() -> told(this.voting.close(applicationId, who.getName())));
	}

	private static String told(Motion.Outcome outcome) {
		return switch (outcome) {
			case OPEN -> "evaluation.vote.cast";
			case CARRIED -> "evaluation.decided";
			case DEFEATED -> "evaluation.motion.defeated";
		};
	}

	/**
	 * The committee's written resolution of a flagged spread no third evaluator settled.
	 */
	@PostMapping("/palyazatok/{applicationId}/elteres-feloldasa")
	String resolveSpread(@PathVariable long applicationId, @Valid @ModelAttribute("resolutionForm") ResolutionForm form,
			BindingResult result, Principal who, Model model, RedirectAttributes redirect) {
		return act(applicationId, result, model, redirect, "evaluation.spread.resolved",
				() -> this.spreads.resolve(applicationId, who.getName(), form));
	}

	private String act(long applicationId, BindingResult result, Model model, RedirectAttributes redirect, String done,
			Runnable action) {
		return this.page.act(applicationId, result, model, redirect, done, action);
	}

	@GetMapping("/palyazatok/{applicationId}/mellekletek/{attachmentId}")
	ResponseEntity<byte[]> attachment(@PathVariable long applicationId, @PathVariable long attachmentId,
			Principal who) {
		UploadedFile file = this.attachments.forCommittee(who.getName(), applicationId, attachmentId);
		return download(file.content(), file.filename(), file.contentType());
	}

}
