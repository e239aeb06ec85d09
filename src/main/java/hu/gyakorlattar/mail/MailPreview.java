package hu.gyakorlattar.mail;

import java.nio.charset.StandardCharsets;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A mail's HTML as a document of its own, for the frame in which the office previews it.
 * A mail styles itself inline, as mail clients need; shown in the page itself (as the
 * frame's {@code srcdoc}), it fell under the page's policy, which allows no inline
 * styles, and the office saw it unstyled. Its own policy lets its styles and images apply
 * and nothing else: no script, no form, no navigation, and only this application may
 * frame it (its X-Frame-Options come from the security configuration).
 */
public final class MailPreview {

	static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; "
			+ "img-src 'self' data:; sandbox; frame-ancestors 'self'";

	private MailPreview() {
	}

	/** The HTML as the preview frame's document. */
	public static ResponseEntity<String> of(String html) {
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(html);
	}

}
