package hu.gyakorlattar.conference;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import hu.gyakorlattar.shared.HungarianFormats;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Conferences as iCalendar (RFC 5545) in Europe/Budapest time with its VTIMEZONE, so
 * every calendar places them right: the public feed of published conferences, and a
 * registrant's own entry, which a later update (same UID, higher SEQUENCE) moves and a
 * CANCEL removes.
 */
@Component
public class ConferenceCalendar {

	public static final String CONTENT_TYPE = "text/calendar; charset=UTF-8";

	private static final String PRODUCT = "-//TÖOSZ//Gyakorlattár//HU";

	private final VTimeZone budapest;

	private final String baseUrl;

	private final String organiser;

	private final Clock clock;

	ConferenceCalendar(@Value("${gyakorlattar.base-url}") String baseUrl,
			@Value("${gyakorlattar.mail.from}") String organiser, Clock clock) {
		TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
		this.budapest = registry.getTimeZone(HungarianFormats.BUDAPEST.getId()).getVTimeZone();
		this.baseUrl = baseUrl;
		this.organiser = organiser.replaceAll(".*<([^>]+)>.*", "$1");
		this.clock = clock;
	}

	/** Every given conference, for subscribing to the programme's events. */
	public byte[] feed(List<ConferenceView> conferences) {
		Calendar calendar = calendar(Method.VALUE_PUBLISH);
		for (ConferenceView conference : conferences) {
			VEvent event = event(conference, "conference-" + conference.id() + "@gyakorlattar", conference.sequence());
			event.add(new Url(URI.create(publicPage(conference))));
			calendar.add(event);
		}
		return write(calendar);
	}

	/**
	 * A registrant's own entry. {@code personalUrl} is their personal page (never the
	 * meeting's own link); a cancelled entry removes it from their calendar.
	 */
	public byte[] entry(ConferenceView conference, PersonalEntry entry) {
		Calendar calendar = calendar(entry.cancelled() ? Method.VALUE_CANCEL : Method.VALUE_REQUEST);
		VEvent event = event(conference, entry.uid(), entry.sequence());
		event.add(new Url(URI.create(entry.personalUrl())));
		event.add(new Location(entry.personalUrl()));
		event.add(new Organizer(URI.create("mailto:" + this.organiser)));
		Attendee attendee = new Attendee(URI.create("mailto:" + entry.email()));
		attendee.add(new Cn(entry.name()));
		attendee.add(Role.REQ_PARTICIPANT);
		attendee.add(entry.cancelled() ? PartStat.DECLINED : PartStat.ACCEPTED);
		attendee.add(Rsvp.FALSE);
		event.add(attendee);
		event.add(entry.cancelled() ? new Status(Status.VALUE_CANCELLED) : new Status(Status.VALUE_CONFIRMED));
		calendar.add(event);
		return write(calendar);
	}

	/**
	 * One registrant's calendar entry: its stable UID, the SEQUENCE of this version, and
	 * whether it cancels the entry.
	 */
	public record PersonalEntry(String uid, int sequence, String email, String name, String personalUrl,
			boolean cancelled) {

	}

	private Calendar calendar(String method) {
		Calendar calendar = new Calendar();
		calendar.add(new ProdId(PRODUCT));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		calendar.add(new Method(method));
		calendar.add(this.budapest);
		return calendar;
	}

	private VEvent event(ConferenceView conference, String uid, int sequence) {
		ZonedDateTime start = conference.startsAt().atZone(HungarianFormats.BUDAPEST);
		ZonedDateTime end = conference.endsAt().atZone(HungarianFormats.BUDAPEST);
		VEvent event = new VEvent(start, end, conference.title());
		event.add(new Uid(uid));
		event.add(new DtStamp(this.clock.instant()));
		event.add(new Sequence(sequence));
		if (!conference.description().isBlank()) {
			event.add(new Description(conference.description()));
		}
		return event;
	}

	private String publicPage(ConferenceView conference) {
		return this.baseUrl + "/esemenyek/" + conference.id();
	}

	private static byte[] write(Calendar calendar) {
		StringWriter out = new StringWriter();
		try {
			// Unvalidated: ical4j's validator rejects a METHOD:CANCEL without DTSTART
			// parameters that calendars do not need.
			new CalendarOutputter(false).output(calendar, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

}
