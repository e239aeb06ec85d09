package hu.gyakorlattar.shared;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.web.http.CookieSerializer.CookieValue;
import org.springframework.session.web.http.DefaultCookieSerializer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Behind a proxy: the session cookie follows the public address, not what the proxy says;
 * the strategy that believes any client's forwarded headers is refused.
 */
class ProxyTrustTests {

	@Test
	void theSessionCookieIsSecureWhenThePublicAddressIsHttpsEvenIfTheRequestLooksPlain() {
		assertThat(sessionCookie("https://gyakorlattar.example.hu")).contains("Secure");
	}

	@Test
	void aPlainHttpInstallationKeepsACookieItsBrowsersCanSendBack() {
		assertThat(sessionCookie("http://localhost:8080")).doesNotContain("Secure");
	}

	@Test
	void forwardedHeadersFromAnyClientAreRefusedAtStart() {
		assertThatIllegalStateException().isThrownBy(() -> new ProxyTrust("framework"))
			.withMessageContaining("SERVER_TOMCAT_REMOTEIP_INTERNAL_PROXIES");
		new ProxyTrust("native");
		new ProxyTrust("none");
	}

	private static String sessionCookie(String baseUrl) {
		DefaultCookieSerializer cookies = new DefaultCookieSerializer();
		new ProxyTrust("none").secureSessionCookie(new SiteAddress(baseUrl)).customize(cookies);
		MockHttpServletRequest plainRequest = new MockHttpServletRequest("GET", "/");
		MockHttpServletResponse response = new MockHttpServletResponse();
		cookies.writeCookieValue(new CookieValue(plainRequest, response, "session-id"));
		return response.getHeader("Set-Cookie");
	}

}
