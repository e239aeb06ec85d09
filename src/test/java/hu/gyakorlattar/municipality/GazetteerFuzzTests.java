package hu.gyakorlattar.municipality;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import hu.gyakorlattar.shared.InvalidInput;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Whatever an administrator uploads as the gazetteer is either read or refused with a
 * message for the upload field ({@link InvalidInput}); never another exception, never a
 * hang. In {@code ./mvnw verify} these run the seed corpus in
 * {@code src/test/resources/hu/gyakorlattar/municipality/GazetteerFuzzTestsInputs/};
 * {@code JAZZER_FUZZ=1} fuzzes (see README, "Fuzzing").
 */
class GazetteerFuzzTests {

	private static final Duration PATIENCE = Duration.ofSeconds(10);

	private static final String[] PLAUSIBLE_CELLS = { "01234", "13578", "Budapest", "város", "község", "főváros ",
			"megyeszékhely, megyei jogú város", "nagyközség", "Pest", "085 0", "Székesfehérvári", "Összesen", "1e9",
			"-1", "12 345", "" };

	/** Raw bytes: not a workbook, a damaged zip, a truncated or a real workbook. */
	@FuzzTest(maxDuration = "2m")
	void anyUploadedFileIsReadOrRefusedWithAMessage(byte[] upload) {
		readOrRefuse(upload);
	}

	/**
	 * A well-formed workbook with arbitrary headers and cells, so that the fuzzer reaches
	 * the row parsing rather than stopping at the zip.
	 */
	@FuzzTest(maxDuration = "2m")
	void anyCellsInAWellFormedWorkbookAreReadOrRefusedWithAMessage(FuzzedDataProvider data) {
		readOrRefuse(workbook(data));
	}

	private static void readOrRefuse(byte[] upload) {
		assertTimeoutPreemptively(PATIENCE, () -> {
			try {
				Gazetteer gazetteer = GazetteerWorkbook.read(upload);
				assertThat(gazetteer.entries()).isNotEmpty()
					.allSatisfy((entry) -> assertThat(entry.kshCode()).matches("\\d{5}"));
			}
			catch (InvalidInput refused) {
				assertThat(refused.field()).isEqualTo(GazetteerWorkbook.FIELD);
				assertThat(refused.messageKey()).startsWith("municipality.");
			}
		});
	}

	/**
	 * A header row made of known column names (in any order, some left out) above rows of
	 * fuzzed text and numbers.
	 */
	static byte[] workbook(FuzzedDataProvider data) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			Workbook workbook = new Workbook(out, "Gyakorlattar fuzz", "1.0");
			String title = data.consumeString(40).replaceAll("[^\\p{L}\\d .]", "");
			Worksheet sheet = workbook.newWorksheet(data.consumeBoolean() || title.isBlank() ? "Helységek 2024.01.01."
					: title.substring(0, Math.min(title.length(), 31)));
			int columns = data.consumeInt(0, GazetteerFiles.HEADERS.length + 2);
			for (int column = 0; column < columns; column++) {
				sheet.value(0, column,
						data.consumeBoolean() ? data.pickValue(GazetteerFiles.HEADERS) : data.consumeString(30));
			}
			int rows = data.consumeInt(0, 30);
			for (int row = 1; row <= rows; row++) {
				for (int column = 0; column < columns; column++) {
					switch (data.consumeInt(0, 4)) {
						case 0 -> sheet.value(row, column, data.consumeString(40));
						case 3 -> sheet.value(row, column, data.pickValue(PLAUSIBLE_CELLS));
						case 1 -> sheet.value(row, column, data.consumeInt());
						case 2 -> sheet.value(row, column, data.consumeDouble());
						default -> {
						}
					}
				}
			}
			workbook.finish();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
