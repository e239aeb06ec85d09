package hu.gyakorlattar.questions;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import hu.gyakorlattar.registration.RegistrantQuestions;
import hu.gyakorlattar.registration.RegistrationAnonymised;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A registrant's questions as their registration sees them: listed on their personal page
 * and in the office's export, and gone with their personal data.
 */
@Service
@Transactional
class RegistrantsQuestions implements RegistrantQuestions {

	private final QuestionRepository questions;

	private final QuestionChanges changes;

	RegistrantsQuestions(QuestionRepository questions, QuestionChanges changes) {
		this.questions = questions;
		this.changes = changes;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, List<String>> askedBy(Collection<Long> registrationIds) {
		return this.questions.findByRegistrationIdInOrderByAskedAtAscIdAsc(registrationIds)
			.stream()
			.collect(Collectors.groupingBy(Question::getRegistrationId, LinkedHashMap::new,
					Collectors.mapping(Question::getText, Collectors.toList())));
	}

	/**
	 * The registrant's data went: their unanswered questions go too; answered ones stay
	 * for the archive, without name.
	 */
	@ApplicationModuleListener
	void registrationAnonymised(RegistrationAnonymised anonymised) {
		List<Question> asked = this.questions.findByRegistrationId(anonymised.registrationId());
		for (Question question : asked) {
			if (question.getAnsweredAt() == null) {
				this.questions.delete(question);
			}
			else {
				question.forgetAuthor();
			}
		}
		if (!asked.isEmpty()) {
			this.changes.changed(anonymised.conferenceId());
		}
	}

}
