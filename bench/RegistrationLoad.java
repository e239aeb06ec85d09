import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load driver for POST /api/conferences/{id}/registrations: N concurrent clients, each with
 * its own session and CSRF token (taken from the registration form once), each request a
 * new e-mail address, for a fixed time, against an app on this machine only. Prints
 * requests per second, the status codes and latency percentiles.
 *
 * java bench/RegistrationLoad.java http://localhost:8092 2 8 30
 * (base URL, conference id, clients, seconds)
 */
public class RegistrationLoad {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	public static void main(String[] args) throws Exception {
		String base = args.length > 0 ? args[0] : "http://localhost:8092";
		if (!base.matches("https?://(localhost|127\\.[0-9.]+|\\[::1\\])(:\\d+)?")) {
			throw new IllegalArgumentException("Only an app on this machine may be loaded: " + base);
		}
		long conference = args.length > 1 ? Long.parseLong(args[1]) : 2;
		int clients = args.length > 2 ? Integer.parseInt(args[2]) : 8;
		int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 30;
		String run = Long.toString(System.currentTimeMillis(), 36);

		AtomicInteger sequence = new AtomicInteger();
		AtomicLong requests = new AtomicLong();
		ConcurrentHashMap<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
		List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
		long warmupEnd = System.nanoTime() + Duration.ofSeconds(5).toNanos();
		long end = warmupEnd + Duration.ofSeconds(seconds).toNanos();

		List<Thread> threads = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			Thread thread = new Thread(() -> {
				try {
					HttpClient http = HttpClient.newBuilder()
						.cookieHandler(new java.net.CookieManager())
						.connectTimeout(Duration.ofSeconds(5))
						.build();
					String form = http
						.send(HttpRequest.newBuilder(URI.create(base + "/esemenyek/" + conference + "/regisztracio"))
							.build(), HttpResponse.BodyHandlers.ofString())
						.body();
					Matcher csrf = CSRF.matcher(form);
					if (!csrf.find()) {
						throw new IllegalStateException("No CSRF token on the form");
					}
					String token = csrf.group(1);
					while (System.nanoTime() < end) {
						int n = sequence.incrementAndGet();
						String json = """
								{"familyName": "Terhelés", "givenName": "Résztvevő %d", "email": "load-%s-%d@example.hu",
								 "post": "jegyző", "organisation": "Mérőállomás", "privacyNoticeAccepted": true,
								 "listConsent": false, "followUpConsent": false}""".formatted(n, run, n);
						long started = System.nanoTime();
						HttpResponse<Void> response = http.send(
								HttpRequest
									.newBuilder(URI.create(base + "/api/conferences/" + conference + "/registrations"))
									.header("Content-Type", "application/json")
									.header("X-CSRF-TOKEN", token)
									.timeout(Duration.ofSeconds(30))
									.POST(HttpRequest.BodyPublishers.ofString(json))
									.build(),
								HttpResponse.BodyHandlers.discarding());
						long finished = System.nanoTime();
						if (started > warmupEnd) {
							requests.incrementAndGet();
							latencies.add(finished - started);
							statuses.computeIfAbsent(response.statusCode(), (k) -> new AtomicLong()).incrementAndGet();
						}
					}
				}
				catch (Exception ex) {
					System.err.println("Client failed: " + ex);
				}
			});
			thread.start();
			threads.add(thread);
		}
		for (Thread thread : threads) {
			thread.join();
		}
		List<Long> sorted = new ArrayList<>(latencies);
		Collections.sort(sorted);
		System.out.printf("clients=%d measured=%ds requests=%d throughput=%.1f registrations/s statuses=%s%n", clients,
				seconds, requests.get(), requests.get() / (double) seconds, statuses);
		if (!sorted.isEmpty()) {
			System.out.printf("latency ms: p50=%.1f p95=%.1f p99=%.1f max=%.1f%n", pct(sorted, 50), pct(sorted, 95),
					pct(sorted, 99), sorted.get(sorted.size() - 1) / 1e6);
		}
	}

	private static double pct(List<Long> sorted, int p) {
		return sorted.get(Math.min(sorted.size() - 1, sorted.size() * p / 100)) / 1e6;
	}

}
