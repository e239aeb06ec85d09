package hu.gyakorlattar.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.annotation.MergedAnnotations.SearchStrategy;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * The tests' one SMTP server (GreenMail), started once per test JVM on a port of its own.
 * An application test that reads the mail the application sends is annotated
 * {@link Used}: its context sends to this server and looks for due mail five times a
 * second (the outbox's and the registrations' scheduled mail), the same settings for
 * every such test, so they share one context instead of starting one per server or per
 * poll interval. A test reads the mail to its own addresses ({@link #to}). Registered in
 * {@code META-INF/spring.factories}.
 */
public final class TestSmtp implements ContextCustomizerFactory {

	private static GreenMail server;

	/** The server, started on first use. */
	public static synchronized GreenMail server() {
		if (server == null) {
			server = new GreenMail(new ServerSetup(FreePorts.any(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
			server.start();
		}
		return server;
	}

	/** The messages received for this address (in any case), oldest first. */
	public static List<MimeMessage> to(String address) {
		String wanted = address.toLowerCase(Locale.ROOT);
		return server()
			.findReceivedMessages((user) -> user.getEmail().toLowerCase(Locale.ROOT).equals(wanted), (message) -> true)
			.toList();
	}

	/** The decoded text parts of a message as a mail client reads them, in order. */
	public static List<String> textParts(Part part) throws Exception {
		List<String> parts = new ArrayList<>();
		if (part.isMimeType("multipart/*")) {
			Multipart multipart = (Multipart) part.getContent();
			for (int i = 0; i < multipart.getCount(); i++) {
				parts.addAll(textParts(multipart.getBodyPart(i)));
			}
		}
		else if (part.isMimeType("text/*")) {
			parts.add((String) part.getContent());
		}
		return parts;
	}

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		return MergedAnnotations.from(testClass, SearchStrategy.TYPE_HIERARCHY).isPresent(Used.class)
				? new SendingToTheServer() : null;
	}

	/** An application test whose mail goes to the tests' SMTP server. */
	@Target(ElementType.TYPE)
	@Retention(RetentionPolicy.RUNTIME)
	@Documented
	@Inherited
	public @interface Used {

	}

	private static final class SendingToTheServer implements ContextCustomizer {

		/** Last, so a test's own properties (a slower poll, say) still win. */
		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration merged) {
			context.getEnvironment()
				.getPropertySources()
				.addLast(new MapPropertySource("testSmtp",
						Map.of("spring.mail.host", "127.0.0.1", "spring.mail.port", server().getSmtp().getPort(),
								"gyakorlattar.mail.poll-interval", "PT0.2S", "gyakorlattar.registration.poll-interval",
								"PT0.2S", NoDelaySockets.PROPERTY, NoDelaySockets.class.getName())));
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof SendingToTheServer;
		}

		@Override
		public int hashCode() {
			return SendingToTheServer.class.hashCode();
		}

	}

}
