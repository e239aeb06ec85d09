package hu.gyakorlattar.mail;

/**
 * A mail rendered ahead of the change that causes it ({@link MailOutbox#prepare}), so
 * that the change's transaction only stores it ({@link MailOutbox#queue(PreparedMail)}).
 */
public final class PreparedMail {

	private final OutgoingMail mail;

	private final RenderedMail rendered;

	PreparedMail(OutgoingMail mail, RenderedMail rendered) {
		this.mail = mail;
		this.rendered = rendered;
	}

	OutgoingMail mail() {
		return this.mail;
	}

	RenderedMail rendered() {
		return this.rendered;
	}

}
