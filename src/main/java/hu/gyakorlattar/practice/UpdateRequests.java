package hu.gyakorlattar.practice;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Once a day, asks the owners of practices published a year ago (or asked a year ago) for
 * news of their results. Each practice is claimed in the database, so several instances
 * never ask twice; a practice's due time is data (its publication and last request), so a
 * missed day is caught up the next.
 */
@Component
class UpdateRequests {

	static final int BATCH = 100;

	private static final Logger log = LoggerFactory.getLogger(UpdateRequests.class);

	private final RequestingUpdates practices;

	UpdateRequests(RequestingUpdates practices) {
		this.practices = practices;
	}

	@Scheduled(cron = "${gyakorlattar.practice.update-request-cron:0 15 4 * * *}", zone = "Europe/Budapest")
	void askDueOwners() {
		int asked = 0;
		int batch;
		do {
			batch = this.practices.requestDueUpdates(BATCH);
			asked += batch;
		}
		while (batch == BATCH);
		if (asked > 0) {
			log.info("Asked the owners of {} practices for an update on their results", asked);
		}
	}

}
