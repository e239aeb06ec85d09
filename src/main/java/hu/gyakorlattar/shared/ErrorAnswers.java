package hu.gyakorlattar.shared;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;
import org.jspecify.annotations.Nullable;

/**
 * How a filter answers a request it stops before Spring MVC sees it: the JSON API gets
 * RFC 9457 problem details in the visitor's language, a page gets the friendly error page
 * of the status, forwarded to as a plain GET ({@code error.html}, texts
 * {@code error.<status>} and {@code error.<status>.help}).
 */
@Component
class ErrorAnswers {

	private final MessageSource messages;

	private final LocaleResolver locales;

	private final JsonMapper json;

	ErrorAnswers(MessageSource messages, LocaleResolver locales, JsonMapper json) {
		this.messages = messages;
		this.locales = locales;
		this.json = json;
	}

	void answer(HttpServletRequest request, HttpServletResponse response, HttpStatus status, Object... arguments)
			throws IOException, ServletException {
		if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status.value());
			request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
			response.setStatus(status.value());
			request.getRequestDispatcher("/error").forward(new BodilessGet(request), response);
			return;
		}
		Locale locale = this.locales.resolveLocale(request);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				this.messages.getMessage("error." + status.value() + ".help", arguments, locale));
		problem.setTitle(this.messages.getMessage("error." + status.value(), null, locale));
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		this.json.writeValue(response.getOutputStream(), problem);
	}

	/**
	 * The error page's request: a GET without a body or form parameters, so nothing on
	 * the way to the page reads the body that was refused (Tomcat fails every parameter
	 * lookup on an oversized one) or asks it for a CSRF token.
	 */
	private static final class BodilessGet extends HttpServletRequestWrapper {

		BodilessGet(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getMethod() {
			return "GET";
		}

		@Override
		public @Nullable String getContentType() {
			return null;
		}

		@Override
		public int getContentLength() {
			return -1;
		}

		@Override
		public long getContentLengthLong() {
			return -1;
		}

		@Override
		public @Nullable String getParameter(String name) {
			return null;
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return Map.of();
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.emptyEnumeration();
		}

		@Override
		public String @Nullable [] getParameterValues(String name) {
			return null;
		}

	}

}
