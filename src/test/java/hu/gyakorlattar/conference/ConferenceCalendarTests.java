package hu.gyakorlattar.conference;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import biweekly.ICalendar;
import biweekly.component.VEvent;
import org.junit.jupiter.api.Test;

import hu.gyakorlattar.shared.HungarianFormats;
import hu.gyakorlattar.shared.MessageBundles;
import hu.gyakorlattar.shared.SiteAddress;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application's one iCalendar writer, read back through the class check of every .ics
 * ({@link CalendarFileCheck}): conferences at a 09.05 start on the days the clocks
 * change, accented and punctuated titles, and a registrant's entry published, moved and
 * cancelled under one UID, in the registrant's language.
 */
class ConferenceCalendarTests {

	static final String TITLE = "Árvíztűrő „tükörfúrógép”: őszi, tavaszi; és hosszú címmel jó gyakorlatok";

	final ConferenceCalendar calendar = new ConferenceCalendar(new SiteAddress("https://gyakorlattar.example.hu"),
			"\"Gyakorlattár iroda\" <iroda@gyakorlattar.example.hu>",
			Clock.fixed(Instant.parse("2030-01-15T07:30:00Z"), ZoneOffset.UTC), MessageBundles.withoutFallback());

	@Test
	void theFeedPlacesEachConferenceAtItsBudapestInstantsAcrossTheClockChanges() {
		// 27 October and 31 March 2030 are the last Sundays of their months.
		ConferenceView autumn = conference(7, TITLE, LocalDate.of(2030, 10, 27), 0);
		ConferenceView spring = conference(8, "Tavaszi óraátállítás", LocalDate.of(2030, 3, 31), 2);

		ICalendar feed = CalendarFileCheck
			.check(this.calendar.feed(List.of(autumn, spring), HungarianFormats.HUNGARIAN));

		assertThat(feed.getMethod().getValue()).isEqualTo("PUBLISH");
		VEvent october = CalendarFileCheck.eventOf(feed, 7);
		CalendarFileCheck.assertPlacedAt(october, Instant.parse("2030-10-27T08:05:00Z"),
				Instant.parse("2030-10-27T10:50:00Z"));
		assertThat(october.getSummary().getValue()).isEqualTo(TITLE);
		assertThat(october.getCategories()).singleElement()
			.satisfies((kind) -> assertThat(kind.getValues()).containsExactly("Tudásprogram-konferencia"));
		assertThat(october.getUrl().getValue()).isEqualTo("https://gyakorlattar.example.hu/esemenyek/7");
		assertThat(october.getDateTimeStamp().getValue().toInstant()).isEqualTo("2030-01-15T07:30:00Z");
		VEvent march = CalendarFileCheck.eventOf(feed, 8);
		CalendarFileCheck.assertPlacedAt(march, Instant.parse("2030-03-31T07:05:00Z"),
				Instant.parse("2030-03-31T09:50:00Z"));
		assertThat(march.getSequence().getValue()).isEqualTo(2);
	}

	@Test
	void aRegistrantsEntryIsPublishedMovedAndCancelledUnderOneUid() {
		String joinUrl = "https://gyakorlattar.example.hu/j/abc";
		ConferenceView booked = conference(9, TITLE, LocalDate.of(2030, 10, 27), 0);
		ConferenceView moved = conference(9, TITLE, LocalDate.of(2030, 3, 31), 1);

		ConferenceCalendar.PersonalEntry first = new ConferenceCalendar.PersonalEntry("registration-1@gyakorlattar", 0,
				joinUrl, false, HungarianFormats.HUNGARIAN);
		ConferenceCalendar.PersonalEntry update = new ConferenceCalendar.PersonalEntry("registration-1@gyakorlattar", 1,
				joinUrl, false, HungarianFormats.HUNGARIAN);
		ConferenceCalendar.PersonalEntry cancel = new ConferenceCalendar.PersonalEntry("registration-1@gyakorlattar", 2,
				joinUrl, true, HungarianFormats.HUNGARIAN);
		ICalendar published = CalendarFileCheck.checkMailed(ConferenceCalendar.mailContentType(first),
				this.calendar.entry(booked, first));
		ICalendar updated = CalendarFileCheck.checkMailed(ConferenceCalendar.mailContentType(update),
				this.calendar.entry(moved, update));
		ICalendar cancelled = CalendarFileCheck.checkMailed(ConferenceCalendar.mailContentType(cancel),
				this.calendar.entry(moved, cancel));

		assertThat(List.of(published, updated, cancelled)).extracting((file) -> file.getMethod().getValue())
			.containsExactly("PUBLISH", "PUBLISH", "CANCEL");
		assertThat(List.of(published, updated, cancelled)).map(CalendarFileCheck::onlyEvent).allSatisfy((event) -> {
			assertThat(event.getUid().getValue()).isEqualTo("registration-1@gyakorlattar");
			assertThat(event.getSummary().getValue()).isEqualTo(TITLE);
			assertThat(event.getLocation().getValue()).isEqualTo(joinUrl);
			assertThat(event.getOrganizer().getEmail()).isEqualTo("iroda@gyakorlattar.example.hu");
			assertThat(event.getOrganizer().getCommonName()).isEqualTo("Gyakorlattár iroda");
			assertThat(event.getAttendees()).isEmpty();
		}).extracting((event) -> event.getSequence().getValue()).containsExactly(0, 1, 2);
		CalendarFileCheck.assertPlacedAt(CalendarFileCheck.onlyEvent(updated), Instant.parse("2030-03-31T07:05:00Z"),
				Instant.parse("2030-03-31T09:50:00Z"));
		assertThat(CalendarFileCheck.onlyEvent(cancelled).getStatus().getValue()).isEqualTo("CANCELLED");
	}

