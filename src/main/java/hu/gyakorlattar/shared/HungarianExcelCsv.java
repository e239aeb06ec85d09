package hu.gyakorlattar.shared;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The one way the application writes CSV, so every export opens by double-click in
 * Hungarian Excel: UTF-8 with a byte-order mark, cells separated by semicolons, lines
 * ended by CRLF, a cell quoted when it holds a semicolon, a quote or a line break.
 * <p>
 * Exports carry what the public typed, and Excel runs a text cell as a formula when it
 * begins with {@code = + - @}, a tab or a carriage return: such a text cell gets a
 * leading apostrophe (OWASP's rule against CSV injection), so a registrant named
 * {@code =HYPERLINK(...)} stays a name. Only text is neutralised: a {@link Number} is
 * written as a number ({@code -1} stays {@code -1}), a decimal one with a decimal comma
 * in Hungarian; {@code null} is an empty cell.
 */
public final class HungarianExcelCsv {

	private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
		.setDelimiter(';')
		.setRecordSeparator("\r\n")
		.get();

	private HungarianExcelCsv() {
	}

	/**
	 * The file: the header, then one line per row; the locale decides the decimal mark of
	 * decimal numbers (a comma in Hungarian, a point otherwise).
	 */
	public static byte[] write(List<String> header, List<? extends List<?>> rows, Locale locale) {
		StringWriter out = new StringWriter();
		out.write('\uFEFF');
		try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
			printer.printRecord(cells(header, locale));
			for (List<?> row : rows) {
				printer.printRecord(cells(row, locale));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static List<String> cells(List<?> values, Locale locale) {
		List<String> cells = new ArrayList<>(values.size());
		for (Object value : values) {
			cells.add(cell(value, locale));
		}
		return cells;
	}

	private static String cell(Object value, Locale locale) {
		if (value == null) {
			return "";
		}
		if (value instanceof Number number) {
			return number(number, locale);
		}
		String text = value.toString();
		return startsLikeAFormula(text) ? "'" + text : text;
	}

	private static boolean startsLikeAFormula(String text) {
		return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
	}

	private static String number(Number number, Locale locale) {
		String plain;
		if (number instanceof BigDecimal decimal) {
			plain = decimal.toPlainString();
		}
		else if ((number instanceof Double || number instanceof Float) && Double.isFinite(number.doubleValue())) {
			plain = new BigDecimal(number.toString()).toPlainString();
		}
		else {
			plain = number.toString();
		}
		return "hu".equals(locale.getLanguage()) ? plain.replace('.', ',') : plain;
	}

}
