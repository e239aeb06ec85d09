package hu.gyakorlattar.shared;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;

import hu.gyakorlattar.GyakorlattarApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an operator meets when things go wrong, on the running application (a real Tomcat,
 * as a load balancer reaches it) and a PostgreSQL of this class's own that it stops under
 * the application's feet: a 100 MB upload gets the friendly 413, the metrics refuse
 * strangers, a database outage is answered 503 within seconds and takes readiness (not
 * liveness) down, and the application still stops promptly.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(OutputCaptureExtension.class)
class OperationsFaultTests {

	private static final long HUNDRED_MEGABYTES = 100L * 1024 * 1024;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private Path dataDirectory;

	private EmbeddedPostgres database;

	private ConfigurableApplicationContext application;

	private String base;

	@BeforeAll
	void startDatabaseAndApplication() throws IOException {
		this.dataDirectory = Files.createTempDirectory("operations-faults");
		this.database = EmbeddedPostgres.builder()
			.setDataDirectory(this.dataDirectory)
			.setCleanDataDirectory(false)
			.setRegisterShutdownHook(false)
			.setServerConfig("timezone", "UTC")
			.start();
		this.application = new SpringApplicationBuilder(GyakorlattarApplication.class).run("--server.port=0",
				"--spring.datasource.url=" + this.database.getJdbcUrl("postgres", "postgres"),
				"--spring.datasource.username=postgres", "--gyakorlattar.demo-data=false",
				"--gyakorlattar.mail.poll-interval=PT1H");
		this.base = "http://127.0.0.1:" + this.application.getEnvironment().getProperty("local.server.port");
	}

	@AfterAll
	void stopAll() throws IOException {
		if (this.application != null) {
			this.application.close();
		}
		this.database.close();
		FileSystemUtils.deleteRecursively(this.dataDirectory);
	}

	@Test
	@Order(1)
	void aHundredMegabyteUploadGetsTheFriendlyPageNotADroppedConnection(CapturedOutput output) throws Exception {
		HttpResponse<String> page = this.http.send(HttpRequest.newBuilder(URI.create(this.base + "/admin/telepulesek"))
			.header("Content-Type", "multipart/form-data; boundary=hatar")
			.header("Accept", "text/html")
			.POST(hundredMegabytes())
			.build(), BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(413);
		assertThat(page.body()).contains("Túl nagy feltöltés").contains("legfeljebb 26 MB");

		HttpResponse<String> api = this.http
			.send(HttpRequest.newBuilder(URI.create(this.base + "/api/conferences/1/registrations"))
				.header("Content-Type", "application/json")
				.header("Cookie", "lang=en")
				.POST(hundredMegabytes())
				.build(), BodyHandlers.ofString());
		assertThat(api.statusCode()).isEqualTo(413);
		assertThat(api.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		assertThat(api.body()).contains("\"title\":\"Upload too large\"").contains("At most 26 MB");

		assertThat(output.getAll()).doesNotContain("ERROR");
	}

	@Test
	@Order(2)
	void theMetricsRefuseStrangersAndServeAnAdminsScraper() throws Exception {
		assertThat(get("/actuator/prometheus", null).statusCode()).isEqualTo(401);
		assertThat(get("/actuator/prometheus", "nobody@example.hu:guess").statusCode()).isEqualTo(401);

		HttpResponse<String> metrics = get("/actuator/prometheus", "admin@gyakorlattar.local:admin-jelszo-teszt");
		assertThat(metrics.statusCode()).isEqualTo(200);
		assertThat(metrics.body()).contains("gyakorlattar_day_before_links{state=\"sent\"} 0.0")
			.contains("gyakorlattar_questions_live_streams 0.0")
			.contains("hikaricp_connections_active");
	}

	@Test
	@Order(3)
	void aDatabaseOutageIsAnswered503FastTakesReadinessDownAndTheApplicationStillStops() throws Exception {
		assertThat(get("/actuator/health/readiness", null).statusCode()).isEqualTo(200);

		this.database.close();
		// Connections idle for longer than this are checked before use; one in use at the
		// very moment of the outage fails with a 500.
		Thread.sleep(1000);

		long started = System.nanoTime();
		HttpResponse<String> page = this.http.send(
				HttpRequest.newBuilder(URI.create(this.base + "/esemenyek")).header("Accept", "text/html").build(),
				BodyHandlers.ofString());
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
		assertThat(page.statusCode()).isEqualTo(503);
		assertThat(page.headers().firstValue("Retry-After")).hasValue("30");
		assertThat(page.body()).contains("A szolgáltatás átmenetileg nem érhető el");

		// Each of these waits out the pool's wait for a connection too: asked together,
		// they wait it once.
		CompletableFuture<HttpResponse<String>> apiAnswer = getAsync("/api/conferences");
		CompletableFuture<HttpResponse<String>> readinessAnswer = getAsync("/actuator/health/readiness");
		CompletableFuture<HttpResponse<String>> livenessAnswer = getAsync("/actuator/health/liveness");
		HttpResponse<String> api = apiAnswer.join();
		assertThat(api.statusCode()).isEqualTo(503);
		assertThat(api.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");

		HttpResponse<String> readiness = readinessAnswer.join();
		assertThat(readiness.statusCode()).isEqualTo(503);
		assertThat(readiness.body()).contains("\"status\":\"DOWN\"");
		HttpResponse<String> liveness = livenessAnswer.join();
		assertThat(liveness.statusCode()).isEqualTo(200);
		assertThat(liveness.body()).contains("\"status\":\"UP\"");

		started = System.nanoTime();
		this.application.close();
		this.application = null;
		assertThat(Duration.ofNanos(System.nanoTime() - started)).as("stopping without a database")
			.isLessThan(Duration.ofSeconds(30));
	}

	private HttpResponse<String> get(String path, String credentials) throws Exception {
		return this.http.send(request(path, credentials), BodyHandlers.ofString());
	}

	private CompletableFuture<HttpResponse<String>> getAsync(String path) {
		return this.http.sendAsync(request(path, null), BodyHandlers.ofString());
	}

	private HttpRequest request(String path, String credentials) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
			.timeout(Duration.ofSeconds(30))
			.GET();
		if (credentials != null) {
			request.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
		}
		return request.build();
	}

	/** A body of 100 MB of zeros with its length declared, as a browser sends a file. */
	private static HttpRequest.BodyPublisher hundredMegabytes() {
		return BodyPublishers.fromPublisher(BodyPublishers.ofInputStream(() -> new InputStream() {

			private long left = HUNDRED_MEGABYTES;

			@Override
			public int read() {
				return (this.left-- > 0) ? 0 : -1;
			}

			@Override
			public int read(byte[] buffer, int offset, int length) {
				if (this.left <= 0) {
					return -1;
				}
				int count = (int) Math.min(length, this.left);
				this.left -= count;
				return count;
			}

		}), HUNDRED_MEGABYTES);
	}

}
