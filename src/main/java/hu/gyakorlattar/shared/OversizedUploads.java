package hu.gyakorlattar.shared;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request whose declared body is larger than any upload may be
 * ({@code spring.servlet.multipart.max-request-size}) is answered 413 before anything
 * reads it: the page says how large a file may be, the API answers problem details.
 * Otherwise the first filter that reads a form parameter (CSRF, rate limits) would fail
 * on the half-parsed body with a stack trace, and Tomcat would drop the connection
 * instead of answering (it reads and discards such a body only up to
 * {@code server.tomcat.max-swallow-size}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class OversizedUploads extends OncePerRequestFilter {

	/** The largest upload, for the page's text. */
	static final String LIMIT_ATTRIBUTE = "maxUploadSize";

	private final DataSize limit;

	private final ErrorAnswers answers;

	OversizedUploads(MultipartProperties multipart, ErrorAnswers answers) {
		this.limit = multipart.getMaxRequestSize();
		this.answers = answers;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (this.limit.toBytes() >= 0 && request.getContentLengthLong() > this.limit.toBytes()) {
			String megabytes = Long.toString(this.limit.toMegabytes());
			request.setAttribute(LIMIT_ATTRIBUTE, megabytes);
			this.answers.answer(request, response, HttpStatus.CONTENT_TOO_LARGE, megabytes);
			return;
		}
		chain.doFilter(request, response);
	}

}
