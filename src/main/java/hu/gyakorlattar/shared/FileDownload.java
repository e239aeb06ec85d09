package hu.gyakorlattar.shared;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A file the browser saves rather than shows: an export, a certificate, an applicant's
 * upload. Never rendered in the browser (an upload is not ours to trust, so no content
 * sniffing either), and saved under its own name however accented.
 */
public final class FileDownload {

	private FileDownload() {
	}

	public static ResponseEntity<byte[]> download(byte[] content, String filename, String contentType) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.contentType(MediaType.parseMediaType(contentType))
			.body(content);
	}

}
