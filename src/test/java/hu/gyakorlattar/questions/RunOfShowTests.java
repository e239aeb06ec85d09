package hu.gyakorlattar.questions;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import hu.gyakorlattar.conference.AgendaItemKind;
import hu.gyakorlattar.conference.AgendaItemView;
import hu.gyakorlattar.conference.ConferenceView;

import static org.assertj.core.api.Assertions.assertThat;

/** The run of show's clock: time left and overrun of the item running. */
class RunOfShowTests {

	private static final Instant TEN = Instant.parse("2021-06-22T08:00:00Z");

	private static final AgendaItemView TALK = item(1, TEN, TEN.plus(minutes(30)), AgendaItemKind.TALK, "Előadás");

	private static final AgendaItemView QUESTIONS = item(2, TEN.plus(minutes(30)), TEN.plus(minutes(45)),
			AgendaItemKind.QUESTIONS, "Kérdések és válaszok");

	private static final ConferenceView CONFERENCE = new ConferenceView(7, 2021, null, "Levezetés", "",
			TEN.minus(minutes(30)), TEN.plus(minutes(60)), TEN.minus(minutes(30)), 100, TEN.minus(Duration.ofDays(10)),
			TEN.minus(Duration.ofDays(1)), null, List.of(TALK, QUESTIONS), null, true, 0);

	@Test
	void theClocksItemHasTheTimeLeftToItsPlannedEnd() {
		RunOfShow show = RunOfShow.at(TEN.plus(minutes(20)), CONFERENCE, null, null, List.of());

		assertThat(show.running()).isEqualTo(TALK);
		assertThat(show.startedByModerator()).isFalse();
		assertThat(show.overrun()).isFalse();
		assertThat(show.minutes()).isEqualTo(10);
		assertThat(show.next()).isEqualTo(QUESTIONS);
	}

	@Test
	void anItemStartedLateHasItsPlannedLengthFromItsActualStart() {
		Instant startedAt = TEN.plus(minutes(12));

		RunOfShow inTime = RunOfShow.at(TEN.plus(minutes(35)), CONFERENCE, TALK.id(), startedAt, List.of());
		assertThat(inTime.running()).isEqualTo(TALK);
		assertThat(inTime.startedByModerator()).isTrue();
		assertThat(inTime.overrun()).isFalse();
		assertThat(inTime.minutes()).isEqualTo(7);

		RunOfShow over = RunOfShow.at(TEN.plus(minutes(45)).plusSeconds(30), CONFERENCE, TALK.id(), startedAt,
				List.of());
		assertThat(over.overrun()).isTrue();
		assertThat(over.minutes()).isEqualTo(3);
		assertThat(over.seconds()).isEqualTo(30);
	}

	@Test
	void anItemStartedEarlyOverrunsBeforeItsPlannedEnd() {
		RunOfShow show = RunOfShow.at(TEN.plus(minutes(25)), CONFERENCE, QUESTIONS.id(), TEN.plus(minutes(5)),
				List.of());

		assertThat(show.running()).isEqualTo(QUESTIONS);
		assertThat(show.overrun()).isTrue();
		assertThat(show.minutes()).isEqualTo(5);
	}

	@Test
	void theLastTwoMinutesWarnTheModerator() {
		RunOfShow show = RunOfShow.at(TEN.plus(minutes(29)), CONFERENCE, TALK.id(), TEN, List.of());

		assertThat(show.warning()).isTrue();
		assertThat(show.overrun()).isFalse();
	}

	@Test
	void anItemStartedBeforeTheStartWasRecordedCountsFromItsPlannedStart() {
		RunOfShow show = RunOfShow.at(TEN.plus(minutes(40)), CONFERENCE, TALK.id(), null, List.of());

		assertThat(show.overrun()).isTrue();
		assertThat(show.minutes()).isEqualTo(10);
	}

	@Test
	void startingTheRunningItemAgainKeepsItsStartAndFollowingTheClockForgetsIt() {
		QuestionSettings settings = new QuestionSettings(7);
		settings.run(TALK.id(), TEN.plus(minutes(12)));
		settings.run(TALK.id(), TEN.plus(minutes(20)));
		assertThat(settings.getRunningSince()).isEqualTo(TEN.plus(minutes(12)));

		settings.run(QUESTIONS.id(), TEN.plus(minutes(44)));
		assertThat(settings.getRunningItemId()).isEqualTo(QUESTIONS.id());
		assertThat(settings.getRunningSince()).isEqualTo(TEN.plus(minutes(44)));

		settings.run(null, TEN.plus(minutes(50)));
		assertThat(settings.getRunningItemId()).isNull();
		assertThat(settings.getRunningSince()).isNull();
	}

	private static Duration minutes(long minutes) {
		return Duration.ofMinutes(minutes);
	}

	private static AgendaItemView item(long id, Instant startsAt, Instant endsAt, AgendaItemKind kind, String title) {
		return new AgendaItemView(id, startsAt, endsAt, kind, title, List.of(), null, null);
	}

}
