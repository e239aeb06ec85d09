package hu.gyakorlattar.bench;

import io.gatling.javaapi.http.HttpProtocolBuilder;

import static io.gatling.javaapi.http.HttpDsl.http;

/**
 * What every simulation shares: the application's address and the one registration body,
 * so the registration burst and its bare-endpoint ceiling send the same bytes. Sizes come
 * from system properties that bench/run sets from its environment.
 */
final class Load {

	static final String BASE_URL = System.getProperty("bench.baseUrl", "http://127.0.0.1:8093");

	/**
	 * A registration as the public API takes it; #{n} makes every address new, and
	 * {@code bench.who} starts the address (the burst's rows are counted by it).
	 */
	static final String REGISTRATION = """
			{"familyName":"Kovács","givenName":"Anna #{n}","email":"%s-#{n}@example.hu",\
			"post":"jegyző","organisation":"Példa Község Önkormányzata","phone":"+36 30 123 4567",\
			"privacyNoticeAccepted":true,"listConsent":false,"followUpConsent":true}"""
		.formatted(System.getProperty("bench.who", "terheles"));

	private Load() {
	}

	static HttpProtocolBuilder protocol() {
		return http.baseUrl(BASE_URL).acceptEncodingHeader("gzip, deflate").userAgentHeader("gyakorlattar-bench");
	}

	static int integer(String name, int fallback) {
		return Integer.getInteger("bench." + name, fallback);
	}

}
