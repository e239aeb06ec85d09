package hu.gyakorlattar.registration;

import java.time.Instant;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import hu.gyakorlattar.conference.MeetingSeat;
import hu.gyakorlattar.municipality.LegalStatus;
import hu.gyakorlattar.municipality.MunicipalitySummary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The steps a registration allows itself, whoever asks: no Spring, no database.
 */
class RegistrationLifeCycleTests {

	private static final Instant REGISTERED = Instant.parse("2021-06-01T08:00:00Z");

	private static final Instant LATER = REGISTERED.plusSeconds(3600);

	@Test
	void aConfirmedAddressGetsAPlaceAndKeepsTheTimeItWasConfirmed() {
		Registration registration = requested();
		registration.confirm(LATER);
		assertThat(registration.getStatus()).isEqualTo(RegistrationStatus.CONFIRMED);
		assertThat(registration.getOptedInAt()).isEqualTo(LATER);
	}

	@Test
	void aRegistrantPromotedFromTheWaitingListKeepsWhenTheyFirstConfirmed() {
		Registration registration = requested();
		registration.waitForPlace(LATER);
		registration.confirm(LATER.plusSeconds(60));
		assertThat(registration.getStatus()).isEqualTo(RegistrationStatus.CONFIRMED);
		assertThat(registration.getOptedInAt()).isEqualTo(LATER);
		assertThat(registration.getWaitingSince()).isNull();
	}

	@Test
	void aCancelledRegistrationIsNeverConfirmedNorPutOnTheWaitingList() {
		Registration registration = requested();
		registration.cancel(LATER);
		assertThatThrownBy(() -> registration.confirm(LATER)).isInstanceOf(RegistrationRefused.class)
			.hasMessage("registration.cancelled");
		assertThatThrownBy(() -> registration.waitForPlace(LATER)).isInstanceOf(RegistrationRefused.class);
		assertThat(registration.getStatus()).isEqualTo(RegistrationStatus.CANCELLED);
	}

	@Test
	void aRegistrantWhoHoldsAPlaceIsNotConfirmedTwiceNorSentToTheWaitingList() {
		Registration registration = requested();
		registration.confirm(LATER);
		assertThatThrownBy(() -> registration.confirm(LATER)).isInstanceOf(RegistrationRefused.class)
			.hasMessage("registration.refused");
		assertThatThrownBy(() -> registration.waitForPlace(LATER)).isInstanceOf(RegistrationRefused.class);
	}

	@Test
	void aWaitingRegistrantIsNotPutOnTheWaitingListAgainAndKeepsTheirPlaceInTheQueue() {
		Registration registration = requested();
		registration.waitForPlace(LATER);
		assertThatThrownBy(() -> registration.waitForPlace(LATER.plusSeconds(60)))
			.isInstanceOf(RegistrationRefused.class);
		assertThat(registration.getWaitingSince()).isEqualTo(LATER);
	}

	@Test
	void aRegistrantFromAMunicipalityKeepsItsCountyStatusAndPopulationAndAGuestComesFromNone() {
		Registration registration = requested();
		registration.describe(new Registrant("", "Kovács", "Anna", "kovacs.anna@example.hu", "jegyző",
				new MunicipalitySummary("13094", "Szada", LegalStatus.NAGYKOZSEG, "Pest", "Gödöllői", 5_000), null,
				null, false, false));
		assertThat(registration.getMunicipality())
			.isEqualTo(new RegisteredMunicipality("13094", "Szada", "Pest", "NAGYKOZSEG", 5_000));
		registration.describe(registrant("", "Kovács"));
		assertThat(registration.getMunicipality()).isEqualTo(RegisteredMunicipality.NONE);
	}

	@Test
	void anAttendeeCannotCancelAnyMore() {
		Registration registration = requested();
		registration.confirm(LATER);
		registration.joined(LATER, "kod");
		assertThat(registration.getStatus()).isEqualTo(RegistrationStatus.ATTENDED);
		assertThatThrownBy(() -> registration.cancel(LATER)).isInstanceOf(RegistrationRefused.class);
		assertThat(registration.getStatus()).isEqualTo(RegistrationStatus.ATTENDED);
	}

	@Test
	void cancellingTwiceIsRefusedAndKeepsTheFirstCancellationTime() {
		Registration registration = requested();
		registration.cancel(LATER);
		assertThatThrownBy(() -> registration.cancel(LATER.plusSeconds(60))).isInstanceOf(RegistrationRefused.class);
		assertThat(registration.getCancelledAt()).isEqualTo(LATER);
	}

	@Test
	void cancellingGivesUpTheSeatInTheMeeting() {
		Registration registration = requested();
		registration.confirm(LATER);
		registration.useSeat(new MeetingSeat("https://zoom.example/w/1", "reg-1"));
		registration.cancel(LATER);
		assertThat(registration.seat()).isEqualTo(new MeetingSeat(null, null));
	}

	@Test
	void onlyARegistrantWhoHoldsAPlaceGetsASeatOrJoins() {
		Registration registration = requested();
		assertThatThrownBy(() -> registration.useSeat(new MeetingSeat("https://zoom.example/w/1", "reg-1")))
			.isInstanceOf(RegistrationRefused.class);
		assertThatThrownBy(() -> registration.joined(LATER, "kod")).isInstanceOf(RegistrationRefused.class);
		registration.waitForPlace(LATER);
		assertThatThrownBy(() -> registration.joined(LATER, "kod")).isInstanceOf(RegistrationRefused.class);
		assertThat(registration.getFirstJoinedAt()).isNull();
	}

	@Test
	void registeringAgainAfterCancellingStartsAFreshRequestWithANewCalendarEntry() {
		Registration registration = requested();
		String firstEntry = registration.uid();
		registration.confirm(LATER);
		registration.cancel(LATER);
		registration.requestAgain(LATER.plusSeconds(60));
		assertThat(registration.getStatus()).isEqualTo(RegistrationStatus.REQUESTED);
		assertThat(registration.getCancelledAt()).isNull();
		assertThat(registration.getOptedInAt()).isNull();
		assertThat(registration.uid()).isNotEqualTo(firstEntry);
	}

	@Test
	void aRegistrantWhoHoldsAPlaceCannotRequestItAgain() {
		Registration registration = requested();
		registration.confirm(LATER);
		assertThatThrownBy(() -> registration.requestAgain(LATER)).isInstanceOf(RegistrationRefused.class);
		assertThat(registration.getStatus()).isEqualTo(RegistrationStatus.CONFIRMED);
	}

	@Test
	void theDetailsOfACancelledRegistrationStayAsTheyWereUntilItIsMadeAgain() {
		Registration registration = requested();
		registration.cancel(LATER);
		assertThatThrownBy(() -> registration.describe(registrant("dr.", "Új")))
			.isInstanceOf(RegistrationRefused.class);
		assertThat(registration.getFamilyName()).isEqualTo("Kovács");
		registration.requestAgain(LATER);
		registration.describe(registrant("dr.", "Új"));
		assertThat(registration.name().toString()).isEqualTo("dr. Új Anna");
	}

	private static Registration requested() {
		return new Registration(7, registrant("", "Kovács"), "1", Locale.forLanguageTag("hu-HU"), null,
				RegistrationTokens.newToken(), RegistrationTokens.newToken(), REGISTERED);
	}

	private static Registrant registrant(String prefix, String familyName) {
		return new Registrant(prefix, familyName, " Anna ", "kovacs.anna@example.hu", "jegyző", null, "Példa Egyesület",
				" ", false, false);
	}

}
