package hu.gyakorlattar.account;

import java.time.Instant;

import hu.gyakorlattar.shared.ConditionalOnDemoData;
import hu.gyakorlattar.shared.PersonName;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts for the demo's made-up people (applicants, evaluators, committee members), so
 * that the pages name them: made without a password and without an invitation, as nobody
 * reads their mail; nobody signs in with one until the office sends it an invitation
 * (which stays in the outbox of the zero-setup run). Only with demo data on.
 */
@Service
@Transactional
@ConditionalOnDemoData
public class DemoAccounts {

	private final AccountRepository accounts;

	private final AdminProperties admin;

	DemoAccounts(AccountRepository accounts, AdminProperties admin) {
		this.accounts = accounts;
		this.admin = admin;
	}

	/** Who acts for the programme office in the demo's stories: the first admin. */
	public String office() {
		return this.admin.email();
	}

	/**
	 * The person's account as the demo describes it; an address that has one already
	 * keeps it as it is, so that a second start changes nothing.
	 */
	public void ensure(String email, PersonName name, Role role, String municipalityKshCode, Instant createdAt) {
		if (this.accounts.findByEmail(Account.normalise(email)).isEmpty()) {
			this.accounts.save(new Account(email, name, role, municipalityKshCode, createdAt));
		}
	}

}
