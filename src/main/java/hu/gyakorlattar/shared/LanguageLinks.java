package hu.gyakorlattar.shared;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The page's link to itself in the other language ({@code @languageLinks.to('en')} in the
 * layout): the address's parameters kept and {@code lang} set, so a visitor who switches
 * language keeps their search, its filters and page. The link is relative
 * ("?q=…&lang=en"), so it keeps the path the browser shows, an error page's too. A query
 * that is not properly encoded is left out rather than repeated.
 */
@Component("languageLinks")
public class LanguageLinks {

	public String to(String language) {
		String query = currentQuery();
		try {
			return UriComponentsBuilder.newInstance()
				.query(query)
				.replaceQueryParam("lang", language)
				.build(true)
				.toUriString();
		}
		catch (IllegalArgumentException ex) {
			return "?lang=" + language;
		}
	}

	private static String currentQuery() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getQueryString();
		}
		return null;
	}

}
