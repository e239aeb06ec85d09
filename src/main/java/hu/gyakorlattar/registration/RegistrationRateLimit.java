package hu.gyakorlattar.registration;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

import org.springframework.stereotype.Component;

/**
 * Registrations accepted per client address and minute, and per e-mail address and hour,
 * on the form and the API together: a script can neither flood the office with
 * registrations nor someone's mailbox with confirmation requests. Counted per instance,
 * like the other public forms.
 */
@Component
class RegistrationRateLimit {

	private static final int MAX_TRACKED = 10_000;

	private final Map<String, Bucket> buckets = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
			return size() > MAX_TRACKED;
		}
	});

	private final RegistrationProperties properties;

	RegistrationRateLimit(RegistrationProperties properties) {
		this.properties = properties;
	}

	/** Counts a submission from this address; answers whether it may go on. */
	boolean admitsAddress(String address) {
		return this.buckets
			.computeIfAbsent("address " + address,
					(key) -> bucket(this.properties.perAddressPerMinute(), Duration.ofMinutes(1)))
			.tryConsume(1);
	}

	/** Counts a registration for this e-mail address; answers whether it may go on. */
	boolean admitsEmail(String email) {
		if (email == null || email.isBlank()) {
			return true;
		}
		return this.buckets
			.computeIfAbsent("email " + Registration.emailKey(email),
					(key) -> bucket(this.properties.perEmailPerHour(), Duration.ofHours(1)))
			.tryConsume(1);
	}

	private static Bucket bucket(int capacity, Duration period) {
		return Bucket.builder()
			.addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, period).build())
			.build();
	}

}
