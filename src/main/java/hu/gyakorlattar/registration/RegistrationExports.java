package hu.gyakorlattar.registration;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import hu.gyakorlattar.shared.HungarianExcelCsv;
import hu.gyakorlattar.shared.HungarianFormats;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A conference's registrations as a spreadsheet and as CSV for Hungarian Excel (the
 * shared {@link HungarianExcelCsv}), one row per registration, the headers in the
 * office's language; the spreadsheet's times are Excel dates (Budapest time), the CSV's
 * are written as the pages write them.
 */
@Component
class RegistrationExports {

	private static final List<String> COLUMNS = List.of("prefix", "familyName", "givenName", "email", "post",
			"municipality", "kshCode", "county", "organisation", "phone", "status", "registeredAt", "confirmedAt",
			"linkSentAt", "joinedAt", "listConsent", "followUpConsent", "privacyNoticeVersion", "campaign",
			"questions");

	/** Budapest time, as Excel shows a date and time whatever its language. */
	private static final String EXCEL_DATE_TIME = "yyyy-mm-dd hh:mm";

	private final MessageSource messages;

	private final HungarianFormats formats;

	RegistrationExports(MessageSource messages, HungarianFormats formats) {
		this.messages = messages;
		this.formats = formats;
	}

	byte[] xlsx(List<RegistrationRow> rows, Locale locale) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			Workbook workbook = new Workbook(out, "Gyakorlattar", "1.0");
			Worksheet sheet = workbook
				.newWorksheet(this.messages.getMessage("registration.export.sheet", null, locale));
			List<String> headers = headers(locale);
			for (int c = 0; c < headers.size(); c++) {
				sheet.value(0, c, headers.get(c));
				sheet.style(0, c).bold().set();
			}
			for (int r = 0; r < rows.size(); r++) {
				List<Object> values = values(rows.get(r), locale);
				for (int c = 0; c < values.size(); c++) {
					if (values.get(c) instanceof Instant instant) {
						// A real date, so Excel sorts and filters it as one.
						sheet.value(r + 1, c, LocalDateTime.ofInstant(instant, HungarianFormats.BUDAPEST));
						sheet.style(r + 1, c).format(EXCEL_DATE_TIME).set();
					}
					else if (values.get(c) != null) {
						sheet.value(r + 1, c, (String) values.get(c));
					}
				}
			}
			workbook.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	byte[] csv(List<RegistrationRow> rows, Locale locale) {
		return HungarianExcelCsv.write(headers(locale),
				rows.stream()
					.map((row) -> values(row, locale).stream()
						.map((value) -> (value instanceof Instant instant) ? this.formats.dateTime(instant) : value)
						.toList())
					.toList(),
				locale);
	}

	/**
	 * The statistics' tables (county, legal status, population band) as CSV for Hungarian
	 * Excel: one row per line, plain numbers; guests have no municipalities.
	 */
	byte[] statisticsCsv(RegistrationStatistics.Statistics statistics, Locale locale) {
		List<String> header = Stream
			.of("registration.statistics.csv.section", "registration.statistics.csv.label",
					"registration.statistics.people", "registration.statistics.municipalities")
			.map((key) -> this.messages.getMessage(key, null, locale))
			.toList();
		List<List<Object>> rows = new ArrayList<>();
		rows.addAll(lines("registration.statistics.county", statistics.counties(), locale));
		rows.addAll(lines("registration.statistics.status", statistics.statuses(), locale));
		rows.addAll(lines("registration.statistics.band", statistics.bands(), locale));
		return HungarianExcelCsv.write(header, rows, locale);
	}

	private List<List<Object>> lines(String sectionKey, List<RegistrationStatistics.Line> lines, Locale locale) {
		String section = this.messages.getMessage(sectionKey, null, locale);
		return lines.stream()
			.map((line) -> Arrays.<Object>asList(section,
					(line.messageKey() != null) ? this.messages.getMessage(line.messageKey(), null, locale)
							: line.name(),
					line.people(), line.municipalities()))
			.toList();
	}

	private List<String> headers(Locale locale) {
		return COLUMNS.stream()
			.map((column) -> this.messages.getMessage("registration.export." + column, null, locale))
			.toList();
	}

	/**
	 * The cells of a row: text, or an {@link Instant} for a time ({@code null} if none).
	 */
	private List<Object> values(RegistrationRow row, Locale locale) {
		List<Object> values = new ArrayList<>();
		values.add(row.name().prefix());
		values.add(row.name().familyName());
		values.add(row.name().givenName());
		values.add(row.email());
		values.add(row.post());
		values.add(text(row.municipalityName()));
		values.add(text(row.municipalityKshCode()));
		values.add(text(row.municipalityCounty()));
		values.add(text(row.organisation()));
		values.add(text(row.phone()));
		values.add(this.messages.getMessage(row.status().messageKey(), null, locale));
		values.add(row.createdAt());
		values.add(row.optedInAt());
		values.add(row.joinLinkSentAt());
		values.add(row.firstJoinedAt());
		values.add(yesNo(row.listConsent(), locale));
		values.add(yesNo(row.followUpConsent(), locale));
		values.add(row.privacyNoticeVersion());
		values.add((row.campaignId() != null) ? String.valueOf(row.campaignId()) : "");
		values.add(String.join(" | ", row.questions()));
		return values;
	}

	private String yesNo(boolean value, Locale locale) {
		return this.messages.getMessage(value ? "registration.export.yes" : "registration.export.no", null, locale);
	}

	private static String text(String value) {
		return (value != null) ? value : "";
	}

}
