package hu.gyakorlattar.practice;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import hu.gyakorlattar.shared.FreePorts;

/**
 * A real OpenSearch node for the scaled-out tests, one per test JVM, started on first use
 * and stopped with the JVM: the distribution Maven unpacked into
 * {@code target/opensearch} (with the analysis and reindex modules beside it), run as a
 * process of its own on free ports with a throw-away data and config directory holding
 * the Hungarian dictionary files ({@link OpenSearchNodeFiles}). JNA finds no native
 * library: OpenSearch refuses to run as root only when JNA can tell (CI runs as root),
 * and a loopback node needs no native calls.
 */
final class OpenSearchNode {

	private static final Logger log = LoggerFactory.getLogger(OpenSearchNode.class);

	private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

	/**
	 * The modules Maven copies beside the minimal distribution, whose jars come without
	 * their descriptor: the Hungarian analysis's filters, and the _delete_by_query of the
	 * start-up rebuild's purge.
	 */
	private static final List<String> MODULES_FROM_MAVEN_CENTRAL = List.of("analysis-common", "reindex");

	private static String uri;

	private OpenSearchNode() {
	}

	/**
	 * The node's HTTP address, e.g. {@code http://127.0.0.1:41234}, started if need be.
	 */
	static synchronized String uri() {
		if (uri == null) {
			uri = start();
		}
		return uri;
	}

	private static String start() {
		try {
			long started = System.nanoTime();
			Path home = distribution();
			Path work = Files.createTempDirectory("opensearch-node");
			Path config = Files.createDirectories(work.resolve("config"));
			for (String file : new String[] { "opensearch.yml", "log4j2.properties", "jvm.options" }) {
				Files.copy(home.resolve("config").resolve(file), config.resolve(file));
			}
			OpenSearchNodeFiles.write(config);
			int httpPort = FreePorts.any();
			List<String> command = new ArrayList<>(List.of(
					Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xms384m", "-Xmx384m",
					"-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Djava.security.manager=allow", "-Djna.nosys=true",
					"-Djna.nounpack=true", "-Djna.boot.library.path=" + work.resolve("no-native-libraries"),
					"-Dopensearch.path.home=" + home, "-Dopensearch.path.conf=" + config,
					"-Dopensearch.distribution.type=zip", "-Dopensearch.bundled_jdk=false", "-Dlog4j2.disable.jmx=true",
					"-Djava.io.tmpdir=" + work, "-cp", classPath(home), "org.opensearch.bootstrap.OpenSearch",
					"-Ecluster.name=gyakorlattar-tests", "-Enode.name=tests", "-Ediscovery.type=single-node",
					"-Enetwork.host=127.0.0.1", "-Ehttp.port=" + httpPort, "-Etransport.port=" + FreePorts.any(),
					"-Epath.data=" + work.resolve("data"), "-Epath.logs=" + work.resolve("logs"),
					"-Ecluster.routing.allocation.disk.threshold_enabled=false"));
			Path output = work.resolve("output.log");
			Process node = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(output.toFile())
				.start();
			Runtime.getRuntime().addShutdownHook(new Thread(node::destroy, "opensearch-node-stop"));
			String address = "http://127.0.0.1:" + httpPort;
			awaitGreen(node, address, output);
			log.info("OpenSearch node at {} started in {} ms", address, (System.nanoTime() - started) / 1_000_000);
			return address;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Path distribution() throws IOException {
		Path unpacked = Path.of("target", "opensearch");
		try (Stream<Path> found = Files.list(unpacked)) {
			Path home = found.filter((path) -> path.getFileName().toString().startsWith("opensearch-"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("No OpenSearch in " + unpacked.toAbsolutePath()
						+ ": the build's generate-test-resources phase unpacks it"))
				.toAbsolutePath();
			for (String module : MODULES_FROM_MAVEN_CENTRAL) {
				Path descriptor = home.resolve("modules").resolve(module).resolve("plugin-descriptor.properties");
				try (InputStream in = OpenSearchNode.class
					.getResourceAsStream("/opensearch/" + module + ".properties")) {
					Files.copy(in, descriptor, StandardCopyOption.REPLACE_EXISTING);
				}
			}
			return home;
		}
	}

	private static String classPath(Path home) throws IOException {
		try (Stream<Path> jars = Files.list(home.resolve("lib"))) {
			return String.join(java.io.File.pathSeparator,
					jars.filter((jar) -> jar.getFileName().toString().endsWith(".jar")).map(Path::toString).toList());
		}
	}

	private static void awaitGreen(Process node, String address, Path output) throws IOException {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		HttpRequest health = HttpRequest
			.newBuilder(URI.create(address + "/_cluster/health?wait_for_status=yellow&timeout=1s"))
			.timeout(Duration.ofSeconds(5))
			.build();
		long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
		while (System.nanoTime() < deadline) {
			if (!node.isAlive()) {
				throw new IllegalStateException("OpenSearch did not start:\n" + tail(output));
			}
			try {
				if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// Not listening yet.
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			sleep();
		}
		node.destroy();
		throw new IllegalStateException("OpenSearch did not answer within " + START_TIMEOUT + ":\n" + tail(output));
	}

	private static void sleep() {
		try {
			Thread.sleep(200);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String tail(Path output) throws IOException {
		List<String> lines = Files.readAllLines(output);
		return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
	}

}
