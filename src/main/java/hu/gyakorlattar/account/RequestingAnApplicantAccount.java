package hu.gyakorlattar.account;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

import hu.gyakorlattar.municipality.MunicipalityDirectory;
import hu.gyakorlattar.shared.RateLimits;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A municipality's clerk asks for an applicant account on the public form. Every request
 * is kept for the office the same way, whether or not the address has an account, so the
 * answer never tells who has one; at most a few requests an hour are kept per address, so
 * the form cannot bury the office or anyone's mailbox.
 */
@Service
@Transactional
class RequestingAnApplicantAccount {

	static final int REQUESTS_PER_ADDRESS_PER_HOUR = 3;

	private final AccountRequestRepository requests;

	private final MunicipalityDirectory directory;

	private final RateLimits limits;

	private final Clock clock;

	RequestingAnApplicantAccount(AccountRequestRepository requests, MunicipalityDirectory directory, RateLimits limits,
			Clock clock) {
		this.requests = requests;
		this.directory = directory;
		this.limits = limits;
		this.clock = clock;
	}

	/**
	 * Records the request for the office.
	 * @throws hu.gyakorlattar.shared.InvalidInput on the municipality field when it names
	 * no municipality of the gazetteer, or several
	 */
	void request(AccountRequestForm form, Locale locale) {
		String kshCode = this.directory.resolve(form.municipality(), "municipality", "account.request.municipality")
			.kshCode();
		String email = Account.normalise(form.email());
		if (!this.limits.admit("account request " + AccountLinks.hash(email), REQUESTS_PER_ADDRESS_PER_HOUR,
				Duration.ofHours(1))) {
			return;
		}
		this.requests
			.save(new AccountRequest(email, form.name(), form.position(), kshCode, locale, this.clock.instant()));
	}

}
