package hu.gyakorlattar.municipality;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import hu.gyakorlattar.shared.HungarianFormats;
import hu.gyakorlattar.shared.InvalidInput;
import org.jspecify.annotations.Nullable;

/**
 * Reads the KSH gazetteer workbook (hnt_letoltes_YYYY.xlsx) into checked entries, or
 * refuses it whole. The settlement sheet is the one named "Helységek …"; its header row
 * is found by name below the title rows, columns by their headers; the closing "Összesen"
 * row is a total, not a settlement.
 */
final class GazetteerWorkbook {

	static final String FIELD = "file";

	/**
	 * Rows of the settlement sheet below its first: the gazetteer lists about 3,200
	 * settlements, so this leaves room for decades of new ones.
	 */
	static final int MAX_ROWS = 10_000;

	private static final int HEADER_SEARCH_ROWS = 20;

	private static final Pattern YEAR = Pattern.compile("\\b(19[9]\\d|2[01]\\d\\d)\\b");

	private static final Pattern DIGITS = Pattern.compile("\\d{1,5}");

	private static final Pattern DISTRICT_CODE = Pattern.compile("(\\d{1,3})(\\s.*)?");

	private GazetteerWorkbook() {
	}

	static Gazetteer read(byte[] bytes) {
		UploadedSpreadsheet.NamedSheet sheet = UploadedSpreadsheet.read(bytes,
				(name) -> HungarianFormats.fold(name).startsWith("helysegek"), FIELD,
				"municipality.gazetteer.file.noSheet",
				new UploadedSpreadsheet.RowLimit(MAX_ROWS, "municipality.gazetteer.file.tooManyRows"));
		int headerIndex = headerRowIndex(sheet.rows());
		SheetRow header = sheet.rows().get(headerIndex);
		Map<Column, Integer> columns = ColumnHeader.locate(header, Column.class)
			.orElseThrow(() -> new InvalidInput(FIELD, "municipality.gazetteer.file.columns",
					String.join(", ", ColumnHeader.missing(header, Column.class))));
		int year = year(sheet).orElseThrow(() -> new InvalidInput(FIELD, "municipality.gazetteer.file.year"));
		List<GazetteerEntry> entries = new ArrayList<>();
		Set<String> codes = new HashSet<>();
		for (SheetRow row : sheet.rows().subList(headerIndex + 1, sheet.rows().size())) {
			String name = row.cell(columns.get(Column.NAME));
			String code = row.cell(columns.get(Column.KSH_CODE));
			if (name.isEmpty() && code.isEmpty()) {
				continue;
			}
			if (code.isEmpty() && HungarianFormats.fold(name).startsWith("osszesen")) {
				break;
			}
			GazetteerEntry entry = entry(row, columns);
			if (!codes.add(entry.kshCode())) {
				throw new InvalidInput(FIELD, "municipality.gazetteer.row.duplicate", row.number(), entry.kshCode());
			}
			entries.add(entry);
		}
		if (entries.isEmpty()) {
			throw new InvalidInput(FIELD, "municipality.gazetteer.file.noRows");
		}
		return new Gazetteer(year, List.copyOf(entries));
	}

	/**
	 * The first row naming both the settlement and its KSH code: rows above are titles.
	 */
	private static int headerRowIndex(List<SheetRow> rows) {
		for (int i = 0; i < Math.min(HEADER_SEARCH_ROWS, rows.size()); i++) {
			List<String> keys = rows.get(i).cells().stream().map(ColumnHeader::key).toList();
			if (keys.stream().anyMatch(Column.NAME.aliases()::contains)
					&& keys.stream().anyMatch(Column.KSH_CODE.aliases()::contains)) {
				return i;
			}
		}
		throw new InvalidInput(FIELD, "municipality.gazetteer.file.noHeader");
	}

