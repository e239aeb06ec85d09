package hu.gyakorlattar.feedback;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import hu.gyakorlattar.shared.ExcelDates;
import hu.gyakorlattar.shared.HungarianExcelCsv;
import hu.gyakorlattar.shared.HungarianFormats;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A conference's survey for Excel, with the same tools as the registration exports: CSV
 * for Hungarian Excel (the shared {@link HungarianExcelCsv}) with one row per response,
 * and a workbook with the summary per talk on its first sheet and the responses on its
 * second. Nobody's name goes out: the responses are anonymous to the office.
 */
@Component
class FeedbackExports {

	private final MessageSource messages;

	private final HungarianFormats formats;

	FeedbackExports(MessageSource messages, HungarianFormats formats) {
		this.messages = messages;
		this.formats = formats;
	}

	byte[] csv(FeedbackManagement.Summary summary, Locale locale) {
		return HungarianExcelCsv.write(responseHeaders(summary, locale),
				summary.responses()
					.stream()
					.map((response) -> responseValues(summary, response).stream()
						.map((value) -> (value instanceof Instant instant) ? this.formats.dateTime(instant) : value)
						.toList())
					.toList(),
				locale);
	}

	byte[] xlsx(FeedbackManagement.Summary summary, Locale locale) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			Workbook workbook = new Workbook(out, "Gyakorlattar", "1.0");
			Worksheet talks = workbook.newWorksheet(message("feedback.export.sheet.summary", locale));
			List<String> headers = new ArrayList<>(List.of(message("feedback.export.talk", locale),
					message("feedback.export.count", locale), message("feedback.export.mean", locale)));
			for (int rating = 1; rating <= 5; rating++) {
				headers.add(message("feedback.export.rating", locale, rating));
			}
			header(talks, headers);
			int row = 1;
			for (FeedbackManagement.TalkSummary talk : summary.talks()) {
				talks.value(row, 0, talk.title().in(locale));
				talks.value(row, 1, talk.count());
				if (talk.mean() != null) {
					talks.value(row, 2, Math.round(talk.mean() * 100) / 100.0);
				}
				for (int rating = 1; rating <= 5; rating++) {
					talks.value(row, 2 + rating, talk.distribution().get(rating - 1));
				}
				row++;
			}
			row++;
			talks.value(row++, 0,
					message("feedback.summary.responses", locale, summary.responseCount(), summary.attendees()));
			Worksheet responses = workbook.newWorksheet(message("feedback.export.sheet.responses", locale));
			header(responses, responseHeaders(summary, locale));
			row = 1;
			for (SurveyResponse response : summary.responses()) {
				List<Object> values = responseValues(summary, response);
				for (int c = 0; c < values.size(); c++) {
					Object value = values.get(c);
					if (value instanceof Number number) {
						responses.value(row, c, number);
					}
					else if (value instanceof Instant instant) {
						ExcelDates.write(responses, row, c, instant);
					}
					else {
						responses.value(row, c, (String) value);
					}
				}
				row++;
			}
			workbook.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static void header(Worksheet sheet, List<String> headers) {
		for (int c = 0; c < headers.size(); c++) {
			sheet.value(0, c, headers.get(c));
			sheet.style(0, c).bold().set();
		}
	}

	private List<String> responseHeaders(FeedbackManagement.Summary summary, Locale locale) {
		List<String> headers = new ArrayList<>();
		headers.add(message("feedback.export.answeredAt", locale));
		summary.talks().forEach((talk) -> headers.add(talk.title().in(locale)));
		headers.add(message("feedback.export.comment", locale));
		headers.add(message("feedback.export.practice", locale));
		return headers;
	}

	/**
	 * A response's values: numbers stay numbers, the time stays a time (a real date in
	 * the workbook, written as the pages write it in the CSV), a missing rating is empty.
	 */
	private List<Object> responseValues(FeedbackManagement.Summary summary, SurveyResponse response) {
		List<Object> values = new ArrayList<>();
		values.add(response.getUpdatedAt());
		for (FeedbackManagement.TalkSummary talk : summary.talks()) {
			Short rating = response.getRatings().get(talk.id());
			values.add((rating != null) ? (Object) rating.intValue() : "");
		}
		values.add(text(response.getComment()));
		values.add(text(FeedbackManagement.namedPractice(response)));
		return values;
	}

	private String message(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

	private static String text(String value) {
		return (value != null) ? value : "";
	}

}
