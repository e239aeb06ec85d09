package hu.gyakorlattar.shared;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.Assert;

/**
 * The public forms' limit ({@link PublicFormRateLimit}).
 *
 * @param paths the forms' paths; one ending in {@code /} stands for every path under it
 * @param perMinute how many submissions one client address may make to one form in a
 * minute
 */
@ConfigurationProperties("gyakorlattar.rate-limit")
record RateLimitProperties(List<String> paths, @DefaultValue("20") int perMinute) {

	RateLimitProperties {
		// Left out, no form would be limited: that must be a choice, not an accident.
		Assert.notNull(paths, "gyakorlattar.rate-limit.paths names the public forms to limit (empty: none)");
	}

}
