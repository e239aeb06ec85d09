package hu.gyakorlattar.shared;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the published events are looked after ({@link EventPublications}); how often that
 * is done is the schedule's ({@code gyakorlattar.events.resubmit-interval},
 * {@code cleanup-cron}).
 *
 * @param resubmitAfter how long an event may stay with a listener unfinished before it is
 * handed to the listener again
 * @param completedRetention how long a finished event is kept
 */
@ConfigurationProperties("gyakorlattar.events")
record EventProperties(@DefaultValue("PT2M") Duration resubmitAfter, @DefaultValue("P7D") Duration completedRetention) {

}
