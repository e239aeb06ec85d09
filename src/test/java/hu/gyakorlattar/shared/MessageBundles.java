package hu.gyakorlattar.shared;

import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The application's message bundles for a test without a Spring context: as the
 * application's, but a text missing in English shows as missing instead of in Hungarian.
 */
public final class MessageBundles {

	private MessageBundles() {
	}

	public static ResourceBundleMessageSource withoutFallback() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
