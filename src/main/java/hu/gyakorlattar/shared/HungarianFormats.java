package hu.gyakorlattar.shared;

import java.text.Collator;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Supplier;

import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The programme's conventions for dates, times and sorting, used by templates as
 * {@code @formats}. Instants are shown in Europe/Budapest; Hungarian reads "2021. június
 * 22. (kedd) 10.00", English "Tuesday, 22 June 2021, 10:00".
 */
@Component("formats")
public class HungarianFormats {

	public static final ZoneId BUDAPEST = ZoneId.of("Europe/Budapest");

	public static final Locale HUNGARIAN = WebConfiguration.Languages.HUNGARIAN;

	private static final DateTimeFormatter HU_DATE_TIME = DateTimeFormatter.ofPattern("yyyy. MMMM d. (EEEE) H.mm",
			HUNGARIAN);

	private static final DateTimeFormatter HU_DATE = DateTimeFormatter.ofPattern("yyyy. MMMM d.", HUNGARIAN);

	private static final DateTimeFormatter HU_DAY_OF_WEEK = DateTimeFormatter.ofPattern("yyyy. MMMM d. (EEEE)",
			HUNGARIAN);

	/**
	 * With the zone: an English reader may be elsewhere, a Hungarian one reads Budapest.
	 */
	private static final DateTimeFormatter EN_DATE_TIME = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy, HH:mm z",
			Locale.ENGLISH);

	private static final DateTimeFormatter HU_TIME = DateTimeFormatter.ofPattern("H.mm", HUNGARIAN);

	private static final DateTimeFormatter EN_TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

	private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	private static final DateTimeFormatter EN_DAY_OF_WEEK = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy",
			Locale.ENGLISH);

	private static final DateTimeFormatter HU_DAY = DateTimeFormatter.ofPattern("MMM d.", HUNGARIAN);

	private static final DateTimeFormatter EN_DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

	// No overloads below: templates pass nulls, and SpEL cannot choose an overload for a
	// null.

	/** "2021. június 22. (kedd) 10.00" ("Tuesday, 22 June 2021, 10:00 CEST") */
	public String dateTime(Instant instant) {
		if (instant == null) {
			return "";
		}
		ZonedDateTime time = instant.atZone(BUDAPEST);
		return isHungarian() ? HU_DATE_TIME.format(time) : EN_DATE_TIME.format(time);
	}

	/** The time of day in Budapest: "10.00" ("10:00" in English), as agendas show it. */
	public String time(Instant instant) {
		if (instant == null) {
			return "";
		}
		ZonedDateTime time = instant.atZone(BUDAPEST);
		return isHungarian() ? HU_TIME.format(time) : EN_TIME.format(time);
	}

	/**
	 * The definite article before a text the sentence cannot hold together with it, as
	 * the certificate's line before the conference's title in bold ("az", "a").
	 */
	public String article(String text) {
		return HungarianArticles.before(text);
	}

	/** "2021. június 22." */
	public String calendarDate(LocalDate date) {
		if (date == null) {
			return "";
		}
		return isHungarian() ? HU_DATE.format(date) : EN_DATE.format(date);
	}

	/** A last day, with its weekday as a deadline needs: "2021. június 22. (kedd)". */
	public String dayOfWeek(LocalDate date) {
		if (date == null) {
			return "";
		}
		return isHungarian() ? HU_DAY_OF_WEEK.format(date) : EN_DAY_OF_WEEK.format(date);
	}

	/** A day without its year, short enough for a chart's axis: "jún. 7." ("7 Jun"). */
	public String shortDay(LocalDate date) {
		if (date == null) {
			return "";
		}
		return isHungarian() ? HU_DAY.format(date) : EN_DAY.format(date);
	}

	/** The day of an instant in Budapest: "2021. június 22." */
	public String date(Instant instant) {
		return (instant != null) ? calendarDate(instant.atZone(BUDAPEST).toLocalDate()) : "";
	}

	/** Thousands grouped the Hungarian way with a non-breaking space: "1 723 836". */
	public String number(Number number) {
		if (number == null) {
			return "";
		}
		return String.format(isHungarian() ? HUNGARIAN : Locale.ENGLISH, "%,d", number.longValue());
	}

	/**
	 * The Hungarian collator: cs after c, sz after s, ö after o, case and accents second.
	 */
	public static Collator collator() {
		Collator collator = Collator.getInstance(HUNGARIAN);
		collator.setStrength(Collator.TERTIARY);
		return collator;
	}

	/** Lower case without accents, so that "szekesfehervar" finds "Székesfehérvár". */
	public static String fold(String text) {
		if (text == null) {
			return "";
		}
		String decomposed = Normalizer.normalize(text.strip().toLowerCase(HUNGARIAN), Normalizer.Form.NFD);
		return decomposed.replaceAll("\\p{M}", "");
	}

	/**
	 * Does the work in the given language, e.g. renders a mail or a document for its
	 * reader rather than for whoever caused it, then restores the caller's language.
	 */
	public static <T> T inLanguage(Locale locale, Supplier<T> work) {
		LocaleContext caller = LocaleContextHolder.getLocaleContext();
		try {
			LocaleContextHolder.setLocale(locale);
			return work.get();
		}
		finally {
			LocaleContextHolder.setLocaleContext(caller);
		}
	}

	private static boolean isHungarian() {
		return !"en".equals(LocaleContextHolder.getLocale().getLanguage());
	}

}
