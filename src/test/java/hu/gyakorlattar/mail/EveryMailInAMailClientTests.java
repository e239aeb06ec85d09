package hu.gyakorlattar.mail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import java.util.stream.Stream;

import hu.gyakorlattar.call.CallView;
import hu.gyakorlattar.campaign.InvitationLettersForMailTests;
import hu.gyakorlattar.conference.AgendaItemKind;
import hu.gyakorlattar.conference.AgendaItemView;
import hu.gyakorlattar.conference.ConferenceView;
import hu.gyakorlattar.conference.EventKind;
import hu.gyakorlattar.conference.MeetingKind;
import hu.gyakorlattar.conference.PersonView;
import hu.gyakorlattar.shared.HungarianFormats;
import hu.gyakorlattar.shared.MessageBundles;
import hu.gyakorlattar.shared.PersonName;
import hu.gyakorlattar.shared.SiteAddress;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every mail as a mail client shows it. Each mail template under {@code templates/mail/}
 * (found on disk, so a new one is checked, or this test asks for its sample) is rendered
 * in Hungarian and in English with the values its module gives it, stored as the outbox
 * stores it, wrapped as the sender wraps it, written to bytes and parsed back as a mail
 * client parses them. The configuration is the application's own
 * ({@code application.properties}, read as Spring Boot reads it); the texts have no
 * Hungarian fallback here, so an English text that is missing shows as {@code ??key??}.
 */
class EveryMailInAMailClientTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates/mail");

	private static final String PUBLIC_HOST = "gyakorlattar.toosz.hu";

	/** 9.00 in Budapest on the day before the conference. */
	private static final Clock MORNING = Clock.fixed(Instant.parse("2021-06-21T07:00:00Z"), ZoneOffset.UTC);

	private static final Instant STARTS_AT = Instant.parse("2021-06-22T08:00:00Z");

	private static final String RECIPIENT = "kovacs.eva@szentendre.hu";

	/** The sample conference's title in its two versions, and its talk's English one. */
	private static final String TITLE_HU = "Önkormányzati innovációk és jó gyakorlatok";

	private static final String TITLE_EN = "Municipal innovations and good practices";

	private static final String TALK_EN = "Community gardens on the “housing estate”";

	private final ApplicationContextRunner mail = new ApplicationContextRunner()
		.withInitializer(new ConfigDataApplicationContextInitializer())
		.withUserConfiguration(MailSlice.class)
		.withPropertyValues("gyakorlattar.base-url=https://" + PUBLIC_HOST);

	static Stream<Arguments> everyMailInBothLanguages() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			List<String> templates = files.filter((file) -> file.toString().endsWith(".html"))
				.filter(EveryMailInAMailClientTests::isMail)
				.map((file) -> TEMPLATES.relativize(file).toString().replace('\\', '/').replaceAll("\\.html$", ""))
				.sorted()
				.toList();
			assertThat(templates).as("mail templates under " + TEMPLATES).hasSizeGreaterThan(15);
			return templates.stream()
				.flatMap((template) -> Stream.of(Arguments.of(template, HungarianFormats.HUNGARIAN),
						Arguments.of(template, Locale.ENGLISH)));
		}
	}

	/** A mail's HTML part fills the mail layout; the rest are pages and fragments. */
	private static boolean isMail(Path html) {
		try {
			return Files.readString(html).contains("mail/layout.html :: mail(");
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@ParameterizedTest(name = "{0} ({1})")
	@MethodSource("everyMailInBothLanguages")
	void readsRightInAMailClient(String template, Locale locale) {
		assertThat(TEMPLATES.resolve(template + ".txt")).as("the plain-text part of " + template).exists();
		Sample sample = SAMPLES.get(template);
		assertThat(sample).as("a sample for the mail template " + template + " in SAMPLES").isNotNull();
		this.mail.withPropertyValues("gyakorlattar.mail.reply-to=Programiroda <programiroda@toosz.hu>")
			.run((context) -> {
				OutgoingMail outgoing = sample.mail().apply(locale);
				OutboxMessage stored = outbox(context.getBean(MailTemplates.class), context.getBean(Envelope.class))
					.render(outgoing);
				MimeMessage received = asAClientReadsIt(context.getBean(Envelope.class), stored);

				InternetAddress from = (InternetAddress) received.getFrom()[0];
				assertThat(from.getPersonal()).isEqualTo("Gyakorlattár");
				assertThat(from.getAddress()).isEqualTo("noreply@gyakorlattar.local");
				assertThat(received.getHeader("Reply-To")).hasSize(1);
				InternetAddress replyTo = (InternetAddress) received.getReplyTo()[0];
				assertThat(replyTo.getPersonal()).isEqualTo("Programiroda");
				assertThat(replyTo.getAddress()).isEqualTo("programiroda@toosz.hu");
				assertThat(received.getSubject()).isEqualTo(stored.getSubject());
				assertReadable("Subject", received.getSubject());
				assertThat(received.getHeader("Auto-Submitted")).containsExactly("auto-generated");
				assertThat(received.getMessageID()).matches("<[0-9a-f-]{36}@" + PUBLIC_HOST.replace(".", "\\.") + ">");

				Map<String, String> parts = textParts(received);
				assertThat(parts).containsOnlyKeys("text/plain", "text/html");
				String greeting = sample.greeting(locale);
				String text = parts.get("text/plain");
				String html = HtmlUtils.htmlUnescape(parts.get("text/html"));
				assertThat(text).as("text part").contains(greeting);
				assertThat(html).as("HTML part").contains(greeting);
				for (String body : List.of(text, html)) {
					assertReadable("Body", body);
					assertThat(body).contains("1097 Budapest, Vaskapu utca 10–14.")
						.contains("+36 1 234 5678")
						.contains("programiroda@toosz.hu");
				}
			});
	}

	/**
	 * A registrant reads the conference's title, and in the follow-up mails its talks',
	 * in their own language where the conference has a version in it, in the subject and
	 * in both parts; the English mails never fall back to the Hungarian title.
	 */
	@ParameterizedTest(name = "{0} ({1})")
	@MethodSource("everyRegistrationMailInBothLanguages")
	void aRegistrationMailNamesTheConferenceInTheRegistrantsLanguage(String template, Locale locale) {
		this.mail.run((context) -> {
			MimeMessage received = asAClientReadsIt(context.getBean(Envelope.class),
					outbox(context.getBean(MailTemplates.class), context.getBean(Envelope.class))
						.render(SAMPLES.get(template).mail().apply(locale)));
			boolean english = "en".equals(locale.getLanguage());
			Map<String, String> parts = textParts(received);
			assertThat(received.getSubject()).contains(english ? TITLE_EN : TITLE_HU);
			for (String body : List.of(parts.get("text/plain"), HtmlUtils.htmlUnescape(parts.get("text/html")))) {
				assertThat(body).contains(english ? TITLE_EN : TITLE_HU);
				if (english) {
					assertThat(body).doesNotContain(TITLE_HU);
				}
				if (template.startsWith("registration/follow-up")) {
					assertThat(body).contains(english ? TALK_EN : "Közösségi kertek a lakótelepen");
				}
			}
		});
	}

	static Stream<Arguments> everyRegistrationMailInBothLanguages() throws IOException {
		return everyMailInBothLanguages().filter((mail) -> ((String) mail.get()[0]).startsWith("registration/"));
	}

	/**
	 * The mails that speak of the join link, at every moment a registrant may be in: the
	 * link still to come, or out for a conference later, tomorrow, today, or open now.
	 */
	@ParameterizedTest(name = "{0} {1} ({2})")
	@MethodSource("everyLinkTiming")
	void theWordsAboutTheJoinLinkReadRightAtEveryMoment(String template, String timing, Locale locale) {
		this.mail.run((context) -> {
			OutgoingMail sample = SAMPLES.get(template).mail().apply(locale);
			Map<String, Object> model = new HashMap<>(sample.model());
			model.put("linkTiming", timing);
			model.put("conferenceTiming", timing.equals("COMING") ? "LATER" : timing);
			OutboxMessage stored = outbox(context.getBean(MailTemplates.class), context.getBean(Envelope.class))
				.render(new OutgoingMail(RECIPIENT, locale, template, model));
			MimeMessage received = asAClientReadsIt(context.getBean(Envelope.class), stored);
			assertReadable("Subject", received.getSubject());
			for (String body : textParts(received).values()) {
				assertReadable("Body", HtmlUtils.htmlUnescape(body));
			}
		});
	}

	static Stream<Arguments> everyLinkTiming() {
		return Stream
			.of("registration/confirmed", "registration/promoted", "registration/day-before-link",
					"registration/reminder", "registration/meeting-changed")
			.flatMap((template) -> Stream.of("COMING", "LATER", "TOMORROW", "TODAY", "OPEN")
				.flatMap((timing) -> Stream.of(Arguments.of(template, timing, HungarianFormats.HUNGARIAN),
						Arguments.of(template, timing, Locale.ENGLISH))));
	}

	/**
	 * A registration mail written into the stencil its first one made is, byte for byte,
	 * the mail rendered in full, whatever the registrant typed: markup, quotes, an
	 * ampersand, accents.
	 */
	@ParameterizedTest(name = "{0} ({1})")
	@MethodSource("everyRegistrationMailInBothLanguages")
	void aRegistrationMailFromItsStencilIsTheMailRenderedInFull(String template, Locale locale) {
		this.mail.run((context) -> {
			MailTemplates templates = context.getBean(MailTemplates.class);
			OutgoingMail sample = SAMPLES.get(template).mail().apply(locale);
			for (String name : List.of("dr. Kovács Éva", "O'Brien <b>Anna</b> & \"Társa\"", "Ünőke Ő'\uE000Ű")) {
				Map<String, Object> model = new HashMap<>(sample.model());
				model.put("name", name);
				model.put("familyName", name);
				model.put("personalUrl", "https://" + PUBLIC_HOST + "/regisztraciom/" + name.hashCode() + "?a='&b=\"");
				OutgoingMail mail = new OutgoingMail(RECIPIENT, locale, template, model);
				assertThat(templates.render(mail.withPersonal("familyName", "givenName", "name", "personalUrl",
						"joinUrl", "certificateUrl", "surveyUrl")))
					.as(name)
					.isEqualTo(templates.render(mail));
			}
		});
	}

	@Test
	void withoutAReplyToRepliesGoToTheSender() {
		this.mail.run((context) -> {
			MimeMessage received = asAClientReadsIt(context.getBean(Envelope.class),
					outbox(context.getBean(MailTemplates.class), context.getBean(Envelope.class))
						.render(SAMPLES.get("account/password-reset").mail().apply(HungarianFormats.HUNGARIAN)));

			assertThat(received.getHeader("Reply-To")).isNull();
			assertThat(((InternetAddress) received.getFrom()[0]).getPersonal()).isEqualTo("Gyakorlattár");
			assertThat(textParts(received).get("text/plain")).contains("Telefon: +36 1 234 5678")
				.doesNotContain("E-mail:");
		});
	}

	@Test
	void anOperatorsSenderAndOfficeWithAccentsReadAsTyped() {
		Map<String, Object> environment = Map.of("GYAKORLATTAR_MAIL_FROM",
				"Gyakorlattár – Települési Önkormányzatok Országos Szövetsége <gyakorlattar@toosz.hu>",
				"GYAKORLATTAR_MAIL_REPLY_TO", "Programiroda – Kővári Tünde <programiroda@toosz.hu>",
				"GYAKORLATTAR_MAIL_OFFICE_ADDRESS", "1097 Budapest, Vaskapu utca 10–14. II. emelet",
				"GYAKORLATTAR_MAIL_OFFICE_PHONE", "+36 1 321 2495");
		this.mail
			.withInitializer((context) -> context.getEnvironment()
				.getPropertySources()
				.addFirst(new SystemEnvironmentPropertySource("operator-systemEnvironment", environment)))
			.run((context) -> {
				MimeMessage received = asAClientReadsIt(context.getBean(Envelope.class),
						outbox(context.getBean(MailTemplates.class), context.getBean(Envelope.class))
							.render(SAMPLES.get("submission/link-approved").mail().apply(HungarianFormats.HUNGARIAN)));

				InternetAddress from = (InternetAddress) received.getFrom()[0];
				assertThat(from.getPersonal())
					.isEqualTo("Gyakorlattár – Települési Önkormányzatok Országos Szövetsége");
				assertThat(from.getAddress()).isEqualTo("gyakorlattar@toosz.hu");
				assertThat(((InternetAddress) received.getReplyTo()[0]).getPersonal())
					.isEqualTo("Programiroda – Kővári Tünde");
				assertThat(textParts(received).get("text/plain")).contains(
						"Programiroda: 1097 Budapest, Vaskapu utca 10–14. II. emelet · Telefon: +36 1 321 2495 · E-mail: programiroda@toosz.hu");
			});
	}

	private static MailOutbox outbox(MailTemplates templates, Envelope envelope) {
		// Rendering touches neither repository.
		return new MailOutbox(null, null, templates, envelope, null, MORNING);
	}

	/**
	 * Wrapped as {@link OutboxSender} wraps it, sent as bytes, parsed as a client does.
	 */
	private static MimeMessage asAClientReadsIt(Envelope envelope, OutboxMessage stored) throws Exception {
		Session session = Session.getInstance(new Properties());
		MimeMessage sent = envelope.wrap(session, stored, MORNING.instant());
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		sent.writeTo(bytes);
		assertThat(StandardCharsets.US_ASCII.newEncoder()
			.canEncode(headersOf(bytes.toString(StandardCharsets.ISO_8859_1))))
			.as("headers in 7-bit ASCII, as RFC 5322 wants")
			.isTrue();
		return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(bytes.toByteArray()));
	}

	private static String headersOf(String message) {
		int end = message.indexOf("\r\n\r\n");
		return (end >= 0) ? message.substring(0, end) : message;
	}

	/** The text and HTML parts a client shows, attachments left out. */
	private static Map<String, String> textParts(Part part) throws Exception {
		Map<String, String> parts = new LinkedHashMap<>();
		collect(part, parts);
		return parts;
	}

	private static void collect(Part part, Map<String, String> parts) throws Exception {
		if (part.isMimeType("multipart/*")) {
			Multipart multipart = (Multipart) part.getContent();
			for (int i = 0; i < multipart.getCount(); i++) {
				collect(multipart.getBodyPart(i), parts);
			}
		}
		else if (!Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())
				&& (part.isMimeType("text/plain") || part.isMimeType("text/html"))) {
			String type = new ContentType(part.getContentType()).getBaseType().toLowerCase(Locale.ROOT);
			assertThat(parts).as("one " + type + " part").doesNotContainKey(type);
			parts.put(type, (String) part.getContent());
		}
	}

	/**
	 * No double-encoded UTF-8, no replacement character, no text missing, no year that a
	 * message format wrote as a number with a thousands separator ("2 021").
	 */
	private static void assertReadable(String what, String text) {
		assertThat(text).as(what)
			.isNotBlank()
			.doesNotContain("Ã", "Å", "\uFFFD", "??")
			.doesNotContainPattern("\\b2[\\s\u00a0\u202f,.]0\\d\\d\\b");
	}

	/**
	 * A text with values is a {@link java.text.MessageFormat} pattern, in which a single
	 * apostrophe starts a quote and disappears ("the municipalitys applications"): it
	 * must be doubled.
	 */
	@Test
	void mailTextsWithValuesDoubleTheirApostrophes() throws IOException {
		for (String language : List.of("hu", "en")) {
			Properties texts = new Properties();
			try (var in = Files.newBufferedReader(Path.of("src/main/resources/messages_" + language + ".properties"),
					StandardCharsets.UTF_8)) {
				texts.load(in);
			}
			for (String key : texts.stringPropertyNames()) {
				String text = texts.getProperty(key);
				if (key.startsWith("mail.") && text.matches("(?s).*\\{\\d.*")) {
					assertThat(text.replace("''", "")).as(language + ": " + key).doesNotContain("'");
				}
			}
		}
	}

	/**
	 * What the mail slice needs: the application's configuration, templates and texts.
	 */
	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties({ MailProperties.class, SiteAddress.class })
	@Import({ MailTemplates.class, Envelope.class, HungarianFormats.class })
	static class MailSlice {

		/**
		 * As the application's, but a missing English text shows instead of Hungarian.
		 */
		@Bean
		MessageSource messageSource() {
			return MessageBundles.withoutFallback();
		}

	}

	// The samples: each mail with the values its module queues it with.

	/** A mail in the recipient's language and the greeting it opens with. */
	record Sample(Function<Locale, OutgoingMail> mail, String hungarianGreeting, String englishGreeting) {

		String greeting(Locale locale) {
			return "en".equals(locale.getLanguage()) ? this.englishGreeting : this.hungarianGreeting;
		}

	}

	private static final Map<String, Sample> SAMPLES = samples();

	private static Map<String, Sample> samples() {
		Map<String, Sample> samples = new HashMap<>();
		ConferenceView conference = conference();
		for (String template : List.of("confirmation-request", "already-registered", "confirmed", "waiting", "promoted",
				"cancelled", "rescheduled", "day-before-link", "reminder", "meeting-changed", "follow-up-attended",
				"follow-up-missed")) {
			samples.put("registration/" + template, new Sample((locale) -> registration(template, locale, conference),
					"Tisztelt dr. Kovács Éva!", "Dear Dr. Éva Kovács,"));
		}
		samples.put("account/invitation",
				new Sample(
						(locale) -> new OutgoingMail(RECIPIENT, locale, "account/invitation",
								Map.of("name", "dr. Kovács Éva", "link", "https://" + PUBLIC_HOST + "/jelszo/q8Zr2kXw",
										"role", "EVALUATOR", "validDays", 7L)),
						"Kedves dr. Kovács Éva!", "Dear dr. Kovács Éva,"));
		samples
			.put("account/password-reset",
					new Sample(
							(locale) -> new OutgoingMail(RECIPIENT, locale, "account/password-reset",
									Map.of("name", "dr. Kovács Éva", "link",
											"https://" + PUBLIC_HOST + "/jelszo/q8Zr2kXw", "validMinutes", 60L)),
							"Kedves dr. Kovács Éva!", "Dear dr. Kovács Éva,"));
		samples.put("account/request-approved", new Sample(
				(locale) -> new OutgoingMail(RECIPIENT, locale, "account/request-approved",
						Map.of("name", "dr. Kovács Éva", "municipality", "Szentendre", "newAccount", true, "link",
								"https://" + PUBLIC_HOST + "/jelszo-beallitas/q8Zr2kXw", "validDays", 7L)),
				"Kedves dr. Kovács Éva!", "Dear dr. Kovács Éva,"));
		samples.put("account/request-refused", new Sample(
				(locale) -> new OutgoingMail(RECIPIENT, locale, "account/request-refused",
						Map.of("name", "dr. Kovács Éva", "municipality", "Szentendre", "reason",
								"A címről nem látszik, hogy önkormányzati. Kérjük, a hivatali címéről igényeljen.")),
				"Kedves dr. Kovács Éva!", "Dear dr. Kovács Éva,"));
		// The request goes to the owner with the visitor as its Reply-To
		// (ContactRequestTests
		// reads that header as delivered); here, the texts.
		samples.put("contactrequest/request", new Sample(
				(locale) -> new OutgoingMail(RECIPIENT, locale, "contactrequest/request",
						Map.of("contactName", "dr. Kovács Éva", "name", "Szabó Péter", "municipality", "Tata", "email",
								"szabo.peter@tata.example", "message", "Hogyan indultak?\nKöszönöm: Péter", "lines",
								List.of("Hogyan indultak?", "Köszönöm: Péter"), "practiceTitle",
								"Közösségi kertek „Szentendrén”", "practiceUrl",
								"https://" + PUBLIC_HOST + "/gyakorlatok/kozossegi-kertek")),
				"Kedves dr. Kovács Éva!", "Dear dr. Kovács Éva,"));
		samples.put("contactrequest/confirmation",
				new Sample(
						(locale) -> new OutgoingMail(RECIPIENT, locale, "contactrequest/confirmation",
								Map.of("name", "dr. Kovács Éva", "practiceTitle", "Közösségi kertek „Szentendrén”",
										"practiceUrl", "https://" + PUBLIC_HOST + "/gyakorlatok/kozossegi-kertek")),
						"Kedves dr. Kovács Éva!", "Dear dr. Kovács Éva,"));
		samples.put("transfer/started",
				new Sample(
						(locale) -> new OutgoingMail(RECIPIENT, locale, "transfer/started",
								Map.of("practice", "Közösségi kertek Szentendrén", "municipality", "Hódmezővásárhely",
										"plan", "Jövő tavasszal két lakótelepen indítjuk, köszönjük az ötletet!",
										"link", "https://" + PUBLIC_HOST + "/fiok/atvetelek")),
						"Tisztelt Kapcsolattartó!", "Dear contact person,"));
		samples.put("transfer/check-in",
				new Sample(
						(locale) -> new OutgoingMail(RECIPIENT, locale, "transfer/check-in",
								Map.of("practice", "Közösségi kertek Szentendrén", "municipality", "Hódmezővásárhely",
										"months", 6, "reminder", true, "name", "Szabó-Nagy Ildikó", "link",
										"https://" + PUBLIC_HOST + "/atvetel-beszamolo/q8Zr2kXw")),
						"Kedves Szabó-Nagy Ildikó!", "Dear Szabó-Nagy Ildikó,"));
		samples.put("transfer/answered",
				new Sample(
						(locale) -> new OutgoingMail(RECIPIENT, locale, "transfer/answered",
								Map.of("practice", "Közösségi kertek Szentendrén", "origin", "Szentendre", "answer",
										"Szívesen megmutatjuk a kerteket, jöjjenek el tavasszal!", "mentor",
										"Kovács Éva", "link", "https://" + PUBLIC_HOST + "/fiok/atvetelek/42")),
						"Tisztelt Kapcsolattartó!", "Dear contact person,"));
		samples
			.put("practice/update-request",
					new Sample(
							(locale) -> new OutgoingMail(RECIPIENT, locale, "practice/update-request",
									Map.of("practice", "Közösségi kertek Szentendrén", "link",
											"https://" + PUBLIC_HOST + "/gyakorlatok/kozossegi-kertek-szentendren",
											"name", "dr. Kovács Éva")),
							"Kedves dr. Kovács Éva!", "Dear dr. Kovács Éva,"));
		samples.put("submission/submitted",
				new Sample(
						(locale) -> new OutgoingMail(RECIPIENT, locale, "submission/submitted",
								Map.of("title", "Közösségi kertek a lakótelepen", "municipality", "Szentendre", "theme",
										"Helyi közösségek erősítése", "year", 2021, "submittedAt",
										Instant.parse("2021-06-30T06:45:00Z"), "link",
										"https://" + PUBLIC_HOST + "/fiok/palyazatok/42"))
							.withAttachment(new OutgoingMail.Attachment("palyazat-42.pdf", "application/pdf",
									"%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII))),
						"Tisztelt Pályázó!", "Dear Applicant,"));
		for (String decision : List.of("approved", "rejected")) {
			samples.put("submission/link-" + decision,
					new Sample(
							(locale) -> new OutgoingMail(RECIPIENT, locale, "submission/link-" + decision,
									Map.of("name", "dr. Kovács Éva", "municipality", "Szentendre", "link",
											"https://" + PUBLIC_HOST + "/fiok/onkormanyzat")),
							"Kedves dr. Kovács Éva!", "Dear dr. Kovács Éva,"));
		}
		samples.put("evaluation/feedback",
				new Sample(
						(locale) -> new OutgoingMail(RECIPIENT, locale, "evaluation/feedback",
								Map.of("feedback", feedback(), "link",
										"https://" + PUBLIC_HOST + "/fiok/palyazatok/42/ertekeles")),
						"Tisztelt Pályázó!", "Dear Applicant,"));
		samples.put(InvitationLettersForMailTests.TEMPLATE,
				new Sample(
						(locale) -> InvitationLettersForMailTests.letter(conference, RECIPIENT,
								"https://" + PUBLIC_HOST, MORNING.instant()),
						"Tisztelt Polgármester Asszony!", "Tisztelt Polgármester Asszony!"));
		samples.put("evaluation/vote", new Sample((locale) -> new OutgoingMail(RECIPIENT, locale, "evaluation/vote",
				Map.of("name", "dr. Kovács Éva", "proposer", "Szavazó Anna", "title", "Közösségi kertek a lakótelepen",
						"municipality", "Szentendre", "theme", "Helyi közösségek erősítése", "year", 2021, "result",
						"WINNER", "justification", "Mérhető eredmények, kis faluban is működik.", "link",
						"https://" + PUBLIC_HOST + "/bizottsagi-ertekeles/palyazatok/42")),
				"Kedves dr. Kovács Éva!", "Dear dr. Kovács Éva,"));
		for (String template : List.of("evaluation/assigned", "evaluation/reminder")) {
			samples.put(template, new Sample((locale) -> new OutgoingMail(RECIPIENT, locale, template,
					Map.of("name", "dr. Kovács Éva", "title", "Közösségi kertek a lakótelepen", "municipality",
							"Szentendre", "theme", "Helyi közösségek erősítése", "year", 2021, "dueOn",
							LocalDate.of(2021, 7, 20), "link", "https://" + PUBLIC_HOST + "/ertekeles/palyazatok/42")),
					"Kedves dr. Kovács Éva!", "Dear dr. Kovács Éva,"));
		}
		return Map.copyOf(samples);
	}

	/**
	 * As {@code RegistrationMails} queues it, with the calendar entry where it sends one.
	 */
	private static OutgoingMail registration(String template, Locale locale, ConferenceView conference) {
		String personalUrl = "https://" + PUBLIC_HOST + "/regisztraciom/Jm4bX0uQ";
		Map<String, Object> model = new HashMap<>();
		model.put("familyName", "Kovács");
		model.put("givenName", "Éva");
		// A registrant who gave a prefix: greeted formally, the name in the language's
		// order.
		model.put("name", locale.getLanguage().equals("hu") ? "dr. Kovács Éva" : "Dr. Éva Kovács");
		model.put("salutation", "mail.registration.salutation.formal");
		model.put("conference", conference);
		model.put("status", template.equals("waiting") ? "WAITING" : "CONFIRMED");
		model.put("personalUrl", personalUrl);
		model.put("joinUrl", "https://" + PUBLIC_HOST + "/j/Yt7pQ2vR");
		model.put("certificateUrl", personalUrl + "/igazolas.pdf");
		model.put("materials", conference.agenda().stream().filter(AgendaItemView::hasMaterials).toList());
		model.put("recordings", conference.agenda().stream().filter((item) -> item.recordingUrl() != null).toList());
		boolean calendar = List.of("confirmed", "promoted", "rescheduled", "cancelled").contains(template);
		model.put("calendarAttached", calendar);
		// At 9.00 on the day before: the link comes at 10.00, the conference is tomorrow.
		model.put("linkAt", Instant.parse("2021-06-21T08:00:00Z"));
		model.put("linkTiming", "COMING");
		model.put("conferenceTiming", "TOMORROW");
		if (template.equals("follow-up-attended")) {
			model.put("surveyUrl", personalUrl + "/visszajelzes");
		}
		OutgoingMail mail = new OutgoingMail(RECIPIENT, locale, "registration/" + template, model);
		return calendar ? mail.withAttachment(new OutgoingMail.Attachment("konferencia.ics",
				"text/calendar; charset=UTF-8; method=" + (template.equals("cancelled") ? "CANCEL" : "REQUEST"),
				"BEGIN:VCALENDAR\r\nSUMMARY:Önkormányzati innovációk\r\nEND:VCALENDAR\r\n"
					.getBytes(StandardCharsets.UTF_8)))
				: mail;
	}

	private static ConferenceView conference() {
		PersonView moderator = new PersonView(1, new PersonName("Dr.", "Zongor", "Gábor"), "főtitkár",
				"Települési Önkormányzatok Országos Szövetsége", "", false);
		PersonView speaker = new PersonView(2, new PersonName("dr.", "Kovács", "Éva"), "jegyző",
				"Szentendre Város Önkormányzata", "", false);
		List<AgendaItemView> agenda = List.of(
				new AgendaItemView(11, STARTS_AT, STARTS_AT.plusSeconds(25 * 60), AgendaItemKind.WELCOME, "Köszöntő",
						List.of(moderator), null, null),
				new AgendaItemView(12, STARTS_AT.plusSeconds(25 * 60), STARTS_AT.plusSeconds(55 * 60),
						AgendaItemKind.TALK, "Közösségi kertek a lakótelepen", List.of(speaker),
						"https://www.youtube.com/watch?v=ab12CD34ef5", "kozossegi-kertek.pdf", TALK_EN));
		return new ConferenceView(7, 2021, 3L, TITLE_HU, "Online konferencia a 2021-es pályázati szakaszról.",
				STARTS_AT, STARTS_AT.plusSeconds(3 * 3600), STARTS_AT.minusSeconds(30 * 60), 300,
				Instant.parse("2021-06-01T06:00:00Z"), Instant.parse("2021-06-21T20:00:00Z"), moderator, agenda,
				MeetingKind.ZOOM, true, 1, TITLE_EN, "", EventKind.KNOWLEDGE_CONFERENCE);
	}

	/**
	 * The shape of the evaluation module's {@code Feedback}, which it keeps to itself.
	 */
	private static Map<String, Object> feedback() {
		CallView call = new CallView(5, 2021, 3L, "Helyi közösségek erősítése", "Strengthening local communities", "",
				"", "", "", Instant.parse("2021-05-03T06:00:00Z"), Instant.parse("2021-06-30T21:59:00Z"), 1, 5,
				Instant.parse("2021-05-01T06:00:00Z"), List.of(), List.of());
		return Map.of("evaluation",
				Map.of("submission", Map.of("title", "Közösségi kertek a lakótelepen"), "municipality", "Szentendre",
						"stage", "DECIDED", "result", "GOOD_PRACTICE"),
				"call", call, "reason", "Jól átvehető, a lakók bevonása példaértékű.", "mean", 4.25, "lines",
				List.of(Map.of("criterion", "RELEVANCE", "mean", 4.5, "comments",
						List.of("Égető helyi igényre felel.", "Más településen is működne."))));
	}

}
