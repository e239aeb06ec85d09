package hu.gyakorlattar.evaluation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import hu.gyakorlattar.call.CallView;
import hu.gyakorlattar.call.CriterionView;
import hu.gyakorlattar.shared.ExcelDates;
import hu.gyakorlattar.shared.HungarianExcelCsv;
import hu.gyakorlattar.shared.HungarianFormats;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A theme's ranking as a spreadsheet and as CSV for Hungarian Excel (the shared
 * {@link HungarianExcelCsv}, decimal commas in Hungarian): one row per application, with
 * the mean per criterion, the score normalised per evaluator, and when it was submitted
 * (a real date in the spreadsheet).
 */
@Component
class RankingExports {

	private final MessageSource messages;

	private final HungarianFormats formats;

	RankingExports(MessageSource messages, HungarianFormats formats) {
		this.messages = messages;
		this.formats = formats;
	}

	byte[] xlsx(CallView call, List<Ranking.Ranked> ranking, Locale locale) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			Workbook workbook = new Workbook(out, "Gyakorlattar", "1.0");
			Worksheet sheet = workbook.newWorksheet(message("evaluation.export.sheet", locale));
			List<String> headers = headers(call, locale);
			for (int c = 0; c < headers.size(); c++) {
				sheet.value(0, c, headers.get(c));
				sheet.style(0, c).bold().set();
			}
			for (int r = 0; r < ranking.size(); r++) {
				List<Object> values = values(call, ranking.get(r), locale);
				for (int c = 0; c < values.size(); c++) {
					Object value = values.get(c);
					if (value instanceof Number number) {
						sheet.value(r + 1, c, number);
					}
					else if (value instanceof Instant instant) {
						ExcelDates.write(sheet, r + 1, c, instant);
					}
					else if (value != null) {
						sheet.value(r + 1, c, value.toString());
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

	byte[] csv(CallView call, List<Ranking.Ranked> ranking, Locale locale) {
		return HungarianExcelCsv.write(headers(call, locale),
				ranking.stream().map((row) -> values(call, row, locale).stream().map(this::cell).toList()).toList(),
				locale);
	}

	private List<String> headers(CallView call, Locale locale) {
		List<String> headers = new ArrayList<>(
				List.of(message("evaluation.rank", locale), message("evaluation.application", locale),
						message("evaluation.municipality", locale), message("evaluation.stage", locale),
						message("evaluation.mean", locale), message("evaluation.spread", locale),
						message("evaluation.sheets", locale), message("evaluation.result", locale)));
		for (CriterionView criterion : call.criteria()) {
			headers.add(message("call.criterion." + criterion.kind(), locale));
		}
		headers.add(message("evaluation.normalised", locale));
		headers.add(message("submission.submittedAt", locale));
		return headers;
	}

	private List<Object> values(CallView call, Ranking.Ranked row, Locale locale) {
		Tally tally = row.tally();
		EvaluationView evaluation = row.evaluation();
		List<Object> values = new ArrayList<>();
		values.add(row.rank());
		values.add(evaluation.submission().title());
		values.add(evaluation.municipality());
		values.add(message("evaluation.stage." + evaluation.stage(), locale));
		values.add(rounded(tally.mean()));
		values.add(rounded(tally.spread()));
		values.add(tally.sheets().size());
		values.add((evaluation.result() != null) ? message("evaluation.result." + evaluation.result(), locale) : "");
		for (CriterionView criterion : call.criteria()) {
			values.add(rounded(tally.byCriterion().get(criterion.kind())));
		}
		values.add(rounded(row.normalised()));
		values.add(evaluation.submission().submittedAt());
		return values;
	}

	private static Double rounded(Double value) {
		return (value != null) ? Math.round(value * 100) / 100.0 : null;
	}

	/**
	 * Means and spreads with their two decimals, as the committee reads them; times as
	 * the pages write them.
	 */
	private Object cell(Object value) {
		if (value instanceof Instant instant) {
			return this.formats.dateTime(instant);
		}
		return (value instanceof Double number) ? BigDecimal.valueOf(number).setScale(2, RoundingMode.HALF_UP) : value;
	}

	private String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}
