package hu.gyakorlattar.conference;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A local stand-in for Zoom's REST API v2 and its server-to-server OAuth endpoint,
 * answering the documented requests with the documented response shapes: {@code POST
 * /oauth/token?grant_type=account_credentials&account_id=…} (Basic auth) → access token;
 * {@code POST /v2/users/me/meetings} → 201 meeting; {@code PATCH /v2/meetings/{id}} →
 * 204; {@code POST /v2/meetings/{id}/registrants} → 201 registrant with its
 * {@code join_url}; {@code PUT /v2/meetings/{id}/registrants/status} → 204. API calls
 * without the issued bearer token get Zoom's 401 body. It records every request.
 * {@link #configure} points the app under test at it. {@link #hang} makes it a slow Zoom:
 * registrant requests wait for {@link #answer} (or a minute) before Zoom answers them.
 */
public final class ZoomStub implements AutoCloseable {

	public static final String ACCOUNT = "konto-123";

	public static final String CLIENT_ID = "kliens";

	public static final String CLIENT_SECRET = "titok";

	private static final String TOKEN = "zoom-hozzaferes-1";

	private static final JsonMapper json = JsonMapper.builder().build();

	private final HttpServer server;

	final List<Request> requests = new CopyOnWriteArrayList<>();

	private final AtomicInteger registrants = new AtomicInteger();

	private volatile boolean down;

	private volatile CountDownLatch slow;

	public record Request(String method, String path, String query, String authorization, JsonNode body) {

	}

	public ZoomStub() {
		try {
			this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.server.createContext("/", this::handle);
		// A request that hangs must not hold up the others.
		this.server.setExecutor(Executors.newCachedThreadPool());
		this.server.start();
	}

	public String oauthUrl() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/oauth/token";
	}

	public String apiUrl() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/v2";
	}

	/** Points the app's Zoom client at this stub. */
	public void configure(DynamicPropertyRegistry properties) {
		properties.add("gyakorlattar.zoom.oauth-url", this::oauthUrl);
		properties.add("gyakorlattar.zoom.api-url", this::apiUrl);
		properties.add("gyakorlattar.zoom.account-id", () -> ACCOUNT);
		properties.add("gyakorlattar.zoom.client-id", () -> CLIENT_ID);
		properties.add("gyakorlattar.zoom.client-secret", () -> CLIENT_SECRET);
	}

	public void goDown(boolean down) {
		this.down = down;
	}

	/** From now on, registrant requests wait for {@link #answer} before Zoom answers. */
	public void hang() {
		this.slow = new CountDownLatch(1);
	}

	/** Zoom answers the waiting registrant requests, and the next ones at once. */
	public void answer() {
		CountDownLatch waiting = this.slow;
		this.slow = null;
		if (waiting != null) {
			waiting.countDown();
		}
	}

	public List<Request> requestsTo(String method, String pathStart) {
		return this.requests.stream()
			.filter((request) -> request.method().equals(method) && request.path().startsWith(pathStart))
			.toList();
	}

	private void handle(HttpExchange exchange) throws IOException {
		byte[] raw = exchange.getRequestBody().readAllBytes();
		JsonNode body = (raw.length > 0) ? json.readTree(raw) : null;
		String path = exchange.getRequestURI().getPath();
		Request request = new Request(exchange.getRequestMethod(), path, exchange.getRequestURI().getQuery(),
				exchange.getRequestHeaders().getFirst("Authorization"), body);
		this.requests.add(request);
		CountDownLatch waiting = this.slow;
		if (waiting != null && path.endsWith("/registrants")) {
			try {
				waiting.await(1, TimeUnit.MINUTES);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		if (this.down) {
			respond(exchange, 503, "{\"code\":503,\"message\":\"Service unavailable\"}");
		}
		else if (path.equals("/oauth/token")) {
			respond(exchange, 200, "{\"access_token\":\"" + TOKEN
					+ "\",\"token_type\":\"bearer\",\"expires_in\":3599,\"scope\":\"meeting:write:admin\",\"api_url\":\"https://api.zoom.us\"}");
		}
		else if (!("Bearer " + TOKEN).equals(request.authorization())) {
			respond(exchange, 401, "{\"code\":124,\"message\":\"Invalid access token.\"}");
		}
		else if (request.method().equals("POST") && path.equals("/v2/users/me/meetings")) {
			respond(exchange, 201,
					"{\"uuid\":\"aDYlohsHRtCd4ii1uC2+hA==\",\"id\":85746065432,\"host_id\":\"AbcDefGHi\",\"topic\":"
							+ body.get("topic") + ",\"type\":2,\"start_time\":\"" + body.get("start_time").asString()
							+ "Z\",\"duration\":" + body.get("duration")
							+ ",\"timezone\":\"Europe/Budapest\",\"join_url\":\"https://zoom.example/j/85746065432?pwd=abc\","
							+ "\"start_url\":\"https://zoom.example/s/85746065432?zak=x\",\"registration_url\":\"https://zoom.example/meeting/register/tZ\"}");
		}
		else if (request.method().equals("PATCH") && path.startsWith("/v2/meetings/")) {
			respond(exchange, 204, null);
		}
		else if (request.method().equals("POST") && path.endsWith("/registrants")) {
			String registrant = "reg-" + this.registrants.incrementAndGet();
			respond(exchange, 201, "{\"id\":85746065432,\"join_url\":\"https://zoom.example/w/85746065432?tk="
					+ registrant + "\",\"registrant_id\":\"" + registrant
					+ "\",\"start_time\":\"2032-09-15T08:00:00Z\",\"topic\":\"Konferencia\",\"occurrences\":[]}");
		}
		else if (request.method().equals("PUT") && path.endsWith("/registrants/status")) {
			respond(exchange, 204, null);
		}
		else {
			respond(exchange, 404, "{\"code\":3001,\"message\":\"Meeting does not exist.\"}");
		}
	}

	private static void respond(HttpExchange exchange, int status, String body) throws IOException {
		if (body == null) {
			exchange.sendResponseHeaders(status, -1);
		}
		else {
			byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", "application/json");
			exchange.sendResponseHeaders(status, bytes.length);
			exchange.getResponseBody().write(bytes);
		}
		exchange.close();
	}

	@Override
	public void close() {
		answer();
		this.server.stop(0);
	}

}
