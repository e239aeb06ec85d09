package hu.gyakorlattar.programme;

import java.time.Instant;
import java.util.List;

import hu.gyakorlattar.shared.Bilingual;

/**
 * What the home page recalls as over but worth revisiting (a conference's recordings,
 * slides and answers), told by the modules that hold such events.
 */
public interface PastEvents {

	/** At most {@code max} of the latest events that are over, latest first. */
	List<PastEvent> latestPastEvents(int max);

	/** One event that is over and the path of its public page. */
	record PastEvent(Bilingual title, Instant startsAt, String path) {

	}

}
