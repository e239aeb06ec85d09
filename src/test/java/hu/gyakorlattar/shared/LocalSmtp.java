package hu.gyakorlattar.shared;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Points the application at a test's own SMTP server (GreenMail) on a port fixed for the
 * test class, so the server can be stopped and started again under the application's
 * feet.
 */
public final class LocalSmtp {

	private LocalSmtp() {
	}

	/**
	 * A port nobody listens on right now, below Linux's ephemeral range (32768 and up): a
	 * server a test stops and starts again on its port would otherwise find it taken,
	 * while stopped, by an outgoing connection of this or another test JVM.
	 */
	public static int freePort() {
		for (int attempt = 0; attempt < 100; attempt++) {
			int port = ThreadLocalRandom.current().nextInt(20_000, 32_768);
			try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
				return port;
			}
			catch (IOException ex) {
				// Taken: try another.
			}
		}
		throw new IllegalStateException("No free port between 20000 and 32767");
	}

	/** Sends the application's mail to the SMTP server on this port of this machine. */
	public static void use(DynamicPropertyRegistry properties, int port) {
		properties.add("spring.mail.host", () -> "127.0.0.1");
		properties.add("spring.mail.port", () -> port);
		properties.add(NoDelaySockets.PROPERTY, NoDelaySockets.class::getName);
	}

}
