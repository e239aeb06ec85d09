package hu.gyakorlattar.municipality;

import hu.gyakorlattar.shared.ApiProblems;

import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The municipality API's errors as problem details (see {@link ApiProblems}). */
@RestControllerAdvice(assignableTypes = MunicipalityApi.class)
class MunicipalityApiProblems extends ApiProblems {

	MunicipalityApiProblems(MessageSource messages) {
		super(messages, "municipality.api");
	}

}
