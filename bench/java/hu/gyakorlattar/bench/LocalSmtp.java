package hu.gyakorlattar.bench;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The local SMTP server the application hands its mail to during bench/run (GreenMail on
 * loopback, no authentication). Runs until killed. Keeps no mail: what the benchmark
 * measures is acceptance, and 10,000 kept messages would only grow the heap.
 */
public final class LocalSmtp {

	private LocalSmtp() {
	}

	public static void main(String[] args) throws Exception {
		int port = Integer.parseInt(args[0]);
		GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
			.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
		smtp.start();
		System.out.println("SMTP on 127.0.0.1:" + port);
		while (true) {
			Thread.sleep(2000);
			smtp.purgeEmailFromAllMailboxes();
		}
	}

}
