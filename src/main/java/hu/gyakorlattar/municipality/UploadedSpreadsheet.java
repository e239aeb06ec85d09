package hu.gyakorlattar.municipality;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

import hu.gyakorlattar.shared.InvalidInput;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Reads one sheet of an uploaded XLSX file, refusing with a message an administrator can
 * act on whatever else was uploaded: nothing, an old XLS, a PDF, a truncated download.
 */
final class UploadedSpreadsheet {

	private UploadedSpreadsheet() {
	}

	static boolean looksLikeXlsx(byte[] bytes) {
		return bytes.length >= 4 && ReadableWorkbook.isOOXMLZipHeader(Arrays.copyOf(bytes, 4));
	}

	static boolean looksLikeOldExcel(byte[] bytes) {
		return bytes.length >= 8 && ReadableWorkbook.isOLE2Header(Arrays.copyOf(bytes, 8));
	}

	/**
	 * The rows of the first sheet whose name {@code wanted} accepts, with the sheet's
	 * name; {@code field} names the form field the messages belong to.
	 */
	static NamedSheet read(byte[] bytes, Predicate<String> wanted, String field, String noSheetKey) {
		if (bytes == null || bytes.length == 0) {
			throw new InvalidInput(field, "municipality.file.empty");
		}
		if (looksLikeOldExcel(bytes)) {
			throw new InvalidInput(field, "municipality.file.oldExcel");
		}
		if (!looksLikeXlsx(bytes)) {
			throw new InvalidInput(field, "municipality.file.notXlsx");
		}
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
			List<Sheet> sheets = workbook.getSheets().toList();
			Sheet sheet = sheets.stream()
				.filter((candidate) -> wanted.test(candidate.getName()))
				.findFirst()
				.orElseThrow(() -> new InvalidInput(field, noSheetKey,
						String.join(", ", sheets.stream().map(Sheet::getName).toList())));
			List<SheetRow> rows = new ArrayList<>();
			try (Stream<Row> stream = sheet.openStream()) {
				stream.forEach((row) -> rows.add(toSheetRow(row)));
			}
			return new NamedSheet(sheet.getName(), rows);
		}
		catch (InvalidInput ex) {
			throw ex;
		}
		catch (IOException | RuntimeException ex) {
			// A truncated download or a zip that is not a workbook: the reader fails in
			// many ways, all of which mean the same to the administrator.
			throw new InvalidInput(field, "municipality.file.damaged");
		}
	}

	private static SheetRow toSheetRow(Row row) {
		List<String> cells = new ArrayList<>(row.getCellCount());
		for (int i = 0; i < row.getCellCount(); i++) {
			cells.add(text(row.getCell(i)));
		}
		return new SheetRow(row.getRowNum(), cells);
	}

	private static String text(Cell cell) {
		if (cell == null || cell.getRawValue() == null) {
			return "";
		}
		return switch (cell.getType()) {
			case NUMBER -> new BigDecimal(cell.getRawValue()).stripTrailingZeros().toPlainString();
			case STRING, FORMULA, BOOLEAN -> SheetRow.clean(cell.getRawValue());
			default -> "";
		};
	}

	/** A sheet's name and rows. */
	record NamedSheet(String name, List<SheetRow> rows) {

	}

}
