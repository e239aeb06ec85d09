package hu.gyakorlattar.conference;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.text.ICalReader;
import biweekly.property.DateTimeStamp;
import biweekly.property.Uid;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.validate.ValidationResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The check every .ics the application serves or mails goes through in the tests, as two
 * clients would read it: UTF-8 lines of at most 75 octets ending in CRLF; ical4j parses
 * it strictly and its validator, with the iTIP rules of the file's METHOD (RFC 5546),
 * finds nothing; and biweekly, a parser independent of ical4j that writes the files,
 * reads it without a warning and finds each VEVENT with exactly one DTSTAMP and UID.
 * Answers what biweekly read, for the test's own assertions.
 */
public final class CalendarFileCheck {

	private static final Pattern METHOD_PARAMETER = Pattern.compile(";\\s*method=\"?([A-Za-z-]+)\"?");

	private CalendarFileCheck() {
	}

	public static ICalendar check(byte[] ics) {
		String text = utf8(ics);
		assertThat(text).as("an iCalendar file ends its last line with CRLF").endsWith("\r\n");
		for (String line : text.split("\r\n", -1)) {
			assertThat(line).as("a bare LF or CR inside a line").doesNotContain("\n").doesNotContain("\r");
			assertThat(line.getBytes(StandardCharsets.UTF_8).length).as("octets of the line %s (RFC 5545 §3.1)", line)
				.isLessThanOrEqualTo(75);
		}
		Calendar strict = validatedByIcal4j(ics);
		ICalendar read = readByBiweekly(text);
		String method = (read.getMethod() != null) ? read.getMethod().getValue() : null;
		assertThat(method).as("METHOD as ical4j and biweekly read it")
			.isEqualTo(strict.<Method>getProperty(Method.METHOD).map(Method::getValue).orElse(null))
			.isNotNull();
		assertThat(read.getEvents()).as("events").isNotEmpty();
		for (VEvent event : read.getEvents()) {
			assertThat(event.getProperties(DateTimeStamp.class)).as("DTSTAMP of %s", event.getUid()).hasSize(1);
			assertThat(event.getProperties(Uid.class)).as("UID").hasSize(1);
			assertThat(event.getSequence()).as("SEQUENCE of %s", event.getUid().getValue()).isNotNull();
		}
		return read;
	}

	/**
	 * A mailed file: besides {@link #check(byte[])}, its MIME type is
	 * {@code text/calendar} in UTF-8 and repeats the file's METHOD (RFC 6047 §2.4).
	 */
	public static ICalendar checkMailed(String contentType, byte[] ics) {
		ICalendar read = check(ics);
		assertThat(contentType).startsWith("text/calendar").containsIgnoringCase("charset=UTF-8");
		Matcher method = METHOD_PARAMETER.matcher(contentType);
		assertThat(method.find()).as("method parameter in %s", contentType).isTrue();
		assertThat(method.group(1)).as("method of the MIME type").isEqualToIgnoringCase(read.getMethod().getValue());
		return read;
	}

	/** The only event of a registrant's entry. */
	public static VEvent onlyEvent(ICalendar calendar) {
		assertThat(calendar.getEvents()).hasSize(1);
		return calendar.getEvents().get(0);
	}

	/** The conference's event in a feed. */
	public static VEvent eventOf(ICalendar feed, long conferenceId) {
		List<VEvent> events = feed.getEvents()
			.stream()
			.filter((event) -> event.getUid().getValue().equals("conference-" + conferenceId + "@gyakorlattar"))
			.toList();
		assertThat(events).as("the feed's event of conference %d", conferenceId).hasSize(1);
		return events.get(0);
	}

	/** The event starts and ends at these instants, as biweekly computes them. */
	public static void assertPlacedAt(VEvent event, Instant start, Instant end) {
		assertThat(event.getDateStart().getValue().toInstant()).as("DTSTART").isEqualTo(start);
		assertThat(event.getDateEnd().getValue().toInstant()).as("DTEND").isEqualTo(end);
	}

	private static String utf8(byte[] ics) {
		try {
			return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(ics)).toString();
		}
		catch (CharacterCodingException ex) {
			throw new AssertionError("Not UTF-8", ex);
		}
	}

	private static Calendar validatedByIcal4j(byte[] ics) {
		Calendar calendar;
		try {
			calendar = new CalendarBuilder().build(new ByteArrayInputStream(ics));
		}
		catch (IOException | ParserException ex) {
			throw new AssertionError("ical4j cannot parse it", ex);
		}
		ValidationResult whole = calendar.validate();
		assertThat(whole.getEntries()).as("ical4j's validation of the calendar").isEmpty();
		Method method = calendar.<Method>getProperty(Method.METHOD).orElse(null);
		for (CalendarComponent component : calendar.<CalendarComponent>getComponents()) {
			ValidationResult result = (method != null) ? component.validate(method) : component.validate();
			assertThat(result.getEntries()).as("ical4j's validation of %s under METHOD %s", component.getName(), method)
				.isEmpty();
		}
		return calendar;
	}

	private static ICalendar readByBiweekly(String text) {
		try (ICalReader reader = new ICalReader(new StringReader(text))) {
			ICalendar calendar = reader.readNext();
			assertThat(calendar).as("biweekly reads a calendar").isNotNull();
			assertThat(reader.getWarnings()).as("biweekly's parse warnings").isEmpty();
			assertThat(reader.readNext()).as("one calendar in the file").isNull();
			assertThat(calendar.getVersion()).isEqualTo(ICalVersion.V2_0);
			assertThat(calendar.validate(ICalVersion.V2_0).isEmpty())
				.as("biweekly's validation: %s", calendar.validate(ICalVersion.V2_0))
				.isTrue();
			return calendar;
		}
		catch (IOException ex) {
			throw new AssertionError("biweekly cannot read it", ex);
		}
	}

}
