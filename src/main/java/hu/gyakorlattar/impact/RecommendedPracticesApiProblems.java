package hu.gyakorlattar.impact;

import hu.gyakorlattar.shared.ApiProblems;

import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The recommendation API's errors as problem details (see {@link ApiProblems}). */
@RestControllerAdvice(assignableTypes = RecommendedPracticesApi.class)
class RecommendedPracticesApiProblems extends ApiProblems {

	RecommendedPracticesApiProblems(MessageSource messages) {
		super(messages, "impact.api");
	}

}
