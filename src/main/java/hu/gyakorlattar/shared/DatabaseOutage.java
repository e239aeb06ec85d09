package hu.gyakorlattar.shared;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request that fails because the database cannot be reached is answered 503 with a
 * Retry-After (the page, or problem details for the API), logged as one warning line
 * instead of an ERROR with a stack trace. It is fast because Hikari waits for a
 * connection only {@code spring.datasource.hikari.connection-timeout}. Outside every
 * other filter, so it also answers for those that need the database themselves (sessions,
 * rate limits).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class DatabaseOutage extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(DatabaseOutage.class);

	private final ErrorAnswers answers;

	DatabaseOutage(ErrorAnswers answers) {
		this.answers = answers;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | RuntimeException ex) {
			if (!unreachableDatabase(ex) || response.isCommitted()) {
				throw ex;
			}
			log.warn("{} {} answered 503, the database cannot be reached: {}", request.getMethod(),
					request.getRequestURI(), ex.toString());
			response.resetBuffer();
			response.setHeader("Retry-After", "30");
			this.answers.answer(request, response, HttpStatus.SERVICE_UNAVAILABLE);
		}
	}

	/**
	 * No connection to be had in time, or the one in hand was cut: SQLSTATE class 08
	 * (connection exception) or 57P01–57P03 (the server shut down or is starting).
	 */
	static boolean unreachableDatabase(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof CannotCreateTransactionException || cause instanceof DataAccessResourceFailureException
					|| cause instanceof SQLTransientConnectionException) {
				return true;
			}
			if (cause instanceof SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
				return true;
			}
		}
		return false;
	}

}
