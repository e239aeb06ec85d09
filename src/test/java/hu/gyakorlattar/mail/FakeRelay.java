package hu.gyakorlattar.mail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An SMTP relay gone wrong, on the port the application sends to: one that accepts the
 * connection and never says a word, or one that answers but refuses every recipient.
 */
final class FakeRelay implements AutoCloseable {

	private final ServerSocket server;

	private final boolean answers;

	private final AtomicInteger connections = new AtomicInteger();

	private final List<Socket> sockets = new CopyOnWriteArrayList<>();

	private final Thread acceptor;

	private FakeRelay(int port, boolean answers) throws IOException {
		this.server = new ServerSocket();
		this.server.setReuseAddress(true);
		this.server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
		this.answers = answers;
		this.acceptor = new Thread(this::accept, "fake-relay-" + port);
		this.acceptor.setDaemon(true);
		this.acceptor.start();
	}

	/** Accepts every connection and never answers, not even the greeting. */
	static FakeRelay hanging(int port) throws IOException {
		return new FakeRelay(port, false);
	}

	/** Greets and takes the sender, then refuses every recipient with a 550. */
	static FakeRelay refusingRecipients(int port) throws IOException {
		return new FakeRelay(port, true);
	}

	int connections() {
		return this.connections.get();
	}

	private void accept() {
		while (!this.server.isClosed()) {
			try {
				Socket socket = this.server.accept();
				this.connections.incrementAndGet();
				this.sockets.add(socket);
				if (this.answers) {
					Thread conversation = new Thread(() -> converse(socket), "fake-relay-session");
					conversation.setDaemon(true);
					conversation.start();
				}
			}
			catch (IOException ex) {
				// Closed.
			}
		}
	}

	private static void converse(Socket socket) {
		try (socket;
				BufferedReader in = new BufferedReader(
						new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
				Writer out = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.US_ASCII)) {
			reply(out, "220 relay.example ESMTP");
			String line;
			while ((line = in.readLine()) != null) {
				String command = line.toUpperCase(java.util.Locale.ROOT);
				if (command.startsWith("EHLO") || command.startsWith("HELO")) {
					reply(out, "250 relay.example");
				}
				else if (command.startsWith("RCPT")) {
					reply(out, "550 5.1.1 No such user here");
				}
				else if (command.startsWith("QUIT")) {
					reply(out, "221 Bye");
					return;
				}
				else {
					reply(out, "250 OK");
				}
			}
		}
		catch (IOException ex) {
			// The sender hung up.
		}
	}

	private static void reply(Writer out, String line) throws IOException {
		out.write(line + "\r\n");
		out.flush();
	}

	/**
	 * Closes the relay and returns once its port is free again. The acceptor blocks in
	 * the kernel's accept, which keeps the listening socket alive after {@code close()}
	 * until the thread wakes up; on a busy machine that took long enough for the test's
	 * own SMTP server, started next on the same port, to find it still in use.
	 */
	@Override
	public void close() throws IOException {
		this.server.close();
		for (Socket socket : this.sockets) {
			socket.close();
		}
		try {
			this.acceptor.join(Duration.ofSeconds(10).toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
