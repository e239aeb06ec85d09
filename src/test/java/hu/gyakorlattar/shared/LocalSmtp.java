package hu.gyakorlattar.shared;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Points the application at a test's own SMTP server (GreenMail) on a port fixed for the
 * test class, so the server can be stopped and started again under the application's
 * feet.
 */
public final class LocalSmtp {

	private LocalSmtp() {
	}

	/** Sends the application's mail to the SMTP server on this port of this machine. */
	public static void use(DynamicPropertyRegistry properties, int port) {
		properties.add("spring.mail.host", () -> "127.0.0.1");
		properties.add("spring.mail.port", () -> port);
		properties.add(NoDelaySockets.PROPERTY, NoDelaySockets.class::getName);
	}

}
