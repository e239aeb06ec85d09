package hu.gyakorlattar.conference;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import hu.gyakorlattar.shared.HungarianFormats;

/** A stretch of time with a start before its end. */
record Slot(Instant start, Instant end) {

	static Slot on(LocalDate day, LocalTime start, LocalTime end) {
		return new Slot(instant(day, start), instant(day, end));
	}

	static Instant instant(LocalDate day, LocalTime time) {
		return day.atTime(time).atZone(HungarianFormats.BUDAPEST).toInstant();
	}

	static LocalTime localTime(Instant instant) {
		return instant.atZone(HungarianFormats.BUDAPEST).toLocalTime();
	}

	boolean isEmpty() {
		return !this.end.isAfter(this.start);
	}

	boolean overlaps(Slot other) {
		return this.start.isBefore(other.end) && other.start.isBefore(this.end);
	}

	boolean within(Slot outer) {
		return !this.start.isBefore(outer.start) && !this.end.isAfter(outer.end);
	}

	Duration length() {
		return Duration.between(this.start, this.end);
	}

	Slot shifted(Duration by) {
		return new Slot(this.start.plus(by), this.end.plus(by));
	}

}
