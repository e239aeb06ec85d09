package hu.gyakorlattar.shared;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the event publication registry's promise that an event handed from one module to
 * another survives a crash: a publication still incomplete after {@code resubmit-after}
 * (its instance died while handling it, or its listener failed) is handed to its listener
 * again, shortly after start and then every {@code resubmit-interval}; completed ones are
 * deleted once older than {@code completed-retention}.
 * <p>
 * Only publications older than {@code resubmit-after} are resubmitted, so another
 * instance's event still in hand is normally left alone; the registry marks each
 * publication resubmitted with a conditional update, so of several instances only one
 * takes it. A listener may still see an event twice (the crash can come after its work
 * committed and before the publication was marked complete): every listener is
 * idempotent.
 */
@Component
class EventPublications {

	private static final Logger log = LoggerFactory.getLogger(EventPublications.class);

	private final IncompleteEventPublications incomplete;

	private final CompletedEventPublications completed;

	private final Duration resubmitAfter;

	private final Duration retention;

	EventPublications(IncompleteEventPublications incomplete, CompletedEventPublications completed,
			EventProperties properties) {
		this.incomplete = incomplete;
		this.completed = completed;
		this.resubmitAfter = properties.resubmitAfter();
		this.retention = properties.completedRetention();
	}

	@Scheduled(fixedDelayString = "${gyakorlattar.events.resubmit-interval:PT1M}", initialDelayString = "PT10S")
	void resubmitIncomplete() {
		this.incomplete.resubmitIncompletePublicationsOlderThan(this.resubmitAfter);
	}

	@Scheduled(cron = "${gyakorlattar.events.cleanup-cron:0 45 3 * * *}", zone = "Europe/Budapest")
	void deleteCompleted() {
		this.completed.deletePublicationsOlderThan(this.retention);
		log.debug("Deleted event publications completed more than {} ago", this.retention);
	}

}
