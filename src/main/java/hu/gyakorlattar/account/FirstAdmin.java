package hu.gyakorlattar.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A new installation is usable at once: with no enabled admin, one is created with the
 * password from {@code GYAKORLATTAR_ADMIN_PASSWORD}, or with a one-time password printed
 * in the log that must be changed at the first sign-in.
 */
@Component
@Order(0)
class FirstAdmin implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

	private final AccountManagement accounts;

	private final String email;

	private final String password;

	FirstAdmin(AccountManagement accounts, @Value("${gyakorlattar.admin.email}") String email,
			@Value("${gyakorlattar.admin.password:}") String password) {
		this.accounts = accounts;
		this.email = email;
		this.password = password;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.accounts.ensureFirstAdmin(this.email, this.password).ifPresent((created) -> {
			if (this.password.isBlank()) {
				log.warn("\n\n    First admin created. Sign in at /belepes as {} with the one-time password {}\n"
						+ "    (you will be asked to change it; set GYAKORLATTAR_ADMIN_PASSWORD to choose it instead)\n",
						this.email, created);
			}
			else {
				log.info("First admin created: {} (password from GYAKORLATTAR_ADMIN_PASSWORD)", this.email);
			}
		});
	}

}
