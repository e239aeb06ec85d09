package hu.gyakorlattar.shared;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.session.autoconfigure.DefaultCookieSerializerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Behind a reverse proxy. The client address decides rate limits, so forwarded headers
 * are believed only from the proxies the operator names: Tomcat's RemoteIpValve
 * ({@code server.forward-headers-strategy=native} with
 * {@code server.tomcat.remoteip.internal-proxies}). The {@code framework} strategy
 * believes {@code X-Forwarded-For} from anyone, so a client could pick a fresh rate-limit
 * key for every request: the application refuses to start with it. And the session cookie
 * is {@code Secure} whenever the public address is https, whatever the proxy tells or
 * does not tell about the scheme.
 */
@Configuration(proxyBeanMethods = false)
class ProxyTrust {

	ProxyTrust(@Value("${server.forward-headers-strategy:none}") String forwardHeaders) {
		if ("framework".equalsIgnoreCase(forwardHeaders.strip())) {
			throw new IllegalStateException("server.forward-headers-strategy=framework trusts X-Forwarded-For from "
					+ "any client. Use SERVER_FORWARD_HEADERS_STRATEGY=native and name your proxies in "
					+ "SERVER_TOMCAT_REMOTEIP_INTERNAL_PROXIES (a regular expression of their addresses).");
		}
	}

	@Bean
	DefaultCookieSerializerCustomizer secureSessionCookie(SiteAddress site) {
		return (cookies) -> {
			if (site.secure()) {
				cookies.setUseSecureCookie(true);
			}
		};
	}

}
