package hu.gyakorlattar.registration;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import hu.gyakorlattar.conference.ConferenceManagement;
import hu.gyakorlattar.conference.ConferenceView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps personal data only as long as the privacy notice says: a configurable time after
 * the conference (default a year) every registrant's name, e-mail, post, phone and
 * questions are removed and their links stop working, while the municipality, its county,
 * status and population and the registration's status stay for the statistics (the
 * questions, kept by the {@code questions} module, go on {@link RegistrationAnonymised}).
 * Registrations never confirmed are deleted once their confirmation link expires. Runs
 * nightly; doing it twice changes nothing.
 */
@Component
class RegistrationRetention {

	private static final Logger log = LoggerFactory.getLogger(RegistrationRetention.class);

	private final RegistrationRepository registrations;

	private final PersonalData personalData;

	private final ApplicationEventPublisher events;

	private final ScheduledMailRepository scheduled;

	private final ConferenceManagement conferences;

	private final TransactionTemplate transaction;

	private final RegistrationProperties properties;

	private final Clock clock;

	RegistrationRetention(RegistrationRepository registrations, PersonalData personalData,
			ApplicationEventPublisher events, ScheduledMailRepository scheduled, ConferenceManagement conferences,
			TransactionTemplate transaction, RegistrationProperties properties, Clock clock) {
		this.registrations = registrations;
		this.personalData = personalData;
		this.events = events;
		this.scheduled = scheduled;
		this.conferences = conferences;
		this.transaction = transaction;
		this.properties = properties;
		this.clock = clock;
	}

	@Scheduled(cron = "${gyakorlattar.registration.retention-cron:0 30 3 * * *}", zone = "Europe/Budapest")
	void anonymiseExpired() {
		Integer count = this.transaction
			.execute((status) -> anonymiseEndedBefore(this.clock.instant().minus(this.properties.retention())));
		if (count != null && count > 0) {
			log.info("Anonymised {} registration(s) past their retention time", count);
		}
		Integer unconfirmed = this.transaction.execute((status) -> deleteUnconfirmedRequestedBefore(
				this.clock.instant().minus(this.properties.confirmationValidFor())));
		if (unconfirmed != null && unconfirmed > 0) {
			log.info("Deleted {} registration(s) never confirmed", unconfirmed);
		}
	}

	/**
	 * Deletes registrations whose owner never confirmed the address: nobody agreed to
	 * keep them.
	 */
	int deleteUnconfirmedRequestedBefore(Instant cutoff) {
		List<Registration> unconfirmed = this.registrations.findRequestedBefore(cutoff);
		for (Registration registration : unconfirmed) {
			this.scheduled.deleteUnsent(registration);
			this.events.publishEvent(new RegistrationAnonymised(registration.getId(), registration.getConferenceId()));
		}
		this.registrations.deleteAll(unconfirmed);
		// Their confirmation requests (name, address, personal link) go with them.
		unconfirmed.stream()
			.map(Registration::getEmail)
			.distinct()
			.forEach(this.personalData::forgetMailsUnlessStillRegistered);
		return unconfirmed.size();
	}

	/** Anonymises the registrations of conferences that ended before the cutoff. */
	int anonymiseEndedBefore(Instant cutoff) {
		List<Long> expired = this.conferences.past()
			.stream()
			.filter((conference) -> conference.endsAt().isBefore(cutoff))
			.map(ConferenceView::id)
			.toList();
		if (expired.isEmpty()) {
			return 0;
		}
		Instant now = this.clock.instant();
		List<Registration> due = this.registrations.findNotAnonymised(expired);
		for (Registration registration : due) {
			this.personalData.anonymise(registration, now);
		}
		return due.size();
	}

}
