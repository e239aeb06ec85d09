package hu.gyakorlattar.questions;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import hu.gyakorlattar.conference.AgendaItemKind;
import hu.gyakorlattar.conference.ConferenceManagement;
import hu.gyakorlattar.conference.ConferencesForRegistrationTests;
import hu.gyakorlattar.registration.Participant;
import hu.gyakorlattar.registration.RegistrantsForQuestionsTests;
import hu.gyakorlattar.registration.RegistrationManagement;
import hu.gyakorlattar.shared.HungarianFormats;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How long an approved question takes to reach 2,000 connected live pages (SSE, through
 * PostgreSQL LISTEN/NOTIFY), and how many questions per second the participants' form
 * accepts while they are connected. The viewers are HTTP clients in the same JVM on the
 * same machine, so they compete with the app for the CPU. Skipped unless asked for:
 * {@code ./mvnw test -Dtest=LiveQuestionsBenchmark -Dbench=true} (and
 * {@code -Dbench.viewers=…}, {@code -Dbench.rounds=…}).
 */
@EnabledIfSystemProperty(named = "bench", matches = "true")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "gyakorlattar.questions.per-participant-per-minute=100000000",
				// every viewer connects from loopback
				"gyakorlattar.questions.streams-per-address=100000", "logging.level.root=WARN" })
class LiveQuestionsBenchmark {

	private static final int VIEWERS = Integer.getInteger("bench.viewers", 2000);

	private static final int ROUNDS = Integer.getInteger("bench.rounds", 30);

	private static final int ASKERS = Integer.getInteger("bench.askers", 16);

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	ConferenceManagement conferences;

	@Autowired
	Asking asking;

	@Autowired
	Moderating moderating;

	@Autowired
	RegistrationManagement registrations;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	ApplicationContext context;

	@Autowired
	Clock clock;

	@Test
	void latencyToTwoThousandViewersAndQuestionsPerSecond() throws Exception {
		// The day after tomorrow: with tomorrow, registration closes at 23.00 today, and
		// a run
		// after 23.00 Budapest time would set up a conference already closed.
		LocalDate day = LocalDate.ofInstant(this.clock.instant(), HungarianFormats.BUDAPEST).plusDays(2);
		long id = this.transaction.execute((status) -> ConferencesForRegistrationTests.published(this.conferences,
				"Terhelés", day, 100000, day.minusDays(10).atTime(9, 0), day.minusDays(1).atTime(23, 0)));
		ConferencesForRegistrationTests.withAgendaItem(this.conferences, id, LocalTime.of(10, 0), LocalTime.of(10, 30),
				AgendaItemKind.TALK, "Előadás");
		long started = System.nanoTime();
		List<String> tokens = new ArrayList<>();
		for (int i = 0; i < VIEWERS; i++) {
			tokens.add(RegistrantsForQuestionsTests.confirmed(this.context, id, "Néző", "N" + i));
		}
		System.out.printf("bench: %d registrants in %d ms%n", VIEWERS, millisSince(started));

		String base = "http://127.0.0.1:" + this.port;
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		CountDownLatch connected = new CountDownLatch(VIEWERS);
		AtomicInteger round = new AtomicInteger(-1);
		AtomicLongArray arrivals = new AtomicLongArray(VIEWERS);
		AtomicInteger arrived = new AtomicInteger();
		started = System.nanoTime();
		for (int v = 0; v < VIEWERS; v++) {
			int viewer = v;
			http.sendAsync(
					HttpRequest.newBuilder(URI.create(base + "/regisztraciom/" + tokens.get(v) + "/kerdesek/frissites"))
						.header("Accept", "text/event-stream")
						.build(),
					HttpResponse.BodyHandlers.fromLineSubscriber(new Flow.Subscriber<String>() {

						@Override
						public void onSubscribe(Flow.Subscription subscription) {
							subscription.request(Long.MAX_VALUE);
						}

						@Override
						public void onNext(String line) {
							if (line.equals(":connected")) {
								connected.countDown();
							}
							else if (line.startsWith("event:") && round.get() >= 0
									&& arrivals.compareAndSet(viewer, 0, System.nanoTime())) {
								arrived.incrementAndGet();
							}
						}

						@Override
						public void onError(Throwable throwable) {
						}

						@Override
						public void onComplete() {
						}

					}));
		}
		assertThat(connected.await(120, TimeUnit.SECONDS)).as("all viewers connected").isTrue();
		System.out.printf("bench: %d SSE viewers connected in %d ms%n", VIEWERS, millisSince(started));

		Participant asker = this.registrations.participant(tokens.get(0)).orElseThrow();
		List<Long> latencies = new ArrayList<>();
		List<Long> lastViewer = new ArrayList<>();
		int missed = 0;
		for (int r = 0; r < ROUNDS; r++) {
			long question = this.asking.ask(asker, new QuestionForm(null, "Mérő kérdés " + r, false));
			Thread.sleep(700);
			for (int v = 0; v < VIEWERS; v++) {
				arrivals.set(v, 0);
			}
			arrived.set(0);
			round.set(r);
			long t0 = System.nanoTime();
			this.moderating.approve(id, question);
			long deadline = t0 + TimeUnit.SECONDS.toNanos(10);
			while (arrived.get() < VIEWERS && System.nanoTime() < deadline) {
				Thread.sleep(2);
			}
			long slowest = 0;
			for (int v = 0; v < VIEWERS; v++) {
				long at = arrivals.get(v);
				if (at == 0) {
					missed++;
					continue;
				}
				long latency = TimeUnit.NANOSECONDS.toMicros(at - t0);
				latencies.add(latency);
				slowest = Math.max(slowest, latency);
			}
			lastViewer.add(slowest);
			round.set(-1);
			Thread.sleep(700);
		}
		Collections.sort(latencies);
		Collections.sort(lastViewer);
		System.out.printf(
				"bench: approved question -> %d viewers, %d rounds: median %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms;"
						+ " last viewer per round: median %.1f ms, p95 %.1f ms; missed %d%n",
				VIEWERS, ROUNDS, pct(latencies, 50), pct(latencies, 95), pct(latencies, 99),
				latencies.get(latencies.size() - 1) / 1000.0, pct(lastViewer, 50), pct(lastViewer, 95), missed);

		for (boolean autoApprove : new boolean[] { false, true }) {
			this.moderating.configure(id, new ModerationForms.SettingsForm(autoApprove, false));
			askingRate(base, tokens, autoApprove);
		}
	}

