package hu.gyakorlattar;

import java.util.List;
import java.util.Optional;

import org.springframework.aot.AotDetector;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * The AOT-processed start (README, "Faster start") runs the bean definitions that the
 * build's {@code process-aot} chose for the embedded default, without evaluating their
 * conditions again: the embedded PostgreSQL and the demo data (no datasource), mail kept
 * in the outbox (no SMTP host), the embedded Lucene index, no profile. A run configured
 * otherwise would silently ignore that configuration, so it is refused, naming what needs
 * the ordinary start.
 */
class AotStartGuard implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

	/** Properties read by conditions that the build evaluated with none of them set. */
	static final List<String> DECIDED_AT_BUILD = List.of("spring.datasource.url", "spring.mail.host",
			"spring.mail.jndi-name", "gyakorlattar.demo-data", "gyakorlattar.search.backend",
			"spring.jpa.properties.hibernate.search.backend.directory.type");

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		if (AotDetector.useGeneratedArtifacts()) {
			unsupported(event.getEnvironment()).ifPresent((problem) -> {
				throw new IllegalStateException(problem);
			});
		}
	}

	static Optional<String> unsupported(Environment environment) {
		if (environment.getActiveProfiles().length > 0) {
			return Optional.of(refusal("a profile (" + String.join(", ", environment.getActiveProfiles()) + ")"));
		}
		return DECIDED_AT_BUILD.stream()
			.filter((property) -> StringUtils.hasText(environment.getProperty(property)))
			.findFirst()
			.map((property) -> refusal(property));
	}

	private static String refusal(String setting) {
		return "The AOT-processed start (-Dspring.aot.enabled=true) is built for the embedded default and cannot apply "
				+ setting + ": start without -Dspring.aot.enabled=true";
	}

}
