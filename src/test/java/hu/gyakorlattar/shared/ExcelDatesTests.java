package hu.gyakorlattar.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A time in an export opens in Excel as a date, in Budapest time, the Hungarian way. */
class ExcelDatesTests {

	@Test
	void aTimeIsAnExcelDateInBudapestTimeShownTheHungarianWay() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Workbook workbook = new Workbook(out, "Gyakorlattar", "1.0");
		Worksheet sheet = workbook.newWorksheet("Próba");
		sheet.value(0, 0, "Beküldve");
		// Summer time: 08.05 UTC is 10.05 in Budapest
		ExcelDates.write(sheet, 1, 0, Instant.parse("2021-06-22T08:05:00Z"));
		// Winter time, a morning hour: 06.30 UTC is 7.30
		ExcelDates.write(sheet, 2, 0, Instant.parse("2021-12-01T06:30:00Z"));
		workbook.finish();

		ExcelAsRead.ExcelDate summer = ExcelAsRead.date(out.toByteArray(), 0, 1, "Beküldve");
		ExcelAsRead.ExcelDate winter = ExcelAsRead.date(out.toByteArray(), 0, 2, "Beküldve");

		assertThat(summer.value()).isEqualTo(LocalDateTime.of(2021, 6, 22, 10, 5));
		assertThat(summer.shown()).isEqualTo("2021. 06. 22. 10:05");
		assertThat(winter.shown()).isEqualTo("2021. 12. 01. 07:30");
	}

}
