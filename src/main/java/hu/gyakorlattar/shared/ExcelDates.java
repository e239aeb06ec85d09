package hu.gyakorlattar.shared;

import java.time.Instant;
import java.time.LocalDateTime;

import org.dhatim.fastexcel.Worksheet;

/**
 * Times in a workbook as real Excel dates in Budapest time, shown the Hungarian way
 * ("2021. 06. 22. 10:00"), so that Excel sorts, filters and computes with them as dates.
 */
public final class ExcelDates {

	/**
	 * Excel's number format for a Hungarian date and time; the dots are escaped as
	 * literal text, as Excel itself writes them.
	 */
	public static final String HUNGARIAN_DATE_TIME = "yyyy\\. mm\\. dd\\. hh:mm";

	private ExcelDates() {
	}

	public static void write(Worksheet sheet, int row, int column, Instant instant) {
		sheet.value(row, column, LocalDateTime.ofInstant(instant, HungarianFormats.BUDAPEST));
		sheet.style(row, column).format(HUNGARIAN_DATE_TIME).set();
	}

}
