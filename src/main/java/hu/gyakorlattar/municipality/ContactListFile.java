package hu.gyakorlattar.municipality;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import hu.gyakorlattar.shared.InvalidInput;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an uploaded list of mayors' contacts, CSV (UTF-8 with or without BOM, ";" or ","
 * found from the header line) or XLSX (first sheet), with columns found by their headers.
 * It only reads; whether each row is acceptable is decided by the import.
 */
final class ContactListFile {

	static final String FIELD = "file";

	/** Data rows a file may have: there are about 3,200 municipalities. */
	static final int MAX_ROWS = 20_000;

	private ContactListFile() {
	}

	static List<ContactRow> read(byte[] bytes) {
		if (bytes == null || bytes.length == 0) {
			throw new InvalidInput(FIELD, "municipality.file.empty");
		}
		if (UploadedSpreadsheet.looksLikeOldExcel(bytes)) {
			throw new InvalidInput(FIELD, "municipality.file.oldExcel");
		}
		List<SheetRow> rows = UploadedSpreadsheet.looksLikeXlsx(bytes) ? UploadedSpreadsheet
			.read(bytes, (name) -> true, FIELD, "municipality.file.noSheet",
					new UploadedSpreadsheet.RowLimit(MAX_ROWS, "municipality.contacts.file.tooManyRows"))
			.rows() : csvRows(decode(bytes));
		List<SheetRow> filled = rows.stream().filter((row) -> !row.isBlank()).toList();
		if (filled.isEmpty()) {
			throw new InvalidInput(FIELD, "municipality.contacts.file.noHeader");
		}
		SheetRow header = filled.get(0);
		Map<Column, Integer> columns = ColumnHeader.locate(header, Column.class)
			.orElseThrow(() -> new InvalidInput(FIELD, "municipality.contacts.file.columns",
					String.join(", ", ColumnHeader.missing(header, Column.class))));
		List<SheetRow> data = filled.subList(1, filled.size());
		if (data.isEmpty()) {
			throw new InvalidInput(FIELD, "municipality.contacts.file.noRows");
		}
		if (data.size() > MAX_ROWS) {
			throw new InvalidInput(FIELD, "municipality.contacts.file.tooManyRows", MAX_ROWS);
		}
		return data.stream().map((row) -> contactRow(row, columns)).toList();
	}

	/**
	 * UTF-8 or nothing: a Latin-2 file decoded leniently would store "Kovcs" for "Kovács"
	 * without anyone noticing, so malformed bytes refuse the file.
	 */
	private static String decode(byte[] bytes) {
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
			if (text.indexOf('\0') >= 0) {
				throw new InvalidInput(FIELD, "municipality.contacts.file.encoding");
			}
			return text.startsWith("\uFEFF") ? text.substring(1) : text;
		}
		catch (CharacterCodingException ex) {
			throw new InvalidInput(FIELD, "municipality.contacts.file.encoding");
		}
	}

	private static List<SheetRow> csvRows(String text) {
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setDelimiter(delimiter(text))
			.setIgnoreSurroundingSpaces(true)
			.get();
		List<SheetRow> rows = new ArrayList<>();
		try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
			for (CSVRecord record : parser) {
				List<String> cells = record.stream().map(SheetRow::clean).toList();
				SheetRow row = new SheetRow((int) record.getRecordNumber(), cells);
				if (row.isBlank()) {
					continue;
				}
				// The header and one row too many are enough to refuse the file; blank
				// rows do not count, so they cannot push real rows past the limit unseen.
				if (rows.size() > MAX_ROWS + 1) {
					break;
				}
				rows.add(row);
			}
		}
		catch (IOException | UncheckedIOException | IllegalStateException ex) {
			throw new InvalidInput(FIELD, "municipality.contacts.file.csvBroken");
		}
		return rows;
	}

	/** The separator the header line uses most: Hungarian Excel writes ";". */
	private static char delimiter(String text) {
		String firstLine = text.lines().filter((line) -> !line.isBlank()).findFirst().orElse("");
		char best = ';';
		long bestCount = firstLine.chars().filter((c) -> c == ';').count();
		for (char candidate : new char[] { ',', '\t' }) {
			long count = firstLine.chars().filter((c) -> c == candidate).count();
			if (count > bestCount) {
				best = candidate;
				bestCount = count;
			}
		}
		return best;
	}

	private static ContactRow contactRow(SheetRow row, Map<Column, Integer> columns) {
		return new ContactRow(row.number(), text(row, columns, Column.KSH_CODE), text(row, columns, Column.PREFIX),
				text(row, columns, Column.FAMILY_NAME), text(row, columns, Column.GIVEN_NAME),
				text(row, columns, Column.GENDER), text(row, columns, Column.EMAIL), text(row, columns, Column.PHONE));
	}

	private static String text(SheetRow row, Map<Column, Integer> columns, Column column) {
		Integer index = columns.get(column);
		return (index != null) ? row.cell(index) : "";
	}

	/** "nő" / "férfi" as people write them; empty means not known. */
	static Optional<Gender> gender(String text) {
		String key = ColumnHeader.key(text);
		if (key.isEmpty() || Set.of("ismeretlen", "unknown").contains(key)) {
			return Optional.of(Gender.UNKNOWN);
		}
		if (Set.of("no", "n", "female", "asszony").contains(key)) {
			return Optional.of(Gender.FEMALE);
		}
		if (Set.of("ferfi", "ffi", "male", "ur").contains(key)) {
			return Optional.of(Gender.MALE);
		}
		return Optional.empty();
	}

	/** One data row of the file, as written. */
	record ContactRow(int row, String kshCode, String prefix, String familyName, String givenName, String gender,
			String email, String phone) {

	}

	/**
	 * The accepted columns; the upload page lists them. Only the KSH code and the e-mail
	 * are required.
	 */
	enum Column implements ColumnHeader {

		KSH_CODE(true, "ksh_kod", "KSH kód", "KSH kódja", "Helység KSH kódja", "kshCode"),
		PREFIX(false, "polgarmester_elotag", "előtag", "polgármester előtagja"),
		FAMILY_NAME(false, "polgarmester_vezeteknev", "vezetéknév", "polgármester vezetékneve", "családnév"),
		GIVEN_NAME(false, "polgarmester_utonev", "utónév", "keresztnév", "polgármester utóneve"),
		GENDER(false, "nem", "neme", "polgármester neme"),
		EMAIL(true, "email", "e-mail", "e-mail-cím", "hivatali e-mail", "hivatali e-mail-cím"),
		PHONE(false, "telefon", "telefonszám");

		private final boolean required;

		private final List<String> headers;

		private final Set<String> aliases;

		Column(boolean required, String... headers) {
			this.required = required;
			this.headers = List.of(headers);
			this.aliases = Set.copyOf(new HashSet<>(ColumnHeader.keys(headers)));
		}

		@Override
		public String header() {
			return this.headers.get(0);
		}

		/** Every header written as accepted, for the upload page. */
		public List<String> getHeaders() {
			return this.headers;
		}

		@Override
		public Set<String> aliases() {
			return this.aliases;
		}

		@Override
		public boolean required() {
			return this.required;
		}

		public boolean isRequired() {
			return this.required;
		}

		public String getMessageKey() {
			return "municipality.contacts.column." + name();
		}

	}

}
