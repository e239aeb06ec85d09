package hu.gyakorlattar.municipality;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Gazetteer files for tests, built from the real 2024 gazetteer: the real file itself,
 * and copies with changes, written in the KSH layout (title rows above the header, a
 * total row below the data) but with the columns in another order, to prove they are read
 * by name.
 */
final class GazetteerFiles {

	static final String[] HEADERS = { "Lakó-népesség", "Helység KSH kódja", "Helység megnevezése", "Járás neve",
			"Helység jogállása", "Vármegye megnevezése", "Járás kódja", "Terület  (hektár)", "Lakások száma" };

	private static List<GazetteerEntry> realEntries;

	private GazetteerFiles() {
	}

	static byte[] real() {
		return GazetteerOnFirstStart.bundledGazetteer();
	}

	static synchronized List<GazetteerEntry> realEntries() {
		if (realEntries == null) {
			realEntries = GazetteerWorkbook.read(real()).entries();
		}
		return realEntries;
	}

	/**
	 * The real gazetteer with the given changes, as a workbook of the given sheet name.
	 */
	static byte[] modified(String sheetName, UnaryOperator<List<GazetteerEntry>> change) {
		return workbook(sheetName, HEADERS, change.apply(new ArrayList<>(realEntries())));
	}

	static byte[] workbook(String sheetName, String[] headers, List<GazetteerEntry> entries) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			Workbook workbook = new Workbook(out, "Gyakorlattar tests", "1.0");
			workbook.newWorksheet("Tájékoztató").value(0, 0, "Ez a munkalap nem a helységek listája.");
			Worksheet sheet = workbook.newWorksheet(sheetName);
			sheet.value(0, 0, "A helységek részletes adatai");
			sheet.value(1, 8, "Nemzetiségi önkormányzat");
			for (int column = 0; column < headers.length; column++) {
				sheet.value(2, column, headers[column]);
			}
			int row = 3;
			for (GazetteerEntry entry : entries) {
				for (int column = 0; column < headers.length; column++) {
					write(sheet, row, column, headers[column], entry);
				}
				row++;
			}
			sheet.value(row, 2, "Összesen");
			sheet.value(row, 0, entries.stream().mapToInt(GazetteerEntry::population).sum());
			workbook.finish();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void write(Worksheet sheet, int row, int column, String header, GazetteerEntry entry) {
		switch (ColumnHeader.key(header)) {
			case "lakonepesseg" -> sheet.value(row, column, entry.population());
			case "helysegkshkodja" -> text(sheet, row, column, entry.kshCode());
			case "helysegmegnevezese" -> text(sheet, row, column, entry.name());
			case "jarasneve" -> text(sheet, row, column, entry.districtName());
			// with the stray space of the real file's "főváros "
			case "helysegjogallasa" -> sheet.value(row, column, entry.status().gazetteerName() + " ");
			case "varmegyemegnevezese", "megyemegnevezese" -> text(sheet, row, column, entry.county());
			case "jaraskodja" ->
				text(sheet, row, column, (entry.districtCode() != null) ? entry.districtCode() + " 0" : null);
			case "terulethektar" -> sheet.value(row, column, entry.areaHectares() + 0.000000001);
			default -> sheet.value(row, column, 1);
		}
	}

	private static void text(Worksheet sheet, int row, int column, String text) {
		if (text != null) {
			sheet.value(row, column, text);
		}
	}

	static GazetteerEntry renamed(GazetteerEntry entry, String name) {
		return new GazetteerEntry(entry.row(), entry.kshCode(), name, entry.status(), entry.county(),
				entry.districtCode(), entry.districtName(), entry.population(), entry.areaHectares());
	}

	static GazetteerEntry withStatus(GazetteerEntry entry, LegalStatus status) {
		return new GazetteerEntry(entry.row(), entry.kshCode(), entry.name(), status, entry.county(),
				entry.districtCode(), entry.districtName(), entry.population(), entry.areaHectares());
	}

	static GazetteerEntry inCounty(GazetteerEntry entry, String county) {
		return new GazetteerEntry(entry.row(), entry.kshCode(), entry.name(), entry.status(), county,
				entry.districtCode(), entry.districtName(), entry.population(), entry.areaHectares());
	}

	static GazetteerEntry newMunicipality(String kshCode, String name) {
		return new GazetteerEntry(0, kshCode, name, LegalStatus.KOZSEG, "Fejér", "085", "Székesfehérvári", 120, 900);
	}

	static int indexOf(List<GazetteerEntry> entries, String kshCode) {
		for (int i = 0; i < entries.size(); i++) {
			if (entries.get(i).kshCode().equals(kshCode)) {
				return i;
			}
		}
		throw new IllegalArgumentException(kshCode);
	}

}
