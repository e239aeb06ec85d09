package hu.gyakorlattar.conference;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import hu.gyakorlattar.shared.Bilingual;
import hu.gyakorlattar.shared.HungarianFormats;
import hu.gyakorlattar.shared.HungarianWorkingDays;
import org.jspecify.annotations.Nullable;

/**
 * A conference as other modules, pages and the API read it. The meeting's own URL is not
 * here: public pages never show it; registrants reach it through their personal link.
 *
 * @param techHelpFrom when the technical help before the start begins, which is also when
 * registrants may join
 * @param sequence the iCalendar SEQUENCE: goes up whenever the time or the meeting
 * changes
 * @param titleEn the English version of the title, empty when there is none (as for
 * {@code descriptionEn})
 * @param kind what kind of event of the programme year it is
 */
public record ConferenceView(long id, int cycleYear, @Nullable Long themeId, String title, String description,
		Instant startsAt, Instant endsAt, Instant techHelpFrom, int capacity, Instant registrationOpensAt,
		Instant registrationClosesAt, @Nullable PersonView moderator, List<AgendaItemView> agenda,
		@Nullable MeetingKind meetingKind, boolean published, int sequence, String titleEn, String descriptionEn,
		EventKind kind) {

	public ConferenceView {
		agenda = List.copyOf(agenda);
	}

	/** A conference described in Hungarian only. */
	public ConferenceView(long id, int cycleYear, Long themeId, String title, String description, Instant startsAt,
			Instant endsAt, Instant techHelpFrom, int capacity, Instant registrationOpensAt,
			Instant registrationClosesAt, PersonView moderator, List<AgendaItemView> agenda, MeetingKind meetingKind,
			boolean published, int sequence) {
		this(id, cycleYear, themeId, title, description, startsAt, endsAt, techHelpFrom, capacity, registrationOpensAt,
				registrationClosesAt, moderator, agenda, meetingKind, published, sequence, "", "",
				EventKind.KNOWLEDGE_CONFERENCE);
	}

	public Bilingual bilingualTitle() {
		return new Bilingual(this.title, this.titleEn);
	}

	public Bilingual bilingualDescription() {
		return new Bilingual(this.description, this.descriptionEn);
	}

	public LocalDate day() {
		return this.startsAt.atZone(HungarianFormats.BUDAPEST).toLocalDate();
	}

	/**
	 * Whether municipal offices work on the conference's day: a weekend or a public
	 * holiday keeps most of its audience away.
	 */
	public boolean onWorkingDay() {
		return HungarianWorkingDays.isWorkingDay(day());
	}

	public int techHelpMinutes() {
		return (int) Duration.between(this.techHelpFrom, this.startsAt).toMinutes();
	}

	public boolean registrationNotYetOpen(Instant now) {
		return now.isBefore(this.registrationOpensAt);
	}

	public boolean registrationOpen(Instant now) {
		return !now.isBefore(this.registrationOpensAt) && now.isBefore(this.registrationClosesAt);
	}

	/** Registrants may enter the meeting from the technical help until the end. */
	public boolean joinWindowOpen(Instant now) {
		return !now.isBefore(this.techHelpFrom) && now.isBefore(this.endsAt);
	}

	public boolean over(Instant now) {
		return !now.isBefore(this.endsAt);
	}

}
