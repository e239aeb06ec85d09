package hu.gyakorlattar.conference;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import hu.gyakorlattar.shared.HungarianWorkingDays;
import hu.gyakorlattar.shared.InputFormats;
import hu.gyakorlattar.shared.SingleLine;
import org.jspecify.annotations.Nullable;

/**
 * A conference as the admin sets it up. Times are on the conference's day in Budapest;
 * registration opens and closes at any moment before its end. The title and description
 * have an optional English version. Without a kind it is one of the knowledge programme's
 * conferences.
 */
record ConferenceForm(@NotNull Integer cycleYear, @Nullable Long themeId,
		@NotBlank @Size(max = 300) @SingleLine String title, @Size(max = 10000) String description,
		@NotNull @InputFormats.Date LocalDate date, @NotNull @InputFormats.Time LocalTime startTime,
		@NotNull @InputFormats.Time LocalTime endTime, @NotNull @Min(0) @Max(180) Integer techHelpMinutes,
		@NotNull @Min(1) @Max(100000) Integer capacity,
		@NotNull @InputFormats.DateTimeLocal LocalDateTime registrationOpens,
		@NotNull @InputFormats.DateTimeLocal LocalDateTime registrationCloses, Long moderatorId,
		@NotNull MeetingKind meetingKind, @Size(max = 2000) String meetingUrl,
		@Size(max = 300) @SingleLine String titleEn, @Size(max = 10000) String descriptionEn,
		@Nullable EventKind kind) {

	/** A conference of the knowledge programme (when no kind is given). */
	ConferenceForm(Integer cycleYear, Long themeId, String title, String description, LocalDate date,
			LocalTime startTime, LocalTime endTime, Integer techHelpMinutes, Integer capacity,
			LocalDateTime registrationOpens, LocalDateTime registrationCloses, Long moderatorId,
			MeetingKind meetingKind, String meetingUrl, String titleEn, String descriptionEn) {
		this(cycleYear, themeId, title, description, date, startTime, endTime, techHelpMinutes, capacity,
				registrationOpens, registrationCloses, moderatorId, meetingKind, meetingUrl, titleEn, descriptionEn,
				null);
	}

	/** A conference described in Hungarian only. */
	ConferenceForm(Integer cycleYear, Long themeId, String title, String description, LocalDate date,
			LocalTime startTime, LocalTime endTime, Integer techHelpMinutes, Integer capacity,
			LocalDateTime registrationOpens, LocalDateTime registrationCloses, Long moderatorId,
			MeetingKind meetingKind, String meetingUrl) {
		this(cycleYear, themeId, title, description, date, startTime, endTime, techHelpMinutes, capacity,
				registrationOpens, registrationCloses, moderatorId, meetingKind, meetingUrl, "", "");
	}

	static final int DEFAULT_TECH_HELP_MINUTES = 30;

	/**
	 * A new conference's starting point: the first working day three weeks ahead (not a
	 * weekend or a public holiday), 10.00–13.00, link meeting; registration open from
	 * today until noon of the working day before.
	 */
	static ConferenceForm proposal(int cycleYear, LocalDate today) {
		LocalDate day = HungarianWorkingDays.onOrAfter(today.plusWeeks(3));
		return new ConferenceForm(cycleYear, null, "", "", day, LocalTime.of(10, 0), LocalTime.of(13, 0),
				DEFAULT_TECH_HELP_MINUTES, 300, today.atTime(9, 0), HungarianWorkingDays.lastBefore(day).atTime(12, 0),
				null, MeetingKind.LINK, "");
	}

}
