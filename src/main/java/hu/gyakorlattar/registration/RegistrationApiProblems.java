package hu.gyakorlattar.registration;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import hu.gyakorlattar.shared.InvalidInput;
import hu.gyakorlattar.shared.NotFound;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The registration API's errors as RFC 9457 problem details naming each invalid field,
 * with the form's messages.
 */
@RestControllerAdvice(assignableTypes = RegistrationApi.class)
class RegistrationApiProblems {

	private static final Logger log = LoggerFactory.getLogger(RegistrationApiProblems.class);

	private final MessageSource messages;

	RegistrationApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> invalidFields(MethodArgumentNotValidException ex, Locale locale) {
		List<Map<String, String>> errors = new ArrayList<>();
		for (FieldError error : ex.getBindingResult().getFieldErrors()) {
			errors.add(Map.of("field", error.getField(), "message", this.messages.getMessage(error, locale)));
		}
		ex.getBindingResult()
			.getGlobalErrors()
			.forEach((error) -> errors.add(Map.of("field", "", "message", this.messages.getMessage(error, locale))));
		return badRequest(errors, locale);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> refused(InvalidInput ex, Locale locale) {
		String field = "municipality".equals(ex.field()) ? "municipalityKshCode"
				: (ex.field() != null) ? ex.field() : "";
		String message = this.messages.getMessage(ex.messageKey(), ex.arguments(), locale);
		return badRequest(List.of(Map.of("field", field, "message", message)), locale);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException ex, Locale locale) {
		String message = this.messages.getMessage("registration.api.unreadable", null, locale);
		return badRequest(List.of(Map.of("field", "", "message", message)), locale);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> notJson(HttpMediaTypeNotSupportedException ex, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
				this.messages.getMessage("registration.api.unreadable", null, locale));
		return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).body(problem);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> mistyped(MethodArgumentTypeMismatchException ex, Locale locale) {
		return notFound(new NotFound(), locale);
	}

	/**
	 * The database could not be reached or gave up the transaction (a restart, a lost
	 * connection, no free connection in time): nothing was stored, or the registration
	 * was stored and registering again answers the same, so the caller can simply retry.
	 */
	@ExceptionHandler({ DataAccessException.class, TransactionException.class })
	ResponseEntity<ProblemDetail> unavailable(Exception ex, Locale locale) {
		log.warn("Registration through the API could not reach the database: {}", ex.toString());
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
				this.messages.getMessage("registration.api.unavailable", null, locale));
		problem.setTitle(this.messages.getMessage("error.503", null, locale));
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "30").body(problem);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> busy(RegistrationCapacity.Busy ex, Locale locale) {
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header("Retry-After", retryAfter())
			.body(busyProblem(locale));
	}

	/**
	 * A registration refused for a full queue, wherever it is refused (here, or before it
	 * is read: {@link RefusingBeforeReading}).
	 */
	ProblemDetail busyProblem(Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
				this.messages.getMessage("registration.api.busy", null, locale));
		problem.setTitle(this.messages.getMessage("error.503", null, locale));
		return problem;
	}

	static String retryAfter() {
		return Long.toString(RegistrationCapacity.RETRY_AFTER.toSeconds());
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> notFound(NotFound ex, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				this.messages.getMessage("registration.api.notFound", null, locale));
		problem.setTitle(this.messages.getMessage("error.404", null, locale));
		return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
	}

	private ResponseEntity<ProblemDetail> badRequest(List<Map<String, String>> errors, Locale locale) {
		String names = String.join(", ",
				errors.stream().map((error) -> error.get("field")).filter((f) -> !f.isEmpty()).distinct().toList());
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				this.messages.getMessage("registration.api.invalid", new Object[] { names }, locale));
		problem.setTitle(this.messages.getMessage("registration.api.invalid.title", null, locale));
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().body(problem);
	}

}
