package hu.gyakorlattar.evaluation;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import hu.gyakorlattar.account.AccountManagement;
import hu.gyakorlattar.call.CallView;
import hu.gyakorlattar.mail.MailOutbox;
import hu.gyakorlattar.mail.OutgoingMail;
import hu.gyakorlattar.shared.SiteAddress;
import hu.gyakorlattar.submission.SubmissionView;

import org.springframework.stereotype.Component;

/**
 * The mails an evaluator gets: an application assigned to them, and a reminder before the
 * call's evaluation deadline while their scores are still missing, in the language of
 * their account. Each goes through the outbox in the transaction of its cause.
 */
@Component
class EvaluatorMails {

	static final String ASSIGNED = "evaluation/assigned";

	static final String REMINDER = "evaluation/reminder";

	private final MailOutbox outbox;

	private final Evaluations evaluations;

	private final People people;

	private final AccountManagement accounts;

	private final String baseUrl;

	EvaluatorMails(MailOutbox outbox, Evaluations evaluations, People people, AccountManagement accounts,
			SiteAddress site) {
		this.outbox = outbox;
		this.accounts = accounts;
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
		Locale language = this.accounts.languageOf(assignment.getEvaluator());
		Map<String, Object> model = new HashMap<>();
		model.put("name", this.people.name(assignment.getEvaluator()));
		model.put("title", submission.title());
		model.put("municipality", this.evaluations.municipalityName(submission.kshCode()));
		model.put("theme", call.themeName(language));
		model.put("year", call.cycleYear());
		model.put("link", this.baseUrl + "/ertekeles/palyazatok/" + submission.id());
		if (dueOn != null) {
			model.put("dueOn", dueOn);
		}
		this.outbox.queue(new OutgoingMail(assignment.getEvaluator(), language, template, Map.copyOf(model)));
	}

}
