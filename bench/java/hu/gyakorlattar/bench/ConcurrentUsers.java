package hu.gyakorlattar.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * A closed model: {@code bench.users} users, each sending its next request as soon as the
 * last one is answered, for {@code bench.seconds}. Used for the knowledge-base search (with
 * {@code bench.queries}, a file of Hungarian queries, one a line, appended as {@code q};
 * with {@code bench.unseen=true} each made a search the application has not answered before),
 * the public conference page, and the bare endpoint that is their ceiling
 * ({@code bench.method=POST} posts the registration body, for the registration burst's
 * ceiling: the most requests per second Spring MVC answers here).
 */
public class ConcurrentUsers extends Simulation {

	{
		String path = System.getProperty("bench.path", "/esemenyek/2");
		String name = System.getProperty("bench.name", path);
		String queries = System.getProperty("bench.queries", "");
		ScenarioBuilder users;
		if ("POST".equals(System.getProperty("bench.method"))) {
			users = scenario(name).exec(http(name).post(path)
				.header("Content-Type", "application/json")
				.body(StringBody(Load.REGISTRATION.replace("#{n}", "0")))
				.check(status().in(200, 202)));
		}
		else if (queries.isEmpty()) {
			users = scenario(name).exec(http(name).get(path).check(status().is(200)));
		}
		else if (Boolean.getBoolean("bench.unseen")) {
			// Each query new to the application's kept answers, the index's work the same: it
			// also excludes a word no practice has ("-zqxjbcd"), a different one each time.
			AtomicLong searches = new AtomicLong();
			users = scenario(name).feed(listFeeder(queries(Path.of(queries))).circular())
				.exec(http(name).get(path)
					.queryParam("q", (session) -> session.getString("q") + " -zqxj"
							+ letters(searches.incrementAndGet()))
					.check(status().is(200)));
		}
		else {
			users = scenario(name).feed(listFeeder(queries(Path.of(queries))).circular())
				.exec(http(name).get(path).queryParam("q", "#{q}").check(status().is(200)));
		}
		setUp(users.injectClosed(constantConcurrentUsers(Load.integer("users", 20)).during(Load.integer("seconds", 30))))
			.protocols(Load.protocol().shareConnections());
	}

	/** A number in letters (b, c, … ba, bb…), as a word the analysis keeps whole. */
	private static String letters(long number) {
		StringBuilder letters = new StringBuilder();
		for (long rest = number; rest > 0; rest /= 26) {
			letters.insert(0, (char) ('a' + rest % 26));
		}
		return letters.toString();
	}

	private static List<Map<String, Object>> queries(Path file) {
		try {
			return Files.readAllLines(file, StandardCharsets.UTF_8)
				.stream()
				.filter((line) -> !line.isBlank() && !line.startsWith("#"))
				.map((line) -> Map.<String, Object>of("q", line.strip()))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
