package hu.gyakorlattar.shared;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one CSV writer of every export: a file Hungarian Excel opens by double-click, in
 * which no text cell runs as a formula and every number stays a number.
 */
class HungarianExcelCsvTests {

	@Test
	void theFileHasAByteOrderMarkSemicolonsAndCrlf() {
		byte[] csv = HungarianExcelCsv.write(List.of("Név", "Fő"), List.of(List.of("Őz Ödön", 3), List.of("Bárány", 4)),
				HungarianFormats.HUNGARIAN);

		assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
		assertThat(new String(csv, StandardCharsets.UTF_8)).isEqualTo("\uFEFFNév;Fő\r\nŐz Ödön;3\r\nBárány;4\r\n");
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "=HYPERLINK(\"http://x\",\"y\")", "+36 30 123 4567", "-2+3", "@SUM(A1:A2)", "\tcmd", "\r=1+1" })
	void aTextCellThatExcelWouldRunAsAFormulaGetsALeadingApostrophe(String text) throws IOException {
		byte[] csv = HungarianExcelCsv.write(List.of("Név"), List.of(List.of(text)), HungarianFormats.HUNGARIAN);

		assertThat(read(csv).get(1).get(0)).isEqualTo("'" + text);
	}

	@Test
	void aHeaderCellIsNeutralisedLikeAnyOtherText() throws IOException {
		byte[] csv = HungarianExcelCsv.write(List.of("=1+1"), List.of(), HungarianFormats.HUNGARIAN);

		assertThat(read(csv).get(0).get(0)).isEqualTo("'=1+1");
	}

	@Test
	void textThatOnlyContainsTheseCharactersLaterIsLeftAlone() throws IOException {
		byte[] csv = HungarianExcelCsv.write(List.of("a", "b", "c"), List.of(List.of("Kovács-Nagy Anna", "a=b", "")),
				HungarianFormats.HUNGARIAN);

		assertThat(read(csv).get(1).values()).containsExactly("Kovács-Nagy Anna", "a=b", "");
	}

	@Test
	void numbersStayNumbersEvenWhenNegative() {
		byte[] csv = HungarianExcelCsv.write(List.of("a", "b", "c", "d", "e"),
				List.of(Arrays.asList(-1, -3L, new BigDecimal("-0.50"), 2.25, null)), HungarianFormats.HUNGARIAN);

		assertThat(new String(csv, StandardCharsets.UTF_8)).endsWith("\r\n-1;-3;-0,50;2,25;\r\n");
	}

	@Test
	void aDecimalNumberHasADecimalPointInEnglish() {
		byte[] csv = HungarianExcelCsv.write(List.of("a", "b"), List.of(List.of(new BigDecimal("3.50"), -1.5)),
				Locale.ENGLISH);

		assertThat(new String(csv, StandardCharsets.UTF_8)).endsWith("\r\n3.50;-1.5\r\n");
	}

	@Test
	void aValueWithASemicolonAQuoteOrALineBreakIsQuoted() {
		byte[] csv = HungarianExcelCsv.write(List.of("a", "b", "c"),
				List.of(List.of("Nagyon hasznos; köszönöm", "a \"jó\" gyakorlat", "első sor\nmásodik sor")),
				HungarianFormats.HUNGARIAN);

		assertThat(new String(csv, StandardCharsets.UTF_8))
			.endsWith("\r\n\"Nagyon hasznos; köszönöm\";\"a \"\"jó\"\" gyakorlat\";\"első sor\nmásodik sor\"\r\n");
	}

	@Test
	void aNeutralisedFormulaWithQuotesIsQuotedAndReadsBackWhole() throws IOException {
		String formula = "=HYPERLINK(\"http://x\",\"y\")";
		byte[] csv = HungarianExcelCsv.write(List.of("Név", "E-mail"), List.of(List.of(formula, "x@example.hu")),
				HungarianFormats.HUNGARIAN);

		assertThat(new String(csv, StandardCharsets.UTF_8))
			.endsWith("\r\n\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\";x@example.hu\r\n");
		assertThat(read(csv).get(1).values()).containsExactly("'" + formula, "x@example.hu");
	}

	@Test
	void everyExportWritesItsCsvThroughThisWriter() {
		noClasses().that()
			.doNotBelongToAnyOf(HungarianExcelCsv.class)
			.should()
			.dependOnClassesThat()
			.belongToAnyOf(CSVPrinter.class)
			.because("every CSV goes through the one Hungarian-Excel writer, which neutralises formulas")
			.check(ApplicationClasses.all());
	}

	private static List<CSVRecord> read(byte[] csv) throws IOException {
		String text = new String(csv, StandardCharsets.UTF_8).substring(1);
		try (CSVParser parser = CSVFormat.DEFAULT.builder().setDelimiter(';').get().parse(new StringReader(text))) {
			return parser.getRecords();
		}
	}

}
