package hu.gyakorlattar.submission;

import java.util.Optional;

import hu.gyakorlattar.account.AccountManagement;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The people who wrote and submitted an application, as its pages name them ("last saved
 * by", "submitted by"): by their name, never by their e-mail address. Templates call it
 * as {@code @submissionAuthors}, hence its public method.
 */
@Component("submissionAuthors")
class Authors {

	private final AccountManagement accounts;

	private final MessageSource messages;

	Authors(AccountManagement accounts, MessageSource messages) {
		this.accounts = accounts;
		this.messages = messages;
	}

	/** The account's name, if it has one. */
	Optional<String> nameOf(String email) {
		return this.accounts.nameOf(email);
	}

	/** The account's name; someone with no account (or no name) is nobody we can name. */
	public String name(String email) {
		return this.accounts.nameOf(email)
			.orElseGet(
					() -> this.messages.getMessage("submission.author.unknown", null, LocaleContextHolder.getLocale()));
	}

}