	@Test
	void aRegistrantsEntryIsInTheirLanguageWhereTheConferenceHasAVersionInIt() {
		ConferenceView hungarian = conference(10, TITLE, LocalDate.of(2030, 10, 27), 0);
		ConferenceView bilingual = new ConferenceView(11, 2030, null, TITLE, "Leírás: ékezetek.", hungarian.startsAt(),
				hungarian.endsAt(), hungarian.techHelpFrom(), 100, hungarian.registrationOpensAt(),
				hungarian.registrationClosesAt(), null, List.of(), MeetingKind.LINK, true, 0,
				"Good practices in “elderly care”, with a long title", "Description: commas, “quotes”.",
				EventKind.KNOWLEDGE_CONFERENCE);

		VEvent english = entryOf(bilingual, Locale.ENGLISH);
		assertThat(english.getSummary().getValue()).isEqualTo("Good practices in “elderly care”, with a long title");
		assertThat(english.getSummary().getParameters().getLanguage()).isEqualTo("en");
		assertThat(english.getDescription().getValue()).isEqualTo("Description: commas, “quotes”.");
		assertThat(english.getDescription().getParameters().getLanguage()).isEqualTo("en");
		assertThat(english.getCategories().get(0).getValues()).containsExactly("Knowledge programme conference");
		assertThat(english.getCategories().get(0).getParameters().getLanguage()).isEqualTo("en");

		VEvent hungarianForAnEnglishReader = entryOf(hungarian, Locale.ENGLISH);
		assertThat(hungarianForAnEnglishReader.getSummary().getValue()).isEqualTo(TITLE);
		assertThat(hungarianForAnEnglishReader.getSummary().getParameters().getLanguage()).isEqualTo("hu");

		VEvent hungarianReader = entryOf(bilingual, HungarianFormats.HUNGARIAN);
		assertThat(hungarianReader.getSummary().getValue()).isEqualTo(TITLE);
		assertThat(hungarianReader.getDescription().getValue()).isEqualTo("Leírás: ékezetek.");
		assertThat(hungarianReader.getSummary().getParameters().getLanguage()).isEqualTo("hu");

		VEvent feed = CalendarFileCheck
			.onlyEvent(CalendarFileCheck.check(this.calendar.feed(List.of(bilingual), Locale.ENGLISH)));
		assertThat(feed.getSummary().getValue()).isEqualTo("Good practices in “elderly care”, with a long title");
	}

	private VEvent entryOf(ConferenceView conference, Locale language) {
		ConferenceCalendar.PersonalEntry entry = new ConferenceCalendar.PersonalEntry("registration-2@gyakorlattar", 0,
				"https://gyakorlattar.example.hu/regisztraciom/def", false, language);
		return CalendarFileCheck.onlyEvent(CalendarFileCheck.checkMailed(ConferenceCalendar.mailContentType(entry),
				this.calendar.entry(conference, entry)));
	}

	static ConferenceView conference(long id, String title, LocalDate day, int sequence) {
		Instant start = day.atTime(LocalTime.of(9, 5)).atZone(HungarianFormats.BUDAPEST).toInstant();
		Instant end = day.atTime(LocalTime.of(11, 50)).atZone(HungarianFormats.BUDAPEST).toInstant();
		return new ConferenceView(id, 2030, null, title, "Leírás: ékezetek, vesszők; és\nújsor.", start, end,
				start.minusSeconds(1800), 100, start.minusSeconds(86400 * 30), start.minusSeconds(86400), null,
				List.of(), MeetingKind.LINK, true, sequence);
	}

}
