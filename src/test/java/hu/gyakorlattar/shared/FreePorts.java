package hu.gyakorlattar.shared;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.concurrent.ThreadLocalRandom;

/** Ports for the servers the tests start themselves (SMTP, HTTP, OpenSearch). */
public final class FreePorts {

	private FreePorts() {
	}

	/**
	 * A port nobody listens on right now, below Linux's ephemeral range (32768 and up): a
	 * server a test stops and starts again on its port would otherwise find it taken,
	 * while stopped, by an outgoing connection of this or another test JVM.
	 */
	public static int any() {
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

}
