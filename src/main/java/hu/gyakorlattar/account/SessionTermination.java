package hu.gyakorlattar.account;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Ends the sessions of an account whose rights changed, so no open browser keeps rights
 * the account no longer has. Sessions live in PostgreSQL and are indexed by the signed-in
 * name (the account's e-mail address), so every instance's sessions end at once. The
 * sessions end after the change commits: ending them earlier would let a sign-in in
 * between pick up the old rights again.
 */
@Component
class SessionTermination {

	private static final Logger log = LoggerFactory.getLogger("hu.gyakorlattar.security");

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	SessionTermination(FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.sessions = sessions;
	}

	/** Every session signed in as the address ends. */
	void endSessionsOf(String email) {
		endSessionsOf(email, null);
	}

	/**
	 * Every session signed in as the address ends but the kept one (the session in which
	 * the person changed their own password).
	 */
	void endSessionsOf(String email, @Nullable String keptSessionId) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			end(email, keptSessionId);
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void afterCommit() {
				end(email, keptSessionId);
			}

		});
	}

	private void end(String email, @Nullable String keptSessionId) {
		Map<String, ? extends Session> open = this.sessions.findByPrincipalName(email);
		int ended = 0;
		for (String id : open.keySet()) {
			if (!id.equals(keptSessionId)) {
				this.sessions.deleteById(id);
				ended++;
			}
		}
		if (ended > 0) {
			log.info("Ended {} session(s) whose account's rights or password changed", ended);
		}
	}

}
