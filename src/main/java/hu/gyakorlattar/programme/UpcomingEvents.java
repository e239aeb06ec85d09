package hu.gyakorlattar.programme;

import java.time.Instant;
import java.util.List;

import hu.gyakorlattar.shared.Bilingual;

/**
 * What the home page announces as coming up, told by the modules that hold such events
 * (the conferences), so that this module need not know them.
 */
public interface UpcomingEvents {

	List<UpcomingEvent> upcomingEvents();

	/**
	 * One announced event, the message key of its kind (e.g. "Prezentációs döntő") and
	 * the path of its public page.
	 */
	record UpcomingEvent(Bilingual title, String kindKey, Instant startsAt, String path) {

	}

}
