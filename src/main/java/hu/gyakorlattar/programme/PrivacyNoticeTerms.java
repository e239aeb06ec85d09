package hu.gyakorlattar.programme;

import java.time.Duration;

/**
 * What the privacy notice says of the personal data the registrations hold, told by the
 * module that holds them and keeps to it: the notice's version that a registrant
 * acknowledges, and how long the data is kept after the conference.
 */
public interface PrivacyNoticeTerms {

	String noticeVersion();

	Duration registrationRetention();

}
