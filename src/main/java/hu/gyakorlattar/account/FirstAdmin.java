package hu.gyakorlattar.account;

import hu.gyakorlattar.shared.SiteAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A new installation is usable at once: with no enabled admin, one is created with the
 * password from {@code GYAKORLATTAR_ADMIN_PASSWORD}, or with a one-time password that
 * must be changed at the first sign-in. When everything has started, demo data included,
 * the log's last lines say where to open the application and how to sign in, so a
 * newcomer does not dig for them among the start-up lines.
 */
@Component
@Order(0)
class FirstAdmin implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

	private final ManagingAccounts accounts;

	private final String email;

	private final String password;

	private final String baseUrl;

	/** The one-time password of an admin created at this start, until it is printed. */
	private String oneTimePassword;

	FirstAdmin(ManagingAccounts accounts, AdminProperties admin, SiteAddress site) {
		this.accounts = accounts;
		this.email = admin.email();
		this.password = admin.password();
		this.baseUrl = site.baseUrl();
	}

	@Override
	public void run(ApplicationArguments args) {
		this.accounts.ensureFirstAdmin(this.email, this.password).ifPresent((created) -> {
			if (this.password.isBlank()) {
				this.oneTimePassword = created;
				log.info("First admin created: {} (its one-time password follows when the application is ready)",
						this.email);
			}
			else {
				log.info("First admin created: {} (password from GYAKORLATTAR_ADMIN_PASSWORD)", this.email);
			}
		});
	}

	@EventListener(ApplicationReadyEvent.class)
	void ready() {
		if (this.oneTimePassword != null) {
			log.warn("""

					    Gyakorlattár is ready: open {}
					    Sign in at {}/belepes as {} with the one-time password {}
					    (you will be asked to change it; set GYAKORLATTAR_ADMIN_PASSWORD to choose it instead)
					""", this.baseUrl, this.baseUrl, this.email, this.oneTimePassword);
			this.oneTimePassword = null;
		}
		else {
			log.info("""

					    Gyakorlattár is ready: open {}
					    Sign in at {}/belepes (the first admin is {})
					""", this.baseUrl, this.baseUrl, this.email);
		}
	}

}
