package hu.gyakorlattar.municipality;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import hu.gyakorlattar.shared.InvalidInput;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Whatever an administrator uploads as the mayors' contact list (CSV or XLSX) is either
 * read into rows or refused with a message for the upload field ({@link InvalidInput});
 * never another exception, never a hang. The seed corpus is in
 * {@code src/test/resources/hu/gyakorlattar/municipality/ContactListFuzzTestsInputs/}.
 */
class ContactListFuzzTests {

	private static final Duration PATIENCE = Duration.ofSeconds(10);

	private static final String[] HEADERS = { "ksh_kod", "KSH kód", "email", "e-mail-cím", "polgarmester_elotag",
			"vezetéknév", "utónév", "nem", "telefon", "Helység KSH kódja" };

	private static final String[] PLAUSIBLE_CELLS = { "01234", "13578", "polgarmester@example.hu", "dr.", "Kovács",
			"Anna", "nő", "férfi", "ffi", "+36 1 234 5678", "\"", "\"\"", ";", ",", "\t", "\r\n", "=1+1", "" };

	/** Raw bytes: CSV in any encoding and with any separators, XLSX, or neither. */
	@FuzzTest(maxDuration = "2m")
	void anyUploadedFileIsReadOrRefusedWithAMessage(byte[] upload) {
		readOrRefuse(upload);
	}

	/**
	 * CSV text built from known headers and fuzzed cells, joined with fuzzed separators.
	 */
	@FuzzTest(maxDuration = "2m")
	void anyCsvTextIsReadOrRefusedWithAMessage(FuzzedDataProvider data) {
		String separator = data.pickValue(new String[] { ";", ",", "\t", "|" });
		StringBuilder csv = new StringBuilder();
		int columns = data.consumeInt(0, 8);
		int rows = data.consumeInt(0, 20);
		for (int row = 0; row <= rows; row++) {
			for (int column = 0; column < columns; column++) {
				if (column > 0) {
					csv.append(separator);
				}
				csv.append((row == 0 && data.consumeBoolean()) ? data.pickValue(HEADERS) : cell(data));
			}
			csv.append(data.consumeBoolean() ? "\n" : "\r\n");
		}
		csv.append(data.consumeRemainingAsString());
		readOrRefuse(csv.toString().getBytes(StandardCharsets.UTF_8));
	}

	/** A well-formed workbook with known headers and fuzzed cells. */
	@FuzzTest(maxDuration = "2m")
	void anyCellsInAWellFormedWorkbookAreReadOrRefusedWithAMessage(FuzzedDataProvider data) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			Workbook workbook = new Workbook(out, "Gyakorlattar fuzz", "1.0");
			Worksheet sheet = workbook.newWorksheet("Polgármesterek");
			int columns = data.consumeInt(0, 8);
			int rows = data.consumeInt(0, 20);
			for (int row = 0; row <= rows; row++) {
				for (int column = 0; column < columns; column++) {
					if (row == 0 && data.consumeBoolean()) {
						sheet.value(row, column, data.pickValue(HEADERS));
					}
					else if (data.consumeBoolean()) {
						sheet.value(row, column, cell(data));
					}
					else {
						sheet.value(row, column, data.consumeDouble());
					}
				}
			}
			workbook.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		readOrRefuse(out.toByteArray());
	}

	private static String cell(FuzzedDataProvider data) {
		return data.consumeBoolean() ? data.pickValue(PLAUSIBLE_CELLS) : data.consumeString(30);
	}

	private static void readOrRefuse(byte[] upload) {
		assertTimeoutPreemptively(PATIENCE, () -> {
			try {
				List<ContactListFile.ContactRow> rows = ContactListFile.read(upload);
				assertThat(rows).isNotEmpty();
			}
			catch (InvalidInput refused) {
				assertThat(refused.field()).isEqualTo(ContactListFile.FIELD);
				assertThat(refused.messageKey()).startsWith("municipality.");
			}
		});
	}

}
