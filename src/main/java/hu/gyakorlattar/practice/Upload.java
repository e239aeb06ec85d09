package hu.gyakorlattar.practice;

import java.util.Locale;

import hu.gyakorlattar.shared.InvalidInput;
import org.jspecify.annotations.Nullable;

/**
 * An uploaded file: PDF, PNG or JPEG, recognised by its first bytes (not by what the
 * browser claims), no larger than {@value #MAX_BYTES} bytes, with a file name whose
 * extension says the same as the content.
 */
record Upload(String fileName, byte[] bytes) {

	static final int MAX_BYTES = 10 * 1024 * 1024;

	String checkedType() {
		if (this.bytes == null || this.bytes.length == 0) {
			throw new InvalidInput("file", "practice.attachment.empty");
		}
		if (this.bytes.length > MAX_BYTES) {
			throw new InvalidInput("file", "practice.attachment.size", MAX_BYTES / (1024 * 1024));
		}
		String type = detectedType();
		if (type == null) {
			throw new InvalidInput("file", "practice.attachment.type");
		}
		String extension = extension();
		boolean matches = switch (type) {
			case "application/pdf" -> extension.equals("pdf");
			case "image/png" -> extension.equals("png");
			default -> extension.equals("jpg") || extension.equals("jpeg");
		};
		if (!matches) {
			throw new InvalidInput("file", "practice.attachment.extension");
		}
		return type;
	}

	@Nullable String detectedType() {
		byte[] b = this.bytes;
		if (b.length > 5 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F' && b[4] == '-') {
			return "application/pdf";
		}
		if (b.length > 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G' && b[4] == 0x0d
				&& b[5] == 0x0a && b[6] == 0x1a && b[7] == 0x0a) {
			return "image/png";
		}
		if (b.length > 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
			return "image/jpeg";
		}
		return null;
	}

	private String extension() {
		String name = (this.fileName != null) ? this.fileName : "";
		int dot = name.lastIndexOf('.');
		return (dot < 0) ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

	String safeFileName() {
		String name = (this.fileName != null) ? this.fileName : "";
		name = name.replaceAll(".*[/\\\\]", "").replaceAll("[\\p{Cntrl}\"]", "").strip();
		if (name.length() > 200) {
			name = name.substring(name.length() - 200);
		}
		return name.isEmpty() ? "melleklet" : name;
	}

}
