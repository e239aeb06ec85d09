package hu.gyakorlattar.feedback;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long after a conference's end its survey takes (and lets attendees change) answers:
 * long enough for the follow-up mail and a reminder-free week, short enough that the
 * office can report on a closed set.
 */
@ConfigurationProperties("gyakorlattar.feedback")
record FeedbackProperties(@DefaultValue("P14D") Duration openFor) {
}
