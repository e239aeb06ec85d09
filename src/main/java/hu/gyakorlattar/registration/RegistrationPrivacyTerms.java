package hu.gyakorlattar.registration;

import java.time.Duration;

import org.springframework.stereotype.Component;

import hu.gyakorlattar.programme.PrivacyNoticeTerms;

/**
 * The privacy notice's terms from the registration settings that the form's
 * acknowledgement and the nightly erasure use.
 */
@Component
class RegistrationPrivacyTerms implements PrivacyNoticeTerms {

	private final RegistrationProperties properties;

	RegistrationPrivacyTerms(RegistrationProperties properties) {
		this.properties = properties;
	}

	@Override
	public String noticeVersion() {
		return this.properties.privacyNoticeVersion();
	}

	@Override
	public Duration registrationRetention() {
		return this.properties.retention();
	}

}
