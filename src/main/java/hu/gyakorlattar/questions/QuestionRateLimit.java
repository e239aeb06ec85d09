package hu.gyakorlattar.questions;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

import org.springframework.stereotype.Component;

/**
 * Questions sent per participant and minute (those refused for their content aside), so
 * one participant cannot flood the moderator's queue. Counted per instance, like the
 * other public forms.
 */
@Component
class QuestionRateLimit {

	private static final int MAX_TRACKED = 10_000;

	private final Map<Long, Bucket> buckets = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<Long, Bucket> eldest) {
			return size() > MAX_TRACKED;
		}
	});

	private final QuestionsProperties properties;

	QuestionRateLimit(QuestionsProperties properties) {
		this.properties = properties;
	}

	/** A question refused for its content does not count. */
	void refund(long registrationId) {
		Bucket bucket = this.buckets.get(registrationId);
		if (bucket != null) {
			bucket.addTokens(1);
		}
	}

	/** Counts a question of this participant; answers whether it may go on. */
	boolean admits(long registrationId) {
		int capacity = this.properties.perParticipantPerMinute();
		return this.buckets
			.computeIfAbsent(registrationId, (key) -> Bucket.builder()
				.addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, Duration.ofMinutes(1)).build())
				.build())
			.tryConsume(1);
	}

}
