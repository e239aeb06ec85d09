package hu.gyakorlattar.conference;

import java.util.List;

import hu.gyakorlattar.programme.UpcomingEvents;

import org.springframework.stereotype.Component;

/** The home page announces the published conferences that have not ended. */
@Component
class ConferencesOnTheHomePage implements UpcomingEvents {

	private final ConferenceManagement conferences;

	ConferencesOnTheHomePage(ConferenceManagement conferences) {
		this.conferences = conferences;
	}

	@Override
	public List<UpcomingEvent> upcomingEvents() {
		return this.conferences.upcoming()
			.stream()
			.map((conference) -> new UpcomingEvent(conference.title(), conference.startsAt(),
					"/esemenyek/" + conference.id()))
			.toList();
	}

}
