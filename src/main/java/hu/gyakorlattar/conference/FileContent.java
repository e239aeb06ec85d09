package hu.gyakorlattar.conference;

import java.io.IOException;
import java.util.Set;

import hu.gyakorlattar.shared.InvalidInput;

import org.springframework.web.multipart.MultipartFile;
import org.jspecify.annotations.Nullable;

/**
 * A file's name, type and bytes: an admin's upload, judged by its first bytes rather than
 * by the name or the type the browser claims, or a stored file on its way out.
 */
record FileContent(String filename, String contentType, byte[] content) {

	static final int PHOTO_MAX_BYTES = 1024 * 1024;

	static final int SLIDES_MAX_BYTES = 20 * 1024 * 1024;

	private static final Set<String> IMAGE_TYPES = Set.of("image/png", "image/jpeg");

	/** A PNG or JPEG photo of at most 1 MB, or refuses it for the named field. */
	FileContent checkedAsPhoto(String field) {
		if (!IMAGE_TYPES.contains(this.contentType) || !(isPng() || isJpeg())) {
			throw new InvalidInput(field, "conference.file.photo.type");
		}
		if (this.content.length > PHOTO_MAX_BYTES) {
			throw new InvalidInput(field, "conference.file.photo.size");
		}
		return this;
	}

	/** A PDF of at most 20 MB, or refuses it for the named field. */
	FileContent checkedAsSlides(String field) {
		if (!isPdf()) {
			throw new InvalidInput(field, "conference.file.slides.type");
		}
		if (this.content.length > SLIDES_MAX_BYTES) {
			throw new InvalidInput(field, "conference.file.slides.size");
		}
		return new FileContent(safeName(this.filename, "eloadas.pdf"), "application/pdf", this.content);
	}

	/** An upload, or {@code null} when the admin chose no file. */
	static @Nullable FileContent of(MultipartFile upload, String field) {
		if (upload == null || upload.isEmpty()) {
			return null;
		}
		try {
			return new FileContent(upload.getOriginalFilename(), upload.getContentType(), upload.getBytes());
		}
		catch (IOException ex) {
			throw new InvalidInput(field, "conference.file.unreadable");
		}
	}

	private boolean isPng() {
		return startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
	}

	private boolean isJpeg() {
		return startsWith((byte) 0xff, (byte) 0xd8, (byte) 0xff);
	}

	private boolean isPdf() {
		return startsWith((byte) '%', (byte) 'P', (byte) 'D', (byte) 'F', (byte) '-');
	}

	private boolean startsWith(byte... magic) {
		if (this.content.length < magic.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if (this.content[i] != magic[i]) {
				return false;
			}
		}
		return true;
	}

	/** The last path segment of a browser-given name, without control characters. */
	private static String safeName(String name, String fallback) {
		if (name == null || name.isBlank()) {
			return fallback;
		}
		String last = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		String clean = last.replaceAll("[\\p{Cntrl}\"]", "").strip();
		return clean.isEmpty() ? fallback : clean.substring(0, Math.min(clean.length(), 150));
	}

}
