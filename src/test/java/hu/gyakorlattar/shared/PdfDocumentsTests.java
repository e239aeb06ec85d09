package hu.gyakorlattar.shared;

import java.io.IOException;
import java.time.Instant;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** A template becomes a tagged PDF whose Hungarian text survives intact. */
@ApplicationTest
class PdfDocumentsTests {

	@Autowired
	PdfDocuments pdfs;

	@Test
	void hungarianTextDatesAndLinksPrintAsWritten() throws IOException {
		byte[] pdf = this.pdfs.render("test/sample",
				Map.of("name", "Árvíztűrő Tükörfúrógép Őrző", "when", Instant.parse("2021-06-22T08:00:00Z")),
				HungarianFormats.HUNGARIAN);

		assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Árvíztűrő Tükörfúrógép Őrző", "2021. június 22. (kedd) 10.00",
					"http://localhost:8080/ellenorzes");
			assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).as("tagged for screen readers").isTrue();
			assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Gyakorlattár");
		}
	}

}
