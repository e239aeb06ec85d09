package hu.gyakorlattar.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import hu.gyakorlattar.call.CallManagement;
import hu.gyakorlattar.call.CallView;
import hu.gyakorlattar.conference.ConferenceView;
import hu.gyakorlattar.conference.MeetingKind;
import hu.gyakorlattar.programme.CycleView;
import hu.gyakorlattar.programme.ProgrammeManagement;
import hu.gyakorlattar.shared.Bilingual;
import hu.gyakorlattar.shared.HungarianFormats;
import hu.gyakorlattar.shared.SiteAddress;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The letter the composer proposes for a conference, in Hungarian, built from the
 * conference and its programme year rather than copied from the 2021 invitation: the
 * year's call (its page and deadline when the conference's theme has a published call,
 * otherwise the year's list of calls), the steering committee's organisations, the date
 * and time, the theme, and where and until when to register. The office edits it before
 * sending; {@link #knownDates} is what {@link DatesInLetter} accepts in it.
 */
@Component
class ProposedLetter {

	private static final Locale HUNGARIAN = HungarianFormats.HUNGARIAN;

	/** "2026. december 28. (hétfő) 10.00", whatever the office's own language. */
	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy. MMMM d. (EEEE) H.mm",
			HUNGARIAN);

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy. MMMM d.", HUNGARIAN);

	private final MessageSource messages;

	private final CallManagement calls;

	private final ProgrammeManagement programme;

	private final String baseUrl;

	ProposedLetter(MessageSource messages, CallManagement calls, ProgrammeManagement programme, SiteAddress site) {
		this.messages = messages;
		this.calls = calls;
		this.programme = programme;
		this.baseUrl = site.baseUrl();
	}

	/** The subject and the body, paragraphs separated by a blank line. */
	@Transactional(readOnly = true)
	Text compose(ConferenceView conference) {
		String year = Integer.toString(conference.cycleYear());
		Optional<CycleView> cycle = this.programme.cycle(conference.cycleYear());
		Optional<String> theme = cycle.flatMap((found) -> theme(found, conference.themeId()));
		Optional<CallView> call = call(conference);
		List<String> paragraphs = new ArrayList<>();
		paragraphs.add(text("mail.campaign.template.opening"));
		paragraphs.add(text("mail.campaign.template.cycle", year));
		paragraphs.add(call
			.map((found) -> text("mail.campaign.template.call", found.themeNameHu(),
					this.baseUrl + "/felhivasok/" + found.id(), dateTime(found.deadline())))
			.orElseGet(() -> text("mail.campaign.template.calls", year, this.baseUrl + "/felhivasok?ev=" + year)));
		String organisations = cycle.map(CycleView::committee)
			.orElse(List.of())
			.stream()
			.map(Bilingual::hu)
			.filter((name) -> name != null && !name.isBlank())
			.collect(Collectors.joining(", "));
		paragraphs.add(organisations.isEmpty() ? text("mail.campaign.template.committeeUnnamed", year)
				: text("mail.campaign.template.committee", organisations, year));
		paragraphs.add(text("mail.campaign.template.invitation", conference.title()));
		List<String> facts = new ArrayList<>();
		facts.add(text("mail.campaign.template.when", dateTime(conference.startsAt())));
		theme.ifPresent((name) -> facts.add(text("mail.campaign.template.theme", name)));
		facts.add(text("mail.campaign.template.register",
				this.baseUrl + "/esemenyek/" + conference.id() + "/regisztracio"));
		facts.add(text("mail.campaign.template.registerUntil", dateTime(conference.registrationClosesAt())));
		paragraphs.add(String.join("\n", facts));
		paragraphs.add(text("mail.campaign.template.goal")
				+ ((conference.meetingKind() == MeetingKind.ZOOM) ? " " + text("mail.campaign.template.zoom") : ""));
		return new Text(text("mail.campaign.template.subject", conference.title()), String.join("\n\n", paragraphs));
	}

	/**
	 * The days a letter about the conference may name: its own, the registration
	 * deadline's and, when its theme has a call, the call's opening and deadline.
	 */
	@Transactional(readOnly = true)
	Set<LocalDate> knownDates(ConferenceView conference) {
		Set<LocalDate> days = new LinkedHashSet<>();
		days.add(conference.day());
		days.add(day(conference.registrationClosesAt()));
		call(conference).ifPresent((call) -> {
			days.add(day(call.opensAt()));
			days.add(day(call.deadline()));
		});
		return days;
	}

	/** "2026. december 28.", as the warning names the conference's day. */
	static String date(LocalDate day) {
		return DATE.format(day);
	}

	private Optional<CallView> call(ConferenceView conference) {
		if (conference.themeId() == null) {
			return Optional.empty();
		}
		return this.calls.published(conference.cycleYear())
			.stream()
			.filter((call) -> call.themeId() == conference.themeId())
			.findFirst();
	}

	private static Optional<String> theme(CycleView cycle, Long themeId) {
		return cycle.themes()
			.stream()
			.filter((theme) -> theme.id().equals(themeId))
			.map((theme) -> theme.name().hu())
			.findFirst();
	}

	String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, HUNGARIAN);
	}

	private static String dateTime(Instant instant) {
		ZonedDateTime time = instant.atZone(HungarianFormats.BUDAPEST);
		return DATE_TIME.format(time);
	}

	private static LocalDate day(Instant instant) {
		return instant.atZone(HungarianFormats.BUDAPEST).toLocalDate();
	}

	record Text(String subject, String body) {

	}

}
