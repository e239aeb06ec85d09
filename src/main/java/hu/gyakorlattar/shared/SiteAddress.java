package hu.gyakorlattar.shared;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The address at which people reach this instance ({@code gyakorlattar.base-url}). Every
 * link in a mail, a PDF, a calendar file or an API answer starts with it, so it is read
 * and checked once here: an address no browser could open refuses the start instead of
 * reaching thousands of mailboxes.
 */
@ConfigurationProperties("gyakorlattar")
public final class SiteAddress {

	private final String baseUrl;

	public SiteAddress(@DefaultValue("http://localhost:8080") String baseUrl) {
		URI uri = URI.create(baseUrl.strip());
		if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
			throw new IllegalArgumentException(
					"gyakorlattar.base-url must be an absolute http(s) address, such as https://gyakorlattar.hu: "
							+ baseUrl);
		}
		this.baseUrl = uri.toString().replaceAll("/+$", "");
	}

	/**
	 * The address without a trailing slash, so that {@code baseUrl() + "/path"} is a
	 * link.
	 */
	public String baseUrl() {
		return this.baseUrl;
	}

	/** Whether people reach the site over HTTPS, so cookies may be marked secure. */
	public boolean secure() {
		return this.baseUrl.startsWith("https:");
	}

	/** The host name, for Message-IDs and calendar UIDs. */
	public String host() {
		return URI.create(this.baseUrl).getHost();
	}

}
