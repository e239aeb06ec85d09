package hu.gyakorlattar.municipality;

import java.util.Arrays;
import java.util.List;

import hu.gyakorlattar.shared.InvalidInput;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Reading the KSH gazetteer workbook, without a database: the real 2024 file and the ways
 * an uploaded file can be wrong.
 */
class GazetteerWorkbookTests {

	@Test
	void theRealGazetteerHoldsEverySettlementAndBudapestsDistricts() {
		Gazetteer gazetteer = GazetteerWorkbook.read(GazetteerFiles.real());

		assertThat(gazetteer.year()).isEqualTo(2024);
		assertThat(gazetteer.entries()).hasSize(3178);
		assertThat(gazetteer.entries().stream().filter((e) -> e.status() == LegalStatus.FOVAROSI_KERULET)).hasSize(23);
		assertThat(gazetteer.entries()).noneMatch((e) -> e.name().startsWith("Összesen"));
		assertThat(gazetteer.entries()).allMatch((e) -> e.kshCode().matches("\\d{5}"));
	}

	@Test
	void straySpacesAreStrippedAndStatusesNormalised() {
		List<GazetteerEntry> entries = GazetteerWorkbook.read(GazetteerFiles.real()).entries();

		GazetteerEntry budapest = entry(entries, "13578");
		assertThat(budapest.name()).isEqualTo("Budapest");
		assertThat(budapest.status()).isEqualTo(LegalStatus.FOVAROS);
		assertThat(budapest.county()).isNull();
		GazetteerEntry firstDistrict = entry(entries, "09566");
		assertThat(firstDistrict.name()).isEqualTo("Budapest 01. ker.");
		assertThat(firstDistrict.county()).isEqualTo("főváros");
		GazetteerEntry szekesfehervar = entries.stream()
			.filter((e) -> e.name().equals("Székesfehérvár"))
			.findFirst()
			.orElseThrow();
		assertThat(szekesfehervar.status()).isEqualTo(LegalStatus.MEGYESZEKHELY_MEGYEI_JOGU_VAROS);
		assertThat(szekesfehervar.county()).isEqualTo("Fejér");
		assertThat(szekesfehervar.districtCode()).isEqualTo("085");
		assertThat(szekesfehervar.districtName()).isEqualTo("Székesfehérvári");
		// 13222.999999999998 ha in the file
		assertThat(entry(entries, "12441").areaHectares()).isEqualTo(13223);
		assertThat(entries.stream().map(GazetteerEntry::status).distinct())
			.containsExactlyInAnyOrder(LegalStatus.values());
	}

	@Test
	void columnsAreFoundByNameInAnyOrderUnderEitherCountyHeader() {
		String[] oldHeaders = Arrays.stream(GazetteerFiles.HEADERS)
			.map((header) -> header.equals("Vármegye megnevezése") ? "Megye megnevezése" : header)
			.toArray(String[]::new);
		List<GazetteerEntry> some = GazetteerFiles.realEntries().subList(0, 40);

		Gazetteer gazetteer = GazetteerWorkbook
			.read(GazetteerFiles.workbook("Helységek 2022.01.01.", oldHeaders, some));

		assertThat(gazetteer.year()).isEqualTo(2022);
		assertThat(gazetteer.entries()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("row")
			.containsExactlyElementsOf(some);
	}

	@Test
	void codesSavedAsNumbersGetTheirLeadingZerosBack() {
		byte[] file = GazetteerFiles.modified("Helységek 2024.01.01.", (entries) -> entries);
		assertThat(entry(GazetteerWorkbook.read(file).entries(), "09566").name()).isEqualTo("Budapest 01. ker.");
	}

	@Test
	void anEmptyFileIsRefused() {
		assertRefused(new byte[0], "municipality.file.empty");
	}

	@Test
	void aFileThatIsNotAWorkbookIsRefused() {
		assertRefused("%PDF-1.7 not a workbook".getBytes(), "municipality.file.notXlsx");
		assertRefused("Helység megnevezése;Helység KSH kódja\nAba;17376\n".getBytes(), "municipality.file.notXlsx");
	}

	@Test
	void anOldExcelFileIsRefusedWithAHintToSaveAsXlsx() {
		byte[] ole2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0,
				0 };
		assertRefused(ole2, "municipality.file.oldExcel");
	}

	@Test
	void aTruncatedWorkbookIsRefused() {
		byte[] real = GazetteerFiles.real();
		assertRefused(Arrays.copyOf(real, real.length / 2), "municipality.file.damaged");
		assertRefused(Arrays.copyOf(real, 100), "municipality.file.damaged");
	}

	@Test
	void aWorkbookWithoutTheSettlementSheetIsRefused() {
		byte[] file = GazetteerFiles.workbook("Településrészek 2024.01.01.", GazetteerFiles.HEADERS,
				GazetteerFiles.realEntries().subList(0, 3));
		assertRefused(file, "municipality.gazetteer.file.noSheet");
	}

	@Test
	void aSheetWithoutTheHeadersIsRefused() {
		String[] noHeaders = { "Név", "Kód" };
		assertRefused(GazetteerFiles.workbook("Helységek 2024", noHeaders, GazetteerFiles.realEntries().subList(0, 3)),
				"municipality.gazetteer.file.noHeader");
	}

	@Test
	void aMissingColumnIsNamed() {
		String[] withoutPopulation = Arrays.copyOfRange(GazetteerFiles.HEADERS, 1, GazetteerFiles.HEADERS.length);
		assertThatThrownBy(() -> GazetteerWorkbook
			.read(GazetteerFiles.workbook("Helységek 2024", withoutPopulation, GazetteerFiles.realEntries())))
			.isInstanceOfSatisfying(InvalidInput.class, (ex) -> {
				assertThat(ex.messageKey()).isEqualTo("municipality.gazetteer.file.columns");
				assertThat(ex.arguments()).containsExactly("Lakó-népesség");
			});
	}

	@Test
	void aBadRowRefusesTheWholeFileNamingTheRow() {
		byte[] file = GazetteerFiles.modified("Helységek 2025.01.01.", (entries) -> {
			entries.set(10, new GazetteerEntry(0, "123456", "Hibás", LegalStatus.KOZSEG, null, null, null, 1, 1));
			return entries;
		});
		assertThatThrownBy(() -> GazetteerWorkbook.read(file)).isInstanceOfSatisfying(InvalidInput.class, (ex) -> {
			assertThat(ex.messageKey()).isEqualTo("municipality.gazetteer.row.code");
			// title, group header and header rows come first: the 11th settlement is on
			// row 14
			assertThat(ex.arguments()).containsExactly(14, "123456");
		});
	}

	@Test
	void aDuplicateCodeRefusesTheFile() {
		byte[] file = GazetteerFiles.modified("Helységek 2025.01.01.", (entries) -> {
			entries.add(entries.get(0));
			return entries;
		});
		assertRefused(file, "municipality.gazetteer.row.duplicate");
	}

	private static void assertRefused(byte[] file, String messageKey) {
		assertThatThrownBy(() -> GazetteerWorkbook.read(file)).isInstanceOfSatisfying(InvalidInput.class, (ex) -> {
			assertThat(ex.messageKey()).isEqualTo(messageKey);
			assertThat(ex.field()).isEqualTo("file");
		});
	}

	private static GazetteerEntry entry(List<GazetteerEntry> entries, String kshCode) {
		return entries.get(GazetteerFiles.indexOf(entries, kshCode));
	}

}
