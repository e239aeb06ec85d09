package hu.gyakorlattar.evaluation;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import hu.gyakorlattar.call.CallView;
import hu.gyakorlattar.mail.MailOutbox;
import hu.gyakorlattar.mail.OutgoingMail;
import hu.gyakorlattar.shared.HungarianFormats;
import hu.gyakorlattar.shared.SiteAddress;
import hu.gyakorlattar.submission.SubmissionView;

import org.springframework.stereotype.Component;

/**
 * The mails an evaluator gets: an application assigned to them, and a reminder before the
 * call's evaluation deadline while their scores are still missing. Each goes through the
 * outbox in the transaction of its cause.
 */
@Component
class EvaluatorMails {

	static final String ASSIGNED = "evaluation/assigned";

	static final String REMINDER = "evaluation/reminder";

	private final MailOutbox outbox;

	private final Evaluations evaluations;

	private final People people;

	private final String baseUrl;

	EvaluatorMails(MailOutbox outbox, Evaluations evaluations, People people, SiteAddress site) {
		this.outbox = outbox;
		this.evaluations = evaluations;
		this.people = people;
		this.baseUrl = site.baseUrl();
	}

	void assigned(Assignment assignment, LocalDate dueOn) {
		send(ASSIGNED, assignment, dueOn);
	}

	void reminder(Assignment assignment, LocalDate dueOn) {
		send(REMINDER, assignment, dueOn);
	}

	private void send(String template, Assignment assignment, LocalDate dueOn) {
		SubmissionView submission = this.evaluations.submitted(assignment.getSubmissionId());
		CallView call = this.evaluations.call(submission.callId());
		Map<String, Object> model = new HashMap<>();
		model.put("name", this.people.name(assignment.getEvaluator()));
		model.put("title", submission.title());
		model.put("municipality", this.evaluations.municipalityName(submission.kshCode()));
		model.put("theme", call.themeName(HungarianFormats.HUNGARIAN));
		model.put("year", call.cycleYear());
		model.put("link", this.baseUrl + "/ertekeles/palyazatok/" + submission.id());
		if (dueOn != null) {
			model.put("dueOn", dueOn);
		}
		this.outbox.queue(
				new OutgoingMail(assignment.getEvaluator(), HungarianFormats.HUNGARIAN, template, Map.copyOf(model)));
	}

}
