package hu.gyakorlattar.submission;

import java.io.IOException;

import hu.gyakorlattar.shared.InvalidInput;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

import org.springframework.web.multipart.MultipartFile;
import org.jspecify.annotations.Nullable;

/**
 * An uploaded attachment, judged by its bytes rather than by its name or the type the
 * browser claims: a PDF, a JPEG, a PNG or a Word document (DOCX: a ZIP holding
 * {@code word/document.xml}). Its type is what the bytes say.
 */
public record UploadedFile(String filename, String contentType, byte[] content) {

	static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	/** An upload, or refused for the field {@code file}. */
	static UploadedFile of(MultipartFile upload, int maxBytes) {
		if (upload == null || upload.isEmpty()) {
			throw new InvalidInput("file", "submission.attachment.missing");
		}
		if (upload.getSize() > maxBytes) {
			throw new InvalidInput("file", "submission.attachment.size", maxBytes / (1024 * 1024));
		}
		byte[] bytes;
		try {
			bytes = upload.getBytes();
		}
		catch (IOException ex) {
			throw new InvalidInput("file", "submission.attachment.unreadable");
		}
		String type = typeOf(bytes);
		if (type == null) {
			throw new InvalidInput("file", "submission.attachment.type");
		}
		return new UploadedFile(safeName(upload.getOriginalFilename(), type), type, bytes);
	}

	/** What the bytes are, or {@code null} for anything not accepted. */
	static @Nullable String typeOf(byte[] bytes) {
		if (startsWith(bytes, '%', 'P', 'D', 'F', '-')) {
			return "application/pdf";
		}
		if (startsWith(bytes, 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a)) {
			return "image/png";
		}
		if (startsWith(bytes, 0xff, 0xd8, 0xff)) {
			return "image/jpeg";
		}
		if (startsWith(bytes, 'P', 'K', 0x03, 0x04) && isWordDocument(bytes)) {
			return DOCX;
		}
		return null;
	}

	/**
	 * Looks the part up in the zip's central directory without inflating anything: a scan
	 * of the entries would inflate every part it passes, and a small upload can inflate
	 * to gigabytes. Nothing else of an attachment is ever unpacked here.
	 */
	private static boolean isWordDocument(byte[] bytes) {
		try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
			return zip.getEntry("word/document.xml") != null;
		}
		catch (IOException | RuntimeException ex) {
			return false;
		}
	}

	private static boolean startsWith(byte[] bytes, int... magic) {
		if (bytes.length < magic.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if ((bytes[i] & 0xff) != magic[i]) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The last path segment of a browser-given name, without control characters, with the
	 * extension its bytes deserve.
	 */
	private static String safeName(String name, String type) {
		String extension = switch (type) {
			case "application/pdf" -> ".pdf";
			case "image/png" -> ".png";
			case "image/jpeg" -> ".jpg";
			default -> ".docx";
		};
		String last = (name != null) ? name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1) : "";
		String clean = last.replaceAll("[\\p{Cntrl}\"]", "").strip();
		int dot = clean.lastIndexOf('.');
		String stem = (dot > 0) ? clean.substring(0, dot) : clean;
		if (stem.isEmpty()) {
			stem = "melleklet";
		}
		return stem.substring(0, Math.min(stem.length(), 150)) + extension;
	}

}
