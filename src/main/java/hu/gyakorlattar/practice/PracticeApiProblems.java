package hu.gyakorlattar.practice;

import hu.gyakorlattar.shared.ApiProblems;

import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The practice API's errors as problem details (see {@link ApiProblems}). */
@RestControllerAdvice(assignableTypes = PracticeApi.class)
class PracticeApiProblems extends ApiProblems {

	PracticeApiProblems(MessageSource messages) {
		super(messages, "practice.api");
	}

}
