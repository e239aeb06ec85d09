package hu.gyakorlattar.evaluation;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import hu.gyakorlattar.account.AccountManagement;
import hu.gyakorlattar.call.CallView;
import hu.gyakorlattar.call.CriterionView;
import hu.gyakorlattar.mail.MailOutbox;
import hu.gyakorlattar.mail.OutgoingMail;
import hu.gyakorlattar.shared.InvalidInput;
import hu.gyakorlattar.shared.NotFound;
import hu.gyakorlattar.shared.SiteAddress;
import hu.gyakorlattar.submission.SubmissionManagement;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office publishes a call's results once the call's deadline has passed and every
 * application is decided (or failed the formal check): each applicant sees the result on
 * the application's page, and every applicant of its municipality and its authors get the
 * written feedback per criterion by mail, each in the language of their account, without
 * the evaluators' names. Each application's file refuses to publish twice; the news of
 * its result goes out with it.
 */
@Service
@Transactional
class PublishingResults {

	private final Evaluations evaluations;

	private final SubmissionManagement submissions;

	private final MailOutbox outbox;

	private final ApplicationEventPublisher events;

	private final AccountManagement accounts;

	private final Clock clock;

	private final String baseUrl;

	PublishingResults(Evaluations evaluations, SubmissionManagement submissions, MailOutbox outbox,
			ApplicationEventPublisher events, AccountManagement accounts, Clock clock, SiteAddress site) {
		this.accounts = accounts;
		this.evaluations = evaluations;
		this.submissions = submissions;
		this.outbox = outbox;
		this.events = events;
		this.clock = clock;
		this.baseUrl = site.baseUrl();
	}

	/**
	 * Returns how many were published; applications published before are left alone.
	 */
	int publish(long callId, String who) {
		if (!this.evaluations.call(callId).over(this.clock.instant())) {
			throw new InvalidInput(null, "evaluation.publish.beforeDeadline");
		}
		List<EvaluationView> all = this.evaluations.evaluations(callId);
		boolean undecided = all.stream().anyMatch((evaluation) -> !evaluation.stage().settled());
		if (all.isEmpty()) {
			throw new InvalidInput(null, "evaluation.publish.nothing");
		}
		if (undecided) {
			throw new InvalidInput(null, "evaluation.publish.undecided");
		}
		Instant now = this.clock.instant();
		int published = 0;
		for (EvaluationView evaluation : all) {
			if (evaluation.publishedAt() != null) {
				continue;
			}
			this.events.publishEvent(this.evaluations.locked(evaluation.id()).publish(who, now));
			Feedback feedback = feedbackOf(evaluation.id());
			for (String applicant : this.submissions.readersOf(evaluation.id())) {
				this.outbox
					.queue(new OutgoingMail(applicant, this.accounts.languageOf(applicant), "evaluation/feedback",
							Map.of("feedback", feedback, "name", this.accounts.nameOf(applicant).orElse(""), "link",
									this.baseUrl + "/fiok/palyazatok/" + evaluation.id() + "/ertekeles")));
			}
			published++;
		}
		if (published == 0) {
			throw new InvalidInput(null, "evaluation.publish.already");
		}
		return published;
	}

	/**
	 * Where a call's results stand: its deadline, whether it has passed (no result is
	 * published while applications may still arrive), and when the results were published
	 * (null until every application's is).
	 */
	record Standing(Instant deadline, boolean deadlinePassed, @Nullable Instant publishedAt) {

	}

	@Transactional(readOnly = true)
	Standing standing(long callId) {
		CallView call = this.evaluations.call(callId);
		List<EvaluationView> all = this.evaluations.evaluations(callId);
		Instant publishedAt = all.stream().allMatch((evaluation) -> evaluation.publishedAt() != null)
				? all.stream().map(EvaluationView::publishedAt).max(Comparator.naturalOrder()).orElse(null) : null;
		return new Standing(call.deadline(), call.over(this.clock.instant()), publishedAt);
	}

	/**
	 * The published feedback on the application, for an applicant of its municipality;
	 * anything else is not found.
	 */
	@Transactional(readOnly = true)
	Feedback feedbackFor(String applicant, long submissionId) {
		this.submissions.findForApplicant(applicant, submissionId).orElseThrow(NotFound::new);
		Feedback feedback = feedbackOf(submissionId);
		if (feedback.evaluation().publishedAt() == null) {
			throw new NotFound();
		}
		return feedback;
	}

	private Feedback feedbackOf(long submissionId) {
		EvaluationView evaluation = this.evaluations.evaluation(submissionId);
		CallView call = this.evaluations.call(evaluation.submission().callId());
		Tally tally = this.evaluations.tally(submissionId);
		List<Feedback.Line> lines = new ArrayList<>();
		if (evaluation.stage() != Stage.REJECTED) {
			for (CriterionView criterion : call.criteria()) {
				lines.add(new Feedback.Line(criterion.kind(), tally.byCriterion().get(criterion.kind()),
						tally.sheets()
							.stream()
							.map((sheet) -> sheet.scores().get(criterion.kind()))
							.filter((score) -> score != null && !score.comment().isEmpty())
							.map(Assignment.Score::comment)
							.toList()));
			}
		}
		String reason = (evaluation.stage() == Stage.REJECTED) ? evaluation.moves()
			.stream()
			.filter((move) -> move.to() == Stage.REJECTED)
			.reduce((first, second) -> second)
			.map(EvaluationView.Move::reason)
			.orElse("") : evaluation.justification();
		return new Feedback(evaluation, call, reason, tally.mean(), lines);
	}

}
