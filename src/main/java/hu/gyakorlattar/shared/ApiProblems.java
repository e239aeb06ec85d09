package hu.gyakorlattar.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * A JSON API's errors as RFC 9457 problem details that name each invalid parameter, so a
 * client learns what to fix instead of getting a bare 400 or a 500. Each API has its own
 * {@code @RestControllerAdvice} subclass naming what it does not find:
 * {@code <prefix>.notFound} and {@code <prefix>.notFound.title}.
 */
public abstract class ApiProblems {

	private final MessageSource messages;

	private final String prefix;

	protected ApiProblems(MessageSource messages, String prefix) {
		this.messages = messages;
		this.prefix = prefix;
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> invalidParameters(HandlerMethodValidationException ex, Locale locale) {
		List<Map<String, String>> errors = new ArrayList<>();
		ex.getParameterValidationResults().forEach((result) -> {
			String parameter = result.getMethodParameter().getParameterName();
			for (MessageSourceResolvable error : result.getResolvableErrors()) {
				errors.add(Map.of("parameter", parameter, "message", this.messages.getMessage(error, locale)));
			}
		});
		return badRequest(errors, locale);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> mistypedParameter(MethodArgumentTypeMismatchException ex, Locale locale) {
		String message = this.messages.getMessage("api.parameter.type", new Object[] { String.valueOf(ex.getValue()) },
				locale);
		return badRequest(List.of(Map.of("parameter", ex.getName(), "message", message)), locale);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> notFound(NotFound ex, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				this.messages.getMessage(this.prefix + ".notFound", null, locale));
		problem.setTitle(this.messages.getMessage(this.prefix + ".notFound.title", null, locale));
		return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
	}

	private ResponseEntity<ProblemDetail> badRequest(List<Map<String, String>> errors, Locale locale) {
		String names = String.join(", ", errors.stream().map((error) -> error.get("parameter")).distinct().toList());
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				this.messages.getMessage("api.invalid", new Object[] { names }, locale));
		problem.setTitle(this.messages.getMessage("api.invalid.title", null, locale));
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().body(problem);
	}

}
