package hu.gyakorlattar.registration;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import hu.gyakorlattar.conference.ConferenceManagement;
import hu.gyakorlattar.conference.ConferencesForRegistrationTests;
import hu.gyakorlattar.municipality.LegalStatus;
import hu.gyakorlattar.municipality.MunicipalitySummary;
import hu.gyakorlattar.shared.ApplicationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new registration stored in one statement reads back as the aggregate made it, and an
 * address that has a registration for the conference, in any letter case, stores nothing.
 */
@ApplicationTest
class NewRegistrationsTests {

	@Autowired
	NewRegistrations newRegistrations;

	@Autowired
	RegistrationRepository registrations;

	@Autowired
	ConferenceManagement conferences;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	Clock clock;

	@Test
	void aNewRegistrationIsStoredAsItWasMadeAndAnAddressOnlyOnce() {
		long conference = this.transaction.execute((status) -> ConferencesForRegistrationTests
			.openForRegistration(this.conferences, this.clock, "Egy lépésben", 50));
		Registration fresh = registration(conference, "Kovacs.Eva@Example.hu");

		Optional<Long> stored = this.transaction
			.execute((status) -> this.newRegistrations.storeUnlessRegistered(fresh));

		assertThat(stored).isPresent();
		assertThat(this.registrations.findById(stored.get())).get()
			.usingRecursiveComparison()
			.ignoringFields("id")
			.isEqualTo(fresh);
		Optional<Long> again = this.transaction.execute((status) -> this.newRegistrations
			.storeUnlessRegistered(registration(conference, " kovacs.eva@example.hu")));
		assertThat(again).isEmpty();
		assertThat(this.registrations.findByConferenceIdAndEmailKey(conference, "kovacs.eva@example.hu")).get()
			.extracting(Registration::getId)
			.isEqualTo(stored.get());
	}

	/** Every value a registration is made with, none left at its default. */
	private Registration registration(long conference, String email) {
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		return new Registration(conference,
				new Registrant("dr.", "Kovács", "Éva", email, "jegyző",
						new MunicipalitySummary("13578", "Szentendre", LegalStatus.VAROS, "Pest", "Szentendrei",
								27_000),
						"Szentendre Város Önkormányzata", "+36 30 123 4567", true, true),
				"2", Locale.ENGLISH, 42L, RegistrationTokens.newToken(), RegistrationTokens.newToken(), now);
	}

}
