package hu.gyakorlattar.municipality;

import java.time.Duration;

import hu.gyakorlattar.shared.InvalidInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Uploaded workbooks that would exhaust the server, each a few hundred kilobytes: reading
 * stops at the row limit instead of parsing the whole sheet first, and a workbook whose
 * parts inflate past a bound, or that has thousands of parts, is refused before it is
 * parsed, whatever sizes its headers declare.
 */
class UploadedSpreadsheetTests {

	private static final Duration QUICKLY = Duration.ofSeconds(10);

	@Test
	void aContactListIsReadOnlyUpToItsRowLimit() {
		// the header, one row too many, then XML that would refuse the file as damaged
		// if it were read
		byte[] file = OversizedWorkbooks.rows("Munka1", ContactListFile.MAX_ROWS + 2, true);

		assertRefused(() -> ContactListFile.read(file), "municipality.contacts.file.tooManyRows",
				ContactListFile.MAX_ROWS);
	}

	@Test
	void aContactListOfAMillionRowsIsRefusedQuickly() {
		byte[] file = OversizedWorkbooks.rows("Munka1", 1_000_000, false);
		assertThat(file.length).isLessThan(1024 * 1024);

		assertRefused(() -> ContactListFile.read(file), "municipality.contacts.file.tooManyRows",
				ContactListFile.MAX_ROWS);
	}

	@Test
	void aGazetteerOfAMillionRowsIsRefusedQuickly() {
		byte[] file = OversizedWorkbooks.rows("Helységek 2025.01.01.", 1_000_000, false);

		assertRefused(() -> GazetteerWorkbook.read(file), "municipality.gazetteer.file.tooManyRows",
				GazetteerWorkbook.MAX_ROWS);
	}

	@Test
	void aPartInflatingPastTheBoundIsRefusedWhateverItsHeaderDeclares() {
		byte[] file = OversizedWorkbooks.withPartOf("Helységek 2025.01.01.", UploadedSpreadsheet.MAX_PART_BYTES + 1,
				true);
		assertThat(file.length).isLessThan(1024 * 1024);

		assertRefused(() -> GazetteerWorkbook.read(file), "municipality.file.tooLarge");
		assertRefused(() -> ContactListFile.read(file), "municipality.file.tooLarge");
	}

	@Test
	void aWorkbookOfThousandsOfPartsIsRefused() {
		byte[] file = OversizedWorkbooks.withParts("Munka1", UploadedSpreadsheet.MAX_PARTS);

		assertRefused(() -> ContactListFile.read(file), "municipality.file.tooLarge");
	}

	@Test
	void partsWithinTheBoundsAreRead() {
		byte[] file = OversizedWorkbooks.withPartOf("Munka1", 1024 * 1024, true);

		// read, and refused only for what it lacks
		assertRefused(() -> ContactListFile.read(file), "municipality.contacts.file.columns", "email");
	}

	private static void assertRefused(Executable reading, String messageKey, Object... arguments) {
		assertTimeoutPreemptively(QUICKLY,
				() -> assertThatThrownBy(reading::execute).isInstanceOfSatisfying(InvalidInput.class, (ex) -> {
					assertThat(ex.messageKey()).isEqualTo(messageKey);
					assertThat(ex.field()).isEqualTo("file");
					if (arguments.length > 0) {
						assertThat(ex.arguments()).containsExactly(arguments);
					}
				}));
	}

}
