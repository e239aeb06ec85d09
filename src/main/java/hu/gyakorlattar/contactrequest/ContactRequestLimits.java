package hu.gyakorlattar.contactrequest;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;

import hu.gyakorlattar.shared.RateLimits;

import org.springframework.stereotype.Component;

/**
 * Contact requests accepted per client and hour, and per e-mail address and day, counted
 * across instances: a script can flood neither an owner's mailbox nor, with
 * confirmations, anyone else's. Both keys are taken as the mail and the network see them,
 * so that a new spelling is not a new allowance: an address without its
 * {@code +subaddress} and in lower case (the same mailbox), an IPv6 client by its /64
 * network (what one subscriber is given).
 */
@Component
class ContactRequestLimits {

	static final int PER_CLIENT_PER_HOUR = 5;

	static final int PER_EMAIL_PER_DAY = 3;

	private final RateLimits limits;

	ContactRequestLimits(RateLimits limits) {
		this.limits = limits;
	}

	boolean admitsClient(String client) {
		return this.limits.admit("contact request client " + network(client), PER_CLIENT_PER_HOUR, Duration.ofHours(1));
	}

	boolean admitsEmail(String email) {
		return this.limits.admit("contact request email " + mailbox(email), PER_EMAIL_PER_DAY, Duration.ofDays(1));
	}

	/** "Anna+gyakorlat@Example.hu" is anna@example.hu's mailbox. */
	static String mailbox(String email) {
		String address = email.strip().toLowerCase(Locale.ROOT);
		int at = address.lastIndexOf('@');
		if (at < 0) {
			return address;
		}
		String local = address.substring(0, at);
		int plus = local.indexOf('+');
		return ((plus > 0) ? local.substring(0, plus) : local) + address.substring(at);
	}

	/**
	 * An IPv4 client as it is; an IPv6 one by the first 64 bits of its address (a
	 * literal, as the servlet container gives it, so parsing it looks nothing up).
	 */
	static String network(String client) {
		if (!client.contains(":")) {
			return client;
		}
		try {
			InetAddress address = InetAddress.getByName(client);
			byte[] bytes = address.getAddress();
			return (bytes.length == 4) ? address.getHostAddress() : HexFormat.of().formatHex(bytes, 0, 8) + "/64";
		}
		catch (UnknownHostException ex) {
			return client;
		}
	}

}
