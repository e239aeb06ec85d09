package hu.gyakorlattar.municipality;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

import hu.gyakorlattar.shared.InvalidInput;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Reads one sheet of an uploaded XLSX file, refusing with a message an administrator can
 * act on whatever else was uploaded: nothing, an old XLS, a PDF, a truncated download.
 */
final class UploadedSpreadsheet {

	/**
	 * What one part of a workbook (a sheet's XML, the shared strings) may inflate to: the
	 * whole KSH gazetteer's sheet is under 3 MB, a contact list at its row limit under 20
	 * MB.
	 */
	static final long MAX_PART_BYTES = 50L * 1024 * 1024;

	/** What all parts together may inflate to: the KSH gazetteer's are under 10 MB. */
	static final long MAX_TOTAL_BYTES = 100L * 1024 * 1024;

	/**
	 * Parts of a workbook: the KSH gazetteer has 29, a workbook of many sheets a few
	 * hundred.
	 */
	static final int MAX_PARTS = 1000;

	private UploadedSpreadsheet() {
	}

	static boolean looksLikeXlsx(byte[] bytes) {
		return bytes.length >= 4 && ReadableWorkbook.isOOXMLZipHeader(Arrays.copyOf(bytes, 4));
	}

	static boolean looksLikeOldExcel(byte[] bytes) {
		return bytes.length >= 8 && ReadableWorkbook.isOLE2Header(Arrays.copyOf(bytes, 8));
	}

	/**
	 * The filled rows of the first sheet whose name {@code wanted} accepts, with the
	 * sheet's name; {@code field} names the form field the messages belong to. Blank rows
	 * are skipped. A workbook whose parts would inflate past the bounds is refused before
	 * it is parsed, and reading stops at the first row past the limit, so a file of a few
	 * hundred kilobytes that unpacks to millions of rows costs no more than the limit.
	 */
	static NamedSheet read(byte[] bytes, Predicate<String> wanted, String field, String noSheetKey, RowLimit limit) {
		if (bytes == null || bytes.length == 0) {
			throw new InvalidInput(field, "municipality.file.empty");
		}
		if (looksLikeOldExcel(bytes)) {
			throw new InvalidInput(field, "municipality.file.oldExcel");
		}
		if (!looksLikeXlsx(bytes)) {
			throw new InvalidInput(field, "municipality.file.notXlsx");
		}
		try {
			checkParts(bytes, field);
			try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
				List<Sheet> sheets = workbook.getSheets().toList();
				Sheet sheet = sheets.stream()
					.filter((candidate) -> wanted.test(candidate.getName()))
					.findFirst()
					.orElseThrow(() -> new InvalidInput(field, noSheetKey,
							String.join(", ", sheets.stream().map(Sheet::getName).toList())));
				return new NamedSheet(sheet.getName(), rows(sheet, field, limit));
			}
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

	private static List<SheetRow> rows(Sheet sheet, String field, RowLimit limit) throws IOException {
		List<SheetRow> rows = new ArrayList<>();
		try (Stream<Row> stream = sheet.openStream()) {
			Iterator<Row> parsed = stream.iterator();
			while (parsed.hasNext()) {
				SheetRow row = toSheetRow(parsed.next());
				if (row.isBlank()) {
					continue;
				}
				if (rows.size() > limit.rows()) {
					throw new InvalidInput(field, limit.messageKey(), limit.rows());
				}
				rows.add(row);
			}
		}
		return rows;
	}

	/**
	 * Inflates every part the reader may open, counting the bytes rather than trusting
	 * the sizes the zip declares. The parts are those of the zip's central directory, as
	 * the reader (commons-compress) finds them: a scan of the local headers
	 * ({@code ZipInputStream}) can be shown other parts than the reader then opens.
	 */
	private static void checkParts(byte[] bytes, String field) throws IOException {
		try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
			byte[] buffer = new byte[64 * 1024];
			int parts = 0;
			long total = 0;
			for (Enumeration<ZipArchiveEntry> entries = zip.getEntries(); entries.hasMoreElements();) {
				ZipArchiveEntry entry = entries.nextElement();
				if (++parts > MAX_PARTS) {
					throw new InvalidInput(field, "municipality.file.tooLarge");
				}
				try (InputStream part = zip.getInputStream(entry)) {
					long size = 0;
					for (int read = part.read(buffer); read != -1; read = part.read(buffer)) {
						size += read;
						total += read;
						if (size > MAX_PART_BYTES || total > MAX_TOTAL_BYTES) {
							throw new InvalidInput(field, "municipality.file.tooLarge");
						}
					}
				}
			}
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

	/**
	 * At most {@code rows} filled rows besides the first (a header or a title), else the
	 * file is refused with the message, which gets the limit as its argument.
	 */
	record RowLimit(int rows, String messageKey) {

	}

}
