package hu.gyakorlattar.conference;

import hu.gyakorlattar.shared.ApiProblems;

import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The conference API's errors as problem details (see {@link ApiProblems}). */
@RestControllerAdvice(assignableTypes = ConferenceApi.class)
class ConferenceApiProblems extends ApiProblems {

	ConferenceApiProblems(MessageSource messages) {
		super(messages, "conference.api");
	}

}
