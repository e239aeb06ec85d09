package hu.gyakorlattar.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.i18n.LocaleContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

class HungarianFormatsTests {

	private final HungarianFormats formats = new HungarianFormats();

	private final Instant conference = Instant.parse("2021-06-22T08:00:00Z");

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void datesReadAsTheInvitationWritesThem() {
		LocaleContextHolder.setLocale(HungarianFormats.HUNGARIAN);
		assertThat(this.formats.dateTime(this.conference)).isEqualTo("2021. június 22. (kedd) 10.00");
		assertThat(this.formats.date(this.conference)).isEqualTo("2021. június 22.");
		assertThat(this.formats.calendarDate(LocalDate.of(2021, 6, 7))).isEqualTo("2021. június 7.");
		assertThat(this.formats.dayOfWeek(LocalDate.of(2021, 6, 7))).isEqualTo("2021. június 7. (hétfő)");
		assertThat(this.formats.shortDay(LocalDate.of(2021, 6, 7))).isEqualTo("jún. 7.");
		assertThat(this.formats.shortDay(LocalDate.of(2021, 9, 30))).isEqualTo("szept. 30.");
		assertThat(this.formats.dateTime(Instant.parse("2021-12-01T08:05:00Z")))
			.isEqualTo("2021. december 1. (szerda) 9.05");
		assertThat(this.formats.time(Instant.parse("2021-06-22T07:30:00Z"))).isEqualTo("9.30");
		assertThat(this.formats.time(Instant.parse("2021-06-22T08:25:00Z"))).isEqualTo("10.25");
	}

	@Test
	void englishReadersGetEnglishDates() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(this.formats.dateTime(this.conference)).isEqualTo("Tuesday, 22 June 2021, 10:00 CEST");
		assertThat(this.formats.dateTime(Instant.parse("2021-12-01T08:05:00Z")))
			.isEqualTo("Wednesday, 1 December 2021, 09:05 CET");
		assertThat(this.formats.shortDay(LocalDate.of(2021, 6, 7))).isEqualTo("7 Jun");
		assertThat(this.formats.dayOfWeek(LocalDate.of(2021, 6, 7))).isEqualTo("Monday, 7 June 2021");
		assertThat(this.formats.time(Instant.parse("2021-06-22T07:30:00Z"))).isEqualTo("09:30");
	}

	@Test
	void missingValuesRenderAsNothing() {
		assertThat(this.formats.dateTime(null)).isEmpty();
		assertThat(this.formats.date(null)).isEmpty();
		assertThat(this.formats.number(null)).isEmpty();
		assertThat(this.formats.shortDay(null)).isEmpty();
		assertThat(this.formats.time(null)).isEmpty();
	}

	@Test
	void searchIgnoresCaseAndAccents() {
		assertThat(HungarianFormats.fold(" Székesfehérvár ")).isEqualTo("szekesfehervar");
		assertThat(HungarianFormats.fold("Őriszentpéter, Ürbő")).isEqualTo("oriszentpeter, urbo");
	}

	@Test
	void namesSortTheHungarianWay() {
		List<String> names = new ArrayList<>(
				List.of("Szada", "Csabdi", "Sü", "Cun", "Zsámbék", "Zala", "Öttevény", "Ózd"));
		names.sort(HungarianFormats.collator());
		assertThat(names).containsExactly("Cun", "Csabdi", "Ózd", "Öttevény", "Sü", "Szada", "Zala", "Zsámbék");
	}

	@Test
	void personsAreNamedFamilyNameFirst() {
		assertThat(new PersonName("Dr.", "Zongor", "Gábor")).hasToString("Dr. Zongor Gábor");
		assertThat(new PersonName("", "Simon", "Erika")).hasToString("Simon Erika");
	}

}
