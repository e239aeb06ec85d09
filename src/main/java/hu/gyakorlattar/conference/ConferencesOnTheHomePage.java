package hu.gyakorlattar.conference;

import java.util.List;

import hu.gyakorlattar.programme.PastEvents;
import hu.gyakorlattar.programme.UpcomingEvents;

import org.springframework.stereotype.Component;

/**
 * The home page announces the published conferences that have not ended, and recalls the
 * latest that are over.
 */
@Component
class ConferencesOnTheHomePage implements UpcomingEvents, PastEvents {

	private final ConferenceManagement conferences;

	ConferencesOnTheHomePage(ConferenceManagement conferences) {
		this.conferences = conferences;
	}

	@Override
	public List<UpcomingEvent> upcomingEvents() {
		return this.conferences.upcoming()
			.stream()
			.map((conference) -> new UpcomingEvent(conference.bilingualTitle(), conference.kind().messageKey(),
					conference.startsAt(), "/esemenyek/" + conference.id()))
			.toList();
	}

	@Override
	public List<PastEvent> latestPastEvents(int max) {
		return this.conferences.past()
			.stream()
			.limit(max)
			.map((conference) -> new PastEvent(conference.bilingualTitle(), conference.startsAt(),
					"/esemenyek/" + conference.id()))
			.toList();
	}

}
