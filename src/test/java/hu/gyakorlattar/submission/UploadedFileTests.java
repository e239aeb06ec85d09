package hu.gyakorlattar.submission;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An attachment's type comes from its bytes; recognising a Word document never inflates
 * its parts, so a small upload that inflates to gigabytes costs nothing.
 */
class UploadedFileTests {

	@Test
	void aWordDocumentIsRecognisedByItsDirectoryWithoutInflatingAnyPart() throws Exception {
		byte[] zip = zip("media/kep.bin", "word/document.xml");
		// The first part's compressed bytes are garbage: inflating it would fail, as a
		// scan of the parts does (and would inflate a bomb to its full size).
		int data = 30 + "media/kep.bin".length();
		for (int i = data; i < data + 16; i++) {
			zip[i] = (byte) 0xff;
		}
		assertThat(UploadedFile.typeOf(zip)).isEqualTo(UploadedFile.DOCX);
	}

	@Test
	void aZipWithoutAWordDocumentIsNotOne() throws Exception {
		assertThat(UploadedFile.typeOf(zip("egyeb.txt"))).isNull();
		assertThat(UploadedFile.typeOf(new byte[] { 'P', 'K', 3, 4, 0, 0 })).isNull();
	}

	private static byte[] zip(String... names) throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (String name : names) {
				zip.putNextEntry(new ZipEntry(name));
				zip.write(("tartalom " + name).repeat(200).getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		return bytes.toByteArray();
	}

}