	/** The year the gazetteer describes: "Helységek 2024.01.01.", else its title row. */
	private static Optional<Integer> year(UploadedSpreadsheet.NamedSheet sheet) {
		List<String> candidates = new ArrayList<>();
		candidates.add(sheet.name());
		sheet.rows().stream().limit(2).forEach((row) -> candidates.addAll(row.cells()));
		for (String text : candidates) {
			Matcher matcher = YEAR.matcher(text);
			if (matcher.find()) {
				return Optional.of(Integer.parseInt(matcher.group(1)));
			}
		}
		return Optional.empty();
	}

	private static GazetteerEntry entry(SheetRow row, Map<Column, Integer> columns) {
		String rawCode = row.cell(columns.get(Column.KSH_CODE)).replace(" ", "");
		if (!DIGITS.matcher(rawCode).matches()) {
			throw new InvalidInput(FIELD, "municipality.gazetteer.row.code", row.number(), rawCode);
		}
		// A file re-saved with the code as a number loses its leading zeros (09566 →
		// 9566).
		String kshCode = "0".repeat(5 - rawCode.length()) + rawCode;
		String name = row.cell(columns.get(Column.NAME));
		if (name.isEmpty()) {
			throw new InvalidInput(FIELD, "municipality.gazetteer.row.name", row.number());
		}
		String statusText = row.cell(columns.get(Column.STATUS));
		LegalStatus status = LegalStatus.fromGazetteer(statusText)
			.orElseThrow(() -> new InvalidInput(FIELD, "municipality.gazetteer.row.status", row.number(), statusText));
		String districtText = row.cell(columns.get(Column.DISTRICT_CODE));
		String districtCode = null;
		if (!districtText.isEmpty()) {
			// "085 0": the járás code, then whether this settlement is its seat
			Matcher matcher = DISTRICT_CODE.matcher(districtText);
			if (!matcher.matches()) {
				throw new InvalidInput(FIELD, "municipality.gazetteer.row.district", row.number(), districtText);
			}
			districtCode = "0".repeat(3 - matcher.group(1).length()) + matcher.group(1);
		}
		return new GazetteerEntry(row.number(), kshCode, name, status, orNull(row.cell(columns.get(Column.COUNTY))),
				districtCode, orNull(row.cell(columns.get(Column.DISTRICT_NAME))),
				wholeNumber(row, columns.get(Column.POPULATION)), wholeNumber(row, columns.get(Column.AREA)));
	}

	/**
	 * A count or an area; KSH writes a missing figure as a dash, and areas carry
	 * floating-point noise (13222.999999999998 ha).
	 */
	private static int wholeNumber(SheetRow row, int column) {
		String text = row.cell(column).replace(" ", "");
		if (text.isEmpty() || text.equals("–") || text.equals("-")) {
			return 0;
		}
		try {
			BigDecimal number = new BigDecimal(text.replace(',', '.'));
			if (number.signum() < 0) {
				throw new NumberFormatException(text);
			}
			return number.setScale(0, RoundingMode.HALF_UP).intValueExact();
		}
		catch (ArithmeticException | NumberFormatException ex) {
			throw new InvalidInput(FIELD, "municipality.gazetteer.row.number", row.number(), row.cell(column));
		}
	}

	private static @Nullable String orNull(String text) {
		return text.isEmpty() ? null : text;
	}

	/** The gazetteer's columns this directory keeps. */
	enum Column implements ColumnHeader {

		NAME("Helység megnevezése"), KSH_CODE("Helység KSH kódja"), STATUS("Helység jogállása"),
		COUNTY("Vármegye megnevezése", "Megye megnevezése"), DISTRICT_CODE("Járás kódja"), DISTRICT_NAME("Járás neve"),
		AREA("Terület (hektár)"), POPULATION("Lakó-népesség");

		private final String header;

		private final Set<String> aliases;

		Column(String header, String... others) {
			this.header = header;
			Set<String> keys = new HashSet<>(ColumnHeader.keys(others));
			keys.add(ColumnHeader.key(header));
			this.aliases = Set.copyOf(keys);
		}

		@Override
		public String header() {
			return this.header;
		}

		@Override
		public Set<String> aliases() {
			return this.aliases;
		}

		@Override
		public boolean required() {
			return true;
		}

	}

}
