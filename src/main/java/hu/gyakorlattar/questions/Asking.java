package hu.gyakorlattar.questions;

import java.time.Clock;

import hu.gyakorlattar.conference.AgendaItemKind;
import hu.gyakorlattar.conference.AgendaItemView;
import hu.gyakorlattar.conference.ConferenceManagement;
import hu.gyakorlattar.conference.ConferenceView;
import hu.gyakorlattar.registration.Participant;
import hu.gyakorlattar.registration.QuestionAskedAtRegistration;
import hu.gyakorlattar.shared.InvalidInput;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A participant asks a question, on their Q&A page or already on the registration form.
 */
@Service
@Transactional
class Asking {

	private final QuestionRepository questions;

	private final ConferenceQuestions conferences;

	private final ConferenceManagement conferenceManagement;

	private final QuestionChanges changes;

	private final Clock clock;

	Asking(QuestionRepository questions, ConferenceQuestions conferences, ConferenceManagement conferenceManagement,
			QuestionChanges changes, Clock clock) {
		this.questions = questions;
		this.conferences = conferences;
		this.conferenceManagement = conferenceManagement;
		this.changes = changes;
		this.clock = clock;
	}

	/**
	 * A participant asks. Refused (with the reason next to the field) when their
	 * registration was cancelled, the conference is over, the text is blank or too long,
	 * or the agenda item is not one of the conference's.
	 */
	long ask(Participant participant, QuestionForm form) {
		ConferenceView conference = this.conferences.takingPart(participant);
		Long item = form.agendaItemId();
		if (item != null
				&& this.conferences.topics(conference).stream().noneMatch((topic) -> item.equals(topic.id()))) {
			throw new InvalidInput("agendaItemId", "questions.topic.unknown");
		}
		Question question = this.questions.save(new Question(conference.id(), item, participant.registrationId(),
				participant.name().toString(), Boolean.TRUE.equals(form.anonymous()), form.text(),
				this.conferences.settings(conference.id()).isAutoApprove(), this.clock.instant()));
		this.changes.asked(question);
		return question.getId();
	}

	/**
	 * A question written on the registration form joins the first Q&A block (else the
	 * conference as a whole), awaiting the moderator. Once: the event comes again when
	 * the registry resubmits it after a crash.
	 */
	@ApplicationModuleListener
	void askedAtRegistration(QuestionAskedAtRegistration asked) {
		ConferenceView conference = this.conferenceManagement.find(asked.conferenceId()).orElse(null);
		if (conference == null || asked.text().isBlank()
				|| this.questions.existsByRegistrationIdAndAskedAt(asked.registrationId(), asked.askedAt())) {
			return;
		}
		Long block = conference.agenda()
			.stream()
			.filter((item) -> item.kind() == AgendaItemKind.QUESTIONS)
			.map(AgendaItemView::id)
			.findFirst()
			.orElse(null);
		// Never auto-approved: the form's sender may not yet have confirmed their
		// address.
		this.changes.asked(this.questions.save(new Question(conference.id(), block, asked.registrationId(),
				asked.name().toString(), false, asked.text(), false, asked.askedAt())));
	}

}
