package hu.gyakorlattar.bench;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * The registration burst: {@code bench.registrations} registrations for one conference
 * arriving evenly over {@code bench.seconds}, an open model: arrivals do not wait for the
 * application, so a slow answer shows as latency and queueing, not as a politely lower
 * rate. Each arrival is a new client on a new connection with a new address.
 */
public class RegistrationBurst extends Simulation {

	private final AtomicLong sequence = new AtomicLong();

	private final Iterator<Map<String, Object>> registrants = Stream
		.generate(() -> Map.<String, Object>of("n", this.sequence.incrementAndGet()))
		.iterator();

	{
		int registrations = Load.integer("registrations", 5000);
		int seconds = Load.integer("seconds", 30);
		String path = System.getProperty("bench.path",
				"/api/conferences/" + Load.integer("conference", 2) + "/registrations");
		ScenarioBuilder burst = scenario("registration").feed(this.registrants)
			.exec(http("register").post(path)
				.header("Content-Type", "application/json")
				.header("Accept", "application/json")
				.body(StringBody(Load.REGISTRATION))
				.check(status().is(202)));
		setUp(burst.injectOpen(constantUsersPerSec(registrations / (double) seconds).during(seconds)))
			.protocols(Load.protocol());
	}

}
