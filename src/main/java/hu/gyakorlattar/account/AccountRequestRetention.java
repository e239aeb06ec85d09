package hu.gyakorlattar.account;

import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A decided account request is kept only while a question about the decision may come
 * (the privacy notice's period), then purged daily with its personal data; an approved
 * one lives on as the account. Running it on every instance is harmless: the delete is
 * idempotent.
 */
@Component
class AccountRequestRetention {

	private static final Logger log = LoggerFactory.getLogger(AccountRequestRetention.class);

	private final AccountRequestRepository requests;

	private final Clock clock;

	private final Duration retention;

	AccountRequestRetention(AccountRequestRepository requests, Clock clock, AccountProperties properties) {
		this.requests = requests;
		this.clock = clock;
		this.retention = properties.requestRetention();
	}

	@Scheduled(cron = "${gyakorlattar.account.request-retention-cron:0 40 3 * * *}", zone = "Europe/Budapest")
	@Transactional
	int purge() {
		int purged = this.requests.deleteDecidedBefore(AccountRequest.Status.PENDING,
				this.clock.instant().minus(this.retention));
		if (purged > 0) {
			log.info("Purged {} decided account request(s) past the retention period", purged);
		}
		return purged;
	}

}
