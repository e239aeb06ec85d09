package hu.gyakorlattar.registration;

import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The questions registrants asked, from the module that keeps them when there is one
 * ({@link RegistrantQuestions}), for their pages, personal data and the office's list.
 */
@Component
class QuestionsAsked {

	private final ObjectProvider<RegistrantQuestions> questions;

	QuestionsAsked(ObjectProvider<RegistrantQuestions> questions) {
		this.questions = questions;
	}

	List<String> by(Registration registration) {
		return byEach(List.of(registration.getId())).getOrDefault(registration.getId(), List.of());
	}

	/** Each registration's questions, by registration id. */
	Map<Long, List<String>> byEach(List<Long> registrationIds) {
		RegistrantQuestions asked = this.questions.getIfAvailable();
		return (asked != null && !registrationIds.isEmpty()) ? asked.askedBy(registrationIds) : Map.of();
	}

}