	/** ASKERS participants post questions through the form for 15 seconds. */
	private void askingRate(String base, List<String> tokens, boolean autoApprove) throws Exception {
		AtomicLong accepted = new AtomicLong();
		AtomicLong refused = new AtomicLong();
		List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
		List<Thread> threads = new ArrayList<>();
		for (int a = 0; a < ASKERS; a++) {
			String token = tokens.get(1 + a);
			Thread thread = new Thread(() -> {
				try {
					HttpClient client = HttpClient.newBuilder()
						.cookieHandler(new CookieManager())
						.followRedirects(HttpClient.Redirect.NEVER)
						.build();
					String page = client
						.send(HttpRequest.newBuilder(URI.create(base + "/regisztraciom/" + token + "/kerdesek"))
							.build(), HttpResponse.BodyHandlers.ofString())
						.body();
					Matcher csrf = CSRF.matcher(page);
					if (!csrf.find()) {
						throw new IllegalStateException("No CSRF token on the page");
					}
					int n = 0;
					while (System.nanoTime() < end) {
						String form = "_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8) + "&text="
								+ URLEncoder.encode("Terheléses kérdés " + n++, StandardCharsets.UTF_8)
								+ "&agendaItemId=";
						long sent = System.nanoTime();
						HttpResponse<Void> response = client
							.send(HttpRequest.newBuilder(URI.create(base + "/regisztraciom/" + token + "/kerdesek"))
								.header("Content-Type", "application/x-www-form-urlencoded")
								.POST(HttpRequest.BodyPublishers.ofString(form))
								.build(), HttpResponse.BodyHandlers.discarding());
						latencies.add(TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - sent));
						if (response.statusCode() == 302) {
							accepted.incrementAndGet();
						}
						else {
							refused.incrementAndGet();
						}
					}
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
			});
			threads.add(thread);
			thread.start();
		}
		for (Thread thread : threads) {
			thread.join();
		}
		List<Long> sorted = new ArrayList<>(latencies);
		Collections.sort(sorted);
		System.out.printf(
				"bench: %d participants asking for 15 s (auto-approve %s, %d viewers connected): %.1f questions/s accepted,"
						+ " %d refused; latency median %.1f ms, p95 %.1f ms%n",
				ASKERS, autoApprove, VIEWERS, accepted.get() / 15.0, refused.get(), pct(sorted, 50), pct(sorted, 95));
	}

	private static double pct(List<Long> sortedMicros, int percentile) {
		if (sortedMicros.isEmpty()) {
			return Double.NaN;
		}
		int index = (int) Math.ceil(percentile / 100.0 * sortedMicros.size()) - 1;
		return sortedMicros.get(Math.max(0, Math.min(index, sortedMicros.size() - 1))) / 1000.0;
	}

	private static long millisSince(long started) {
		return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
	}

}
