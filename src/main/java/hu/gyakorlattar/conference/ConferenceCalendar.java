package hu.gyakorlattar.conference;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import hu.gyakorlattar.shared.SiteAddress;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.Language;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import hu.gyakorlattar.shared.Bilingual;
import hu.gyakorlattar.shared.HungarianFormats;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Conferences as iCalendar (RFC 5545) in Europe/Budapest time with its VTIMEZONE, so
 * every calendar places them right: the public feed of published conferences, and a
 * registrant's own entry, which a later one (same UID, higher SEQUENCE) moves and a
 * CANCEL removes. The one writer of the application's .ics files.
 * <p>
 * Every file is {@code METHOD:PUBLISH} (or {@code CANCEL}), never {@code REQUEST}, and
 * names the office as ORGANIZER without ATTENDEEs, as RFC 5546 §3.2.1 wants for PUBLISH.
 * A REQUEST is a meeting invitation: Outlook and Gmail answer it with Accept/Decline
 * buttons whose iTIP REPLY goes to the ORGANIZER by mail, where nobody processes it (a
 * registrant changes their registration on their personal page), and Outlook keeps
 * showing the entry as not yet answered. A PUBLISH is a published event that clients add
 * to the calendar without expecting an answer, and it still follows the same UID through
 * later versions with a higher SEQUENCE and a CANCEL (RFC 5546 §3.2.1), which is also
 * what a registration platform (not a meeting organiser's calendar server) can keep. The
 * office is the ORGANIZER rather than the mail's no-reply sender, so that a client's
 * "write to the organiser" reaches someone.
 */
@Component
public class ConferenceCalendar {

	public static final String CONTENT_TYPE = "text/calendar; charset=UTF-8";

	private static final String PRODUCT = "-//TÖOSZ//Gyakorlattár//HU";

	/** RFC 5545 §3.1: content lines are folded at 75 octets, not characters. */
	private static final int LINE_OCTETS = 75;

	private static final Pattern NAMED_ADDRESS = Pattern.compile("\\s*(.*?)\\s*<([^>]+)>\\s*");

	private final String baseUrl;

	private final URI organiserAddress;

	private final String organiserName;

	private final Clock clock;

	private final MessageSource messages;

	ConferenceCalendar(SiteAddress site, @Value("${gyakorlattar.calendar.organizer}") String organiser, Clock clock,
			MessageSource messages) {
		this.baseUrl = site.baseUrl();
		Matcher named = NAMED_ADDRESS.matcher(organiser);
		boolean hasName = named.matches();
		this.organiserAddress = URI.create("mailto:" + (hasName ? named.group(2) : organiser).strip());
		this.organiserName = hasName ? named.group(1).replaceAll("^\"|\"$", "") : "";
		this.clock = clock;
		this.messages = messages;
	}

	/**
	 * Every given conference, for subscribing to the programme's events, titled in the
	 * reader's language where there is a version in it.
	 */
	public byte[] feed(List<ConferenceView> conferences, Locale locale) {
		Calendar calendar = calendar(Method.VALUE_PUBLISH);
		for (ConferenceView conference : conferences) {
			VEvent event = event(conference, "conference-" + conference.id() + "@gyakorlattar", conference.sequence(),
					locale);
			event.add(new Url(URI.create(publicPage(conference))));
			event.add(new Status(Status.VALUE_CONFIRMED));
			calendar.add(event);
		}
		return write(calendar);
	}

	/**
	 * A registrant's own entry. {@code joinUrl} is their join page: never the meeting's
	 * own link, and not their personal page either, which cancels and erases the
	 * registration and should not travel with a calendar shared with colleagues. A
	 * cancelled entry removes it from their calendar. It is in the registrant's language
	 * where the conference has a version in it.
	 */
	public byte[] entry(ConferenceView conference, PersonalEntry entry) {
		Calendar calendar = calendar(entry.method());
		VEvent event = event(conference, entry.uid(), entry.sequence(), entry.language());
		event.add(new Url(URI.create(entry.joinUrl())));
		event.add(new Location(entry.joinUrl()));
		event.add(entry.cancelled() ? new Status(Status.VALUE_CANCELLED) : new Status(Status.VALUE_CONFIRMED));
		calendar.add(event);
		return write(calendar);
	}

	/**
	 * The MIME type of a mailed entry: iMIP (RFC 6047 §2.4) wants the file's METHOD
	 * repeated on it.
	 */
	public static String mailContentType(PersonalEntry entry) {
		return CONTENT_TYPE + "; method=" + entry.method();
	}

	/**
	 * One registrant's calendar entry: its stable UID, the SEQUENCE of this version,
	 * whether it cancels the entry, and the registrant's language.
	 */
	public record PersonalEntry(String uid, int sequence, String joinUrl, boolean cancelled, Locale language) {

		/** The iTIP method: the entry is published, and its cancellation is a CANCEL. */
		public String method() {
			return this.cancelled ? Method.VALUE_CANCEL : Method.VALUE_PUBLISH;
		}

	}

	private Calendar calendar(String method) {
		Calendar calendar = new Calendar();
		calendar.add(new ProdId(PRODUCT));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		calendar.add(new Method(method));
		calendar.add(Budapest.ZONE);
		return calendar;
	}

	private VEvent event(ConferenceView conference, String uid, int sequence, Locale locale) {
		ZonedDateTime start = conference.startsAt().atZone(HungarianFormats.BUDAPEST);
		ZonedDateTime end = conference.endsAt().atZone(HungarianFormats.BUDAPEST);
		Bilingual title = conference.bilingualTitle();
		VEvent event = new VEvent(start, end, title.in(locale));
		event.replace(inItsLanguage(new Summary(title.in(locale)), title, locale));
		event.add(new Uid(uid));
		// The constructor already stamped it with the system clock; RFC 5545 allows one.
		event.replace(new DtStamp(this.clock.instant()));
		event.add(new Sequence(sequence));
		event.add(organiser());
		Bilingual description = conference.bilingualDescription();
		if (!description.in(locale).isEmpty()) {
			event.add(inItsLanguage(new Description(description.in(locale)), description, locale));
		}
		// The kind of event, e.g. "Prezentációs döntő", as a category calendars can show
		Categories kind = new Categories(this.messages.getMessage(conference.kind().messageKey(), null, locale));
		kind.add(new Language(locale.getLanguage()));
		event.add(kind);
		return event;
	}

	/**
	 * LANGUAGE (RFC 5545 §3.2.10) says which version a text is, as lang does on a page,
	 * so that a reader's calendar reads a Hungarian fallback as Hungarian.
	 */
	private static <P extends Property> P inItsLanguage(P property, Bilingual text, Locale locale) {
		property.add(new Language(text.languageIn(locale)));
		return property;
	}

	private String publicPage(ConferenceView conference) {
		return this.baseUrl + "/esemenyek/" + conference.id();
	}

	private Organizer organiser() {
		Organizer organiser = new Organizer(this.organiserAddress);
		if (!this.organiserName.isEmpty()) {
			organiser.add(new Cn(this.organiserName));
		}
		return organiser;
	}

	/**
	 * Unvalidated here: the tests validate every file the application writes (ical4j's
	 * validator with the iTIP rules, and a second parser), and a mail should not fail to
	 * go out over a file a calendar would read.
	 */
	private static byte[] write(Calendar calendar) {
		StringWriter out = new StringWriter();
		try {
			new CalendarOutputter(false).output(calendar, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return folded(out.toString().replace("\r\n ", "").replace("\r\n\t", "")).getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * ical4j folds at 75 characters, which an accented Hungarian line exceeds in octets;
	 * this folds each line at 75 octets of UTF-8, never inside a character.
	 */
	private static String folded(String unfolded) {
		StringBuilder out = new StringBuilder(unfolded.length() + unfolded.length() / 40);
		for (String line : unfolded.split("\r\n")) {
			int octets = 0;
			for (int i = 0; i < line.length();) {
				int codePoint = line.codePointAt(i);
				int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
				if (octets + size > LINE_OCTETS) {
					out.append("\r\n ");
					octets = 1;
				}
				out.appendCodePoint(codePoint);
				octets += size;
				i += Character.charCount(codePoint);
			}
			out.append("\r\n");
		}
		return out.toString();
	}

	/**
	 * Budapest's time zone as calendars read it, loaded with the first calendar written:
	 * reading ical4j's zone registry at every start cost, with Zoom's HTTP client, about
	 * 0.4 s (bench/start-ab.sh).
	 */
	private static final class Budapest {

		static final VTimeZone ZONE = TimeZoneRegistryFactory.getInstance()
			.createRegistry()
			.getTimeZone(HungarianFormats.BUDAPEST.getId())
			.getVTimeZone();

	}

}
