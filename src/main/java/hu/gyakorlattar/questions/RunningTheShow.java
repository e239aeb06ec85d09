package hu.gyakorlattar.questions;

import java.time.Clock;

import hu.gyakorlattar.conference.ConferenceView;
import hu.gyakorlattar.shared.InvalidInput;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The moderator runs the show: sees where the conference is on its console and says which
 * agenda item runs now.
 */
@Service
@Transactional
class RunningTheShow {

	private final ConferenceQuestions conferences;

	private final QuestionChanges changes;

	private final Clock clock;

	RunningTheShow(ConferenceQuestions conferences, QuestionChanges changes, Clock clock) {
		this.conferences = conferences;
		this.changes = changes;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	RunOfShow runOfShow(long conferenceId) {
		ConferenceView conference = this.conferences.conference(conferenceId);
		QuestionSettings settings = this.conferences.settings(conferenceId);
		return RunOfShow.at(this.clock.instant(), conference, settings.getRunningItemId(), settings.getRunningSince(),
				this.conferences.views(conference));
	}

	/** The moderator starts an agenda item now; null follows the clock again. */
	void run(long conferenceId, Long agendaItemId) {
		ConferenceView conference = this.conferences.conference(conferenceId);
		if (agendaItemId != null && conference.agenda().stream().noneMatch((item) -> item.id() == agendaItemId)) {
			throw new InvalidInput(null, "questions.run.unknown");
		}
		this.conferences.settingsToChange(conferenceId).run(agendaItemId, this.clock.instant());
		this.changes.changed(conferenceId);
	}

}
