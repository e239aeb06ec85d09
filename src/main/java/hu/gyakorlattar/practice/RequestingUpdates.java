package hu.gyakorlattar.practice;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import hu.gyakorlattar.mail.MailOutbox;
import hu.gyakorlattar.mail.OutgoingMail;
import hu.gyakorlattar.shared.HungarianFormats;
import hu.gyakorlattar.shared.NotFound;
import hu.gyakorlattar.shared.SiteAddress;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The yearly request to a practice's owners for news of their results. */
@Service
@Transactional
class RequestingUpdates {

	/** The owners are asked for news of their results this long after publication. */
	static final Duration UPDATE_INTERVAL = Duration.ofDays(365);

	private final PracticeRepository practices;

	private final MailOutbox outbox;

	private final Clock clock;

	private final String baseUrl;

	RequestingUpdates(PracticeRepository practices, MailOutbox outbox, Clock clock, SiteAddress site) {
		this.practices = practices;
		this.outbox = outbox;
		this.clock = clock;
		this.baseUrl = site.baseUrl();
	}

	/**
	 * Asks the owners of practices published a year ago or more, and not asked in the
	 * last year, for news of their results; each practice is claimed with
	 * {@code FOR UPDATE SKIP LOCKED}, so several instances never ask twice. Returns how
	 * many were asked.
	 */
	int requestDueUpdates(int limit) {
		Instant now = this.clock.instant();
		Instant due = now.minus(UPDATE_INTERVAL);
		List<Long> ids = this.practices.claimDueForUpdateRequest(due, limit);
		for (Long id : ids) {
			Practice practice = this.practices.findById(id).orElseThrow(NotFound::new);
			this.outbox.queue(new OutgoingMail(practice.getContact().email(), HungarianFormats.HUNGARIAN,
					"practice/update-request",
					Map.of("practice", practice.getTitle(), "link", this.baseUrl + "/gyakorlatok/" + practice.getSlug(),
							"name", practice.getContact().name())));
			practice.updateRequested(now);
		}
		return ids.size();
	}

}
