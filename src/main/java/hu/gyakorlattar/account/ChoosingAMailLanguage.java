package hu.gyakorlattar.account;

import hu.gyakorlattar.shared.NotFound;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A signed-in person chooses the language our mail reaches them in (their results, their
 * tasks); the pages they read follow the language they pick on the page instead.
 */
@Service
@Transactional
class ChoosingAMailLanguage {

	private final AccountRepository accounts;

	ChoosingAMailLanguage(AccountRepository accounts) {
		this.accounts = accounts;
	}

	void choose(String email, String language) {
		this.accounts.findByEmail(email).orElseThrow(NotFound::new).readsMailIn(language);
	}

}
