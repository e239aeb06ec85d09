package hu.gyakorlattar.registration;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import hu.gyakorlattar.conference.ConferenceView;
import hu.gyakorlattar.conference.MeetingKind;
import hu.gyakorlattar.shared.HungarianFormats;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The personal access link goes out at 10.00 on the last working day before the
 * conference, when the offices read their mail: not on the weekend or a public holiday.
 */
class AccessLinkTimeTests {

	private final RegistrationProperties properties = new Binder(new MapConfigurationPropertySource(Map.of()))
		.bindOrCreate("gyakorlattar.registration", RegistrationProperties.class);

	@Test
	void aWednesdaysLinkGoesOnTuesday() {
		assertThat(linkSentAt(LocalDate.of(2027, 2, 3))).isEqualTo(LocalDateTime.of(2027, 2, 2, 10, 0));
	}

	@Test
	void aMondaysLinkGoesOnFridayNotOnSunday() {
		assertThat(linkSentAt(LocalDate.of(2027, 2, 1))).isEqualTo(LocalDateTime.of(2027, 1, 29, 10, 0));
	}

	@Test
	void theLinkOfTheDayAfterAHolidayGoesOnTheWorkingDayBeforeTheHoliday() {
		// 15 March 2027 is a Monday and a national holiday
		assertThat(linkSentAt(LocalDate.of(2027, 3, 16))).isEqualTo(LocalDateTime.of(2027, 3, 12, 10, 0));
	}

	@Test
	void theLinkOfAnOpenDayOnSaturdayGoesOnFriday() {
		assertThat(linkSentAt(LocalDate.of(2027, 5, 22))).isEqualTo(LocalDateTime.of(2027, 5, 21, 10, 0));
	}

	@Test
	void theLinkOfTheTuesdayAfterEasterGoesOnThursdayBeforeGoodFridayInWinterTime() {
		// Easter Sunday 2027 is 28 March, when summer time begins
		Instant sent = this.properties.linkSendAt(conferenceOn(LocalDate.of(2027, 3, 30)));

		assertThat(sent).isEqualTo(Instant.parse("2027-03-25T09:00:00Z"));
	}

	@Test
	void anotherSendTimeIsKeptOnTheWorkingDayBefore() {
		RegistrationProperties at8 = new Binder(
				new MapConfigurationPropertySource(Map.of("gyakorlattar.registration.link-send-time", "08:30")))
			.bindOrCreate("gyakorlattar.registration", RegistrationProperties.class);

		assertThat(LocalDateTime.ofInstant(at8.linkSendAt(conferenceOn(LocalDate.of(2027, 2, 1))),
				HungarianFormats.BUDAPEST))
			.isEqualTo(LocalDateTime.of(2027, 1, 29, 8, 30));
	}

	private LocalDateTime linkSentAt(LocalDate day) {
		return LocalDateTime.ofInstant(this.properties.linkSendAt(conferenceOn(day)), HungarianFormats.BUDAPEST);
	}

	private static ConferenceView conferenceOn(LocalDate day) {
		Instant start = day.atTime(10, 0).atZone(HungarianFormats.BUDAPEST).toInstant();
		return new ConferenceView(1, day.getYear(), null, "Konferencia", "", start, start.plusSeconds(10_800),
				start.minusSeconds(1_800), 100, start.minusSeconds(30 * 86_400), start.minusSeconds(86_400), null,
				List.of(), MeetingKind.LINK, true, 0);
	}

}
