package hu.gyakorlattar.questions;

import java.time.Duration;

import hu.gyakorlattar.shared.RateLimits;

import org.springframework.stereotype.Component;

/**
 * Questions sent per participant and minute (those refused for their content aside), so
 * one participant cannot flood the moderator's queue. Counted across instances, like the
 * other public forms.
 */
@Component
class QuestionRateLimit {

	private static final Duration PERIOD = Duration.ofMinutes(1);

	private final RateLimits limits;

	private final QuestionsProperties properties;

	QuestionRateLimit(RateLimits limits, QuestionsProperties properties) {
		this.limits = limits;
		this.properties = properties;
	}

	/** A question refused for its content does not count. */
	void refund(long registrationId) {
		this.limits.refund(key(registrationId), PERIOD);
	}

	/** Counts a question of this participant; answers whether it may go on. */
	boolean admits(long registrationId) {
		return this.limits.admit(key(registrationId), this.properties.perParticipantPerMinute(), PERIOD);
	}

	private static String key(long registrationId) {
		return "question participant " + registrationId;
	}

}
