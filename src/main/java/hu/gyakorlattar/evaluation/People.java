package hu.gyakorlattar.evaluation;

import hu.gyakorlattar.account.AccountManagement;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * People as the evaluation's pages show them: by their name, an evaluator also with the
 * municipality they come from, never by their e-mail address (the address is only the key
 * the pages send back). Templates call it as {@code @evaluationPeople}.
 */
@Component("evaluationPeople")
class People {

	private final AccountManagement accounts;

	private final EvaluatorRepository evaluators;

	private final Evaluations evaluations;

	private final MessageSource messages;

	People(AccountManagement accounts, EvaluatorRepository evaluators, Evaluations evaluations,
			MessageSource messages) {
		this.accounts = accounts;
		this.evaluators = evaluators;
		this.evaluations = evaluations;
		this.messages = messages;
	}

	/** The account's name; someone with no account (or no name) is nobody we can name. */
	public String name(String email) {
		return this.accounts.nameOf(email)
			.orElseGet(
					() -> this.messages.getMessage("evaluation.person.unknown", null, LocaleContextHolder.getLocale()));
	}

	/** An evaluator's name with the municipality they come from, where known. */
	public String evaluator(String email) {
		String name = name(email);
		return this.evaluators.findById(email)
			.map(Evaluator::getHomeKshCode)
			.map((kshCode) -> name + " (" + this.evaluations.municipalityName(kshCode) + ")")
			.orElse(name);
	}

}
