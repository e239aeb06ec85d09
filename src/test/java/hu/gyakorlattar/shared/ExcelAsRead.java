package hu.gyakorlattar.shared;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads an exported workbook back with Apache POI, an independent reader, the way Excel
 * does: a date is a number with a date format, shown as that format says.
 */
public final class ExcelAsRead {

	private ExcelAsRead() {
	}

	/**
	 * The date in the given row under the given header of the sheet, as Excel holds it
	 * and shows it in Hungarian; fails unless the cell is a real date.
	 */
	public static ExcelDate date(byte[] xlsx, int sheetIndex, int rowIndex, String header) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheetAt(sheetIndex);
			Cell cell = sheet.getRow(rowIndex).getCell(column(sheet.getRow(0), header));
			assertThat(cell.getCellType()).as("%s is a number, as Excel keeps dates", header)
				.isEqualTo(CellType.NUMERIC);
			assertThat(DateUtil.isCellDateFormatted(cell)).as("%s has a date format", header).isTrue();
			return new ExcelDate(cell.getLocalDateTimeCellValue(),
					new DataFormatter(Locale.forLanguageTag("hu-HU")).formatCellValue(cell));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static int column(Row headers, String header) {
		for (Cell cell : headers) {
			if (header.equals(cell.getStringCellValue())) {
				return cell.getColumnIndex();
			}
		}
		throw new AssertionError("No column " + header);
	}

	/** A date cell's value and the text Excel shows for it. */
	public record ExcelDate(LocalDateTime value, String shown) {

	}

}
