package hu.gyakorlattar.shared;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Only the links to the static files whose address carries a hash of their content (the
 * style sheets and scripts: {@code spring.web.resources.chain.strategy.content.paths})
 * are looked up as static files when a page is rendered. Spring's filter, which Boot
 * registers, looked every {@code @{...}} link up as a possible static file, since the
 * static files are served under {@code /**}: a page's own addresses are most of its
 * links, and a miss is never cached (12 % of the search page's CPU at 20 users, issue
 * 19's profile). Declared, it replaces Boot's filter.
 */
class HashedStaticLinks extends ResourceUrlEncodingFilter {

	private static final AntPathMatcher paths = new AntPathMatcher();

	private final List<String> hashed;

	HashedStaticLinks(String... hashed) {
		this.hashed = List.of(hashed);
	}

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!(request instanceof HttpServletRequest http) || !(response instanceof HttpServletResponse plain)) {
			chain.doFilter(request, response);
			return;
		}
		super.doFilter(request, response, (hashingRequest, hashingResponse) -> chain.doFilter(hashingRequest,
				new Links(http.getContextPath(), (HttpServletResponse) hashingResponse, plain)));
	}

	/**
	 * Whether a link (with the context path) goes to a file whose address has its hash.
	 */
	boolean isHashed(String contextPath, String url) {
		if (!url.startsWith(contextPath + "/")) {
			return false;
		}
		String path = url.substring(contextPath.length()).split("[?#]", 2)[0];
		return this.hashed.stream().anyMatch((pattern) -> paths.match(pattern, path));
	}

	/** Answers other links without the static file lookup of Spring's filter. */
	private final class Links extends HttpServletResponseWrapper {

		private final String contextPath;

		private final HttpServletResponse plain;

		Links(String contextPath, HttpServletResponse hashing, HttpServletResponse plain) {
			super(hashing);
			this.contextPath = contextPath;
			this.plain = plain;
		}

		@Override
		public String encodeURL(String url) {
			return isHashed(this.contextPath, url) ? super.encodeURL(url) : this.plain.encodeURL(url);
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class Registration {

		/**
		 * As Boot registers its filter: for requests and error pages; typed as Boot's,
		 * which it then leaves out.
		 */
		@Bean
		FilterRegistrationBean<ResourceUrlEncodingFilter> hashedStaticLinks(WebProperties web) {
			FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
					new HashedStaticLinks(web.getResources().getChain().getStrategy().getContent().getPaths()));
			registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
			return registration;
		}

	}

}
