package hu.gyakorlattar.conference;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Service;

/**
 * A conference as {@link ConferenceManagement#find} gives it, kept in memory for hot
 * paths that read it on every request (a burst of registrations read the conference, its
 * agenda and its people for each one, on a connection of the pool): at most
 * {@link ConferencePageCache#FRESHNESS} old, and never older than this instance's last
 * change to it. Edits made on another instance show within that second, as on the public
 * page.
 */
@Service
public class RecentConferences {

	private final ConferenceManagement conferences;

	private final ConferenceGenerations generations;

	private final Clock clock;

	/** Only conferences that exist: asking for made-up ids cannot grow it. */
	private final Map<Long, Recent> views = new ConcurrentHashMap<>();

	RecentConferences(ConferenceManagement conferences, ConferenceGenerations generations, Clock clock) {
		this.conferences = conferences;
		this.generations = generations;
		this.clock = clock;
	}

	public Optional<ConferenceView> find(long conferenceId) {
		Instant now = this.clock.instant();
		long generation = this.generations.of(conferenceId);
		Recent recent = this.views.get(conferenceId);
		if (recent != null && recent.freshAt(now, generation)) {
			return Optional.of(recent.view());
		}
		Optional<ConferenceView> view = this.conferences.find(conferenceId);
		view.ifPresentOrElse((found) -> this.views.put(conferenceId, new Recent(found, now, generation)),
				() -> this.views.remove(conferenceId));
		return view;
	}

	private record Recent(ConferenceView view, Instant readAt, long generation) {

		boolean freshAt(Instant now, long currentGeneration) {
			return this.generation == currentGeneration && !now.isBefore(this.readAt)
					&& now.isBefore(this.readAt.plus(ConferencePageCache.FRESHNESS));
		}

	}

}
