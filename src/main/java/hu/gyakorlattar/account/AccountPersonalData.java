package hu.gyakorlattar.account;

import java.util.LinkedHashMap;
import java.util.Map;

import hu.gyakorlattar.mail.MailOutbox;
import hu.gyakorlattar.shared.InvalidInput;
import hu.gyakorlattar.shared.NotFound;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the account module holds about a person, handed out (GDPR Art. 15 and 20) and
 * erased (Art. 17).
 */
@Service
@Transactional
class AccountPersonalData {

	private final AccountRepository accounts;

	private final AccountRequestRepository requests;

	private final SessionTermination sessions;

	private final MailOutbox outbox;

	AccountPersonalData(AccountRepository accounts, AccountRequestRepository requests, SessionTermination sessions,
			MailOutbox outbox) {
		this.accounts = accounts;
		this.requests = requests;
		this.sessions = sessions;
		this.outbox = outbox;
	}

	/**
	 * Everything the account module holds about a person, as a portable document.
	 */
	@Transactional(readOnly = true)
	Map<String, Object> personalData(String email) {
		Account account = this.accounts.findByEmail(email).orElseThrow(NotFound::new);
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("email", account.getEmail());
		data.put("prefix", account.getName().prefix());
		data.put("familyName", account.getName().familyName());
		data.put("givenName", account.getName().givenName());
		data.put("role", account.getRole().name());
		data.put("municipalityKshCode", account.getMunicipalityKshCode());
		data.put("language", account.getLocale().toLanguageTag());
		data.put("enabled", account.isEnabled());
		data.put("createdAt", account.getCreatedAt());
		data.put("lastSignInAt", account.getLastSignInAt());
		data.put("previousSignInAt", account.getPreviousSignInAt());
		data.put("accountRequests",
				this.requests.findByEmailOrderByRequestedAt(account.getEmail()).stream().map((request) -> {
					Map<String, Object> requested = new LinkedHashMap<>();
					requested.put("familyName", request.getName().familyName());
					requested.put("givenName", request.getName().givenName());
					requested.put("position", request.getPosition());
					requested.put("municipalityKshCode", request.getKshCode());
					requested.put("status", request.getStatus().name());
					requested.put("requestedAt", request.getRequestedAt());
					requested.put("decidedAt", request.getDecidedAt());
					requested.put("refusalReason", request.getRefusalReason());
					return requested;
				}).toList());
		return data;
	}

	/**
	 * Erasure: the account, its links and its account requests are deleted, its sessions
	 * end, and its mails keep only that and when they went out; an admin cannot erase
	 * their own account.
	 */
	void erase(long id, String actingEmail) {
		Account account = this.accounts.findById(id).orElseThrow(NotFound::new);
		if (account.getEmail().equals(Account.normalise(actingEmail))) {
			throw new InvalidInput(null, "account.erase.self");
		}
		this.accounts.delete(account);
		this.requests.deleteByEmail(account.getEmail());
		this.accounts.flush();
		if (!this.accounts.existsByRoleAndEnabledTrue(Role.ADMIN)) {
			throw new InvalidInput(null, "account.admin.last");
		}
		this.sessions.endSessionsOf(account.getEmail());
		this.outbox.forget(account.getEmail());
	}

}
