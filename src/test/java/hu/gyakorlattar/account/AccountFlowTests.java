package hu.gyakorlattar.account;

import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import hu.gyakorlattar.shared.ApplicationTest;
import hu.gyakorlattar.shared.HungarianFormats;
import hu.gyakorlattar.shared.TestSmtp;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The account stories as people live them, with mail delivered over real SMTP: the
 * programme office invites someone, they set a password from the e-mailed link and sign
 * in; someone forgets their password; nobody can learn from the answers whether an
 * address has an account.
 */
@ApplicationTest
@TestSmtp.Used
class AccountFlowTests {

	private static final String ADMIN = "admin@gyakorlattar.local";

	private static final Pattern LINK = Pattern.compile("/jelszo-beallitas/([A-Za-z0-9_-]+)");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	HungarianFormats formats;

	@BeforeEach
	void emptyMailbox() throws Exception {
		TestSmtp.server().purgeEmailFromAllMailboxes();
	}

	@Test
	void theFirstAdminSignsInWithTheConfiguredPasswordAndStartsFromTheOfficesTasks() throws Exception {
		this.mvc.perform(formLogin("/belepes").user(ADMIN).password("admin-jelszo-teszt"))
			.andExpect(authenticated().withRoles("ADMIN"))
			.andExpect(redirectedUrl("/admin"));
	}

	@Test
	void someoneSentToSignInFromAPageReturnsToIt() throws Exception {
		jakarta.servlet.http.Cookie browser = this.mvc.perform(get("/admin/levelek"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		String back = this.mvc
			.perform(post("/belepes").cookie(browser)
				.with(csrf())
				.param("username", ADMIN)
				.param("password", "admin-jelszo-teszt"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(back).contains("/admin/levelek");
	}

	@Test
	void aWrongPasswordAndAnUnknownAddressGetTheSameAnswer() throws Exception {
		this.mvc.perform(formLogin("/belepes").user(ADMIN).password("rossz-jelszo-12345"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/belepes?hiba"));
		this.mvc.perform(formLogin("/belepes").user("senki@example.hu").password("rossz-jelszo-12345"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/belepes?hiba"));
		this.mvc.perform(get("/belepes").param("hiba", ""))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Hibás e-mail-cím vagy jelszó")));
	}

	@Test
	void aFailedSignInOffersTheTypedAddressAgainOnceButNeverThePassword() throws Exception {
		for (String address : new String[] { ADMIN, "senki.sincs@example.hu" }) {
			jakarta.servlet.http.Cookie session = this.mvc.perform(
					post("/belepes").param("username", address).param("password", "rossz-jelszo-12345").with(csrf()))
				.andExpect(redirectedUrl("/belepes?hiba"))
				.andReturn()
				.getResponse()
				.getCookie("SESSION");
			this.mvc.perform(get("/belepes").param("hiba", "").cookie(session))
				.andExpect(content().string(allOf(
						containsString("id=\"username\" name=\"username\" autocomplete=\"username\" required value=\""
								+ address + "\""),
						not(containsString("rossz-jelszo-12345")))));
			this.mvc.perform(get("/belepes").cookie(session))
				.andExpect(content().string(not(containsString("value=\"" + address + "\""))));
		}
	}

	@Test
	void anInvitedApplicantSetsAPasswordFromTheMailAndSignsIn() throws Exception {
		this.mvc
			.perform(post("/admin/felhasznalok").with(csrf())
				.with(user(ADMIN).roles("ADMIN"))
				.param("email", "Kovacs.Anna@Szada.hu")
				.param("prefix", "Dr.")
				.param("familyName", "Kovács")
				.param("givenName", "Anna")
				.param("role", "APPLICANT")
				.param("municipalityKshCode", "21458"))
			.andExpect(redirectedUrl("/admin/felhasznalok"))
			.andExpect(flash().attribute("flashKey", "account.invited"));

		MimeMessage invitation = onlyMailTo("kovacs.anna@szada.hu");
		assertThat(invitation.getSubject()).isEqualTo("Meghívó a Gyakorlattárba");
		String text = plainText(invitation);
		assertThat(text).contains("Kedves Dr. Kovács Anna!").contains("pályázó önkormányzat");
		String token = token(text);

		// Not usable before the password is set
		this.mvc.perform(formLogin("/belepes").user("kovacs.anna@szada.hu").password("")).andExpect(unauthenticated());

		this.mvc.perform(get("/jelszo-beallitas/" + token))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Dr. Kovács Anna")))
			// a password manager offers to make one and keeps it
			.andExpect(content().string(org.hamcrest.Matchers
				.matchesPattern("(?s).*<input type=\"password\" id=\"password\"[^>]*autocomplete=\"new-password\".*")));
		this.mvc
			.perform(post("/jelszo-beallitas/" + token).with(csrf())
				.param("password", "rovid")
				.param("passwordAgain", "rovid"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("passwordForm", "password", "account.password.short"));
		this.mvc
			.perform(post("/jelszo-beallitas/" + token).with(csrf())
				.param("password", "Szada idosgondozas 2020")
				.param("passwordAgain", "Szada idosgondozas 2021"))
			.andExpect(
					model().attributeHasFieldErrorCode("passwordForm", "passwordAgain", "account.password.mismatch"));
		this.mvc
			.perform(post("/jelszo-beallitas/" + token).with(csrf())
				.param("password", "Szada idosgondozas 2020")
				.param("passwordAgain", "Szada idosgondozas 2020"))
			.andExpect(redirectedUrl("/belepes"));

		// The link is used up
		this.mvc.perform(get("/jelszo-beallitas/" + token))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("A link már nem érvényes")));

		this.mvc.perform(formLogin("/belepes").user("kovacs.anna@szada.hu").password("Szada idosgondozas 2020"))
			.andExpect(authenticated().withRoles("APPLICANT"))
			.andExpect(redirectedUrl("/fiok"));
		this.mvc.perform(get("/admin").with(user("kovacs.anna@szada.hu").roles("APPLICANT")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/fiok").with(user("kovacs.anna@szada.hu").roles("APPLICANT")))
			.andExpect(content().string(allOf(containsString(">Szada (21458)</a>"), containsString("Előző belépés"),
					containsString("Ez az első belépése."))));

		// Signing in again, she sees when she signed in before: not the sign-in she just
		// made
		Instant first = this.jdbc.queryForObject("select last_sign_in_at from account where email = ?", Instant.class,
				"kovacs.anna@szada.hu");
		this.mvc.perform(formLogin("/belepes").user("kovacs.anna@szada.hu").password("Szada idosgondozas 2020"))
			.andExpect(authenticated());
		this.mvc.perform(get("/fiok").with(user("kovacs.anna@szada.hu").roles("APPLICANT")))
			.andExpect(
					content().string(allOf(
							containsString(HungarianFormats.inLanguage(HungarianFormats.HUNGARIAN,
									() -> this.formats.dateTime(first))),
							not(containsString("Ez az első belépése.")))));
	}

	@Test
	void aForgottenPasswordIsResetWithoutRevealingWhichAddressesHaveAccounts() throws Exception {
		MvcResult known = this.mvc.perform(post("/jelszo-emlekezteto").with(csrf()).param("email", ADMIN.toUpperCase()))
			.andReturn();
		MvcResult unknown = this.mvc
			.perform(post("/jelszo-emlekezteto").with(csrf()).param("email", "nincs.ilyen@example.hu"))
			.andReturn();
		assertThat(known.getResponse().getStatus()).isEqualTo(unknown.getResponse().getStatus()).isEqualTo(302);
		assertThat(known.getResponse().getRedirectedUrl()).isEqualTo(unknown.getResponse().getRedirectedUrl());
		assertThat(known.getFlashMap().get("flashKey")).isEqualTo(unknown.getFlashMap().get("flashKey"))
			.isEqualTo("account.reset.sent");

		MimeMessage reset = onlyMailTo(ADMIN);
		assertThat(reset.getSubject()).isEqualTo("Új jelszó beállítása a Gyakorlattárban");
		assertThat(outboxCountFor("nincs.ilyen@example.hu")).isZero();

		String token = token(plainText(reset));
		this.mvc
			.perform(post("/jelszo-beallitas/" + token).with(csrf())
				.param("password", "admin-jelszo-teszt")
				.param("passwordAgain", "admin-jelszo-teszt"))
			.andExpect(redirectedUrl("/belepes"));
	}

	@Test
	void aMalformedResetRequestIsAnsweredNextToTheField() throws Exception {
		this.mvc.perform(post("/jelszo-emlekezteto").with(csrf()).param("email", "nem-email-cim"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("resetForm", "email"));
	}

	@Test
	void aBadInvitationIsRefusedFieldByFieldAndNothingIsSaved() throws Exception {
		long before = accountCount();
		invite("nem-email", "", "Béla", null, null).andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("invitationForm", "email", "familyName", "role"))
			.andExpect(content().string(
					org.hamcrest.Matchers.containsString("<option value=\"EVALUATOR\">értékelő szakértő</option>")));
		invite("jegyzo@example.hu", "Nagy", "Béla", "APPLICANT", null).andExpect(model()
			.attributeHasFieldErrorCode("invitationForm", "municipalityKshCode", "account.municipality.required"));
		invite("jegyzo@example.hu", "Nagy", "Béla", "APPLICANT", "99999").andExpect(model()
			.attributeHasFieldErrorCode("invitationForm", "municipalityKshCode", "account.municipality.unknown"));
		// a name typed where the code goes is told what to write
		invite("jegyzo@example.hu", "Nagy", "Béla", "APPLICANT", "Tiszaújváros")
			.andExpect(content().string(org.hamcrest.Matchers
				.containsString("A település ötjegyű KSH-kódját adja meg (Szadáé például 21458)")));
		invite(ADMIN, "Nagy", "Béla", "EVALUATOR", null)
			.andExpect(model().attributeHasFieldErrorCode("invitationForm", "email", "account.email.taken"));
		invite("x@example.hu", "Nagy", "Béla", "KIRALY", null).andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("invitationForm", "role"));
		assertThat(accountCount()).isEqualTo(before);
	}

	@Test
	void theOfficeSeesPeopleInHungarianAlphabeticalOrderByFamilyName() throws Exception {
		String page = this.mvc.perform(get("/admin/felhasznalok").with(user(ADMIN).roles("ADMIN")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> names = Pattern.compile("<a href=\"/admin/felhasznalok/\\d+\">([^<]+)</a>")
			.matcher(page)
			.results()
			.map((name) -> name.group(1))
			.toList();
		// The database's byte order put "Molnár" before "Mészáros"; a prefix does not
		// count.
		assertThat(names).containsSubsequence("Farkas Ildikó", "dr. Fekete István", "Horváth Eszter", "Mészáros Attila",
				"Molnár Zoltán", "dr. Nagy Péter", "Németh Zsófia");
	}

	@Test
	void theLastAdminCannotLockTheOfficeOut() throws Exception {
		long adminId = this.jdbc.queryForObject("select id from account where email = ?", Long.class, ADMIN);
		this.mvc
			.perform(post("/admin/felhasznalok/" + adminId).with(csrf())
				.with(user(ADMIN).roles("ADMIN"))
				.param("email", ADMIN)
				.param("familyName", "Programiroda")
				.param("givenName", "Admin")
				.param("role", "EVALUATOR")
				.param("enabled", "true"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("accountForm", "role", "account.admin.self"));
		assertThat(this.jdbc.queryForObject("select role from account where id = ?", String.class, adminId))
			.isEqualTo("ADMIN");
	}

	@Test
	void aChangedPasswordNeedsTheCurrentOne() throws Exception {
		this.mvc
			.perform(post("/fiok/jelszo").with(csrf())
				.with(user(ADMIN).roles("ADMIN"))
				.param("currentPassword", "nem-ez-a-jelszo")
				.param("newPassword", "uj-hosszu-jelszo-2026")
				.param("newPasswordAgain", "uj-hosszu-jelszo-2026"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("changeForm", "currentPassword",
					"account.password.current.wrong"));
	}

	@Test
	void aPersonDownloadsTheirDataAndTheOfficeErasesTheAccount() throws Exception {
		invite("torlendo@example.hu", "Törlendő", "Tamás", "EVALUATOR", null)
			.andExpect(redirectedUrl("/admin/felhasznalok"));
		this.mvc.perform(get("/fiok/adataim").with(user("torlendo@example.hu").roles("EVALUATOR")))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
				.string("Content-Disposition", org.hamcrest.Matchers.containsString("attachment")))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.familyName")
				.value("Törlendő"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.role")
				.value("EVALUATOR"));

		long id = this.jdbc.queryForObject("select id from account where email = 'torlendo@example.hu'", Long.class);
		// One click is not enough: the office ticks that it means it, or nothing is
		// erased.
		jakarta.servlet.http.Cookie office = this.mvc
			.perform(post("/admin/felhasznalok/" + id + "/torles").with(csrf()).with(user(ADMIN).roles("ADMIN")))
			.andExpect(redirectedUrl("/admin/felhasznalok/" + id + "#torles"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		assertThat(this.jdbc.queryForObject("select count(*) from account where id = ?", Long.class, id)).isOne();
		this.mvc.perform(get("/admin/felhasznalok/" + id).cookie(office).with(user(ADMIN).roles("ADMIN")))
			.andExpect(content().string(org.hamcrest.Matchers.stringContainsInOrder(
					"id=\"torles-megerosites-error\">A törléshez jelölje be, hogy érti: ez nem vonható vissza.",
					"type=\"checkbox\" id=\"torles-megerosites\" name=\"confirmed\" value=\"true\" required",
					"aria-invalid=\"true\" aria-describedby=\"torles-megerosites-error\"",
					"Értem: Törlendő Tamás fiókja és minden adata véglegesen törlődik.")));
		this.mvc
			.perform(post("/admin/felhasznalok/" + id + "/torles").param("confirmed", "true")
				.with(csrf())
				.with(user(ADMIN).roles("ADMIN")))
			.andExpect(redirectedUrl("/admin/felhasznalok"));
		assertThat(this.jdbc.queryForObject("select count(*) from account where email = 'torlendo@example.hu'",
				Long.class))
			.isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from account_token where account_id = ?", Long.class, id))
			.isZero();

		long adminId = this.jdbc.queryForObject("select id from account where email = ?", Long.class, ADMIN);
		this.mvc
			.perform(post("/admin/felhasznalok/" + adminId + "/torles").param("confirmed", "true")
				.with(csrf())
				.with(user(ADMIN).roles("ADMIN")))
			.andExpect(flash().attribute("flashKey", "account.erase.self"));
		assertThat(this.jdbc.queryForObject("select count(*) from account where id = ?", Long.class, adminId)).isOne();
	}

	@Test
	void pagesCarryStrictSecurityHeaders() throws Exception {
		this.mvc.perform(get("/"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
				.string("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
				.string("X-Content-Type-Options", "nosniff"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
				.string("Referrer-Policy", "strict-origin-when-cross-origin"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
				.string("X-Frame-Options", "DENY"));
		assertThat(SecurityConfiguration.CONTENT_SECURITY_POLICY).doesNotContain("unsafe-inline")
			.contains("frame-ancestors 'none'");
	}

	@Test
	void anErasedAccountsInvitationAndResetMailsKeepOnlyThatAndWhenTheyWentOut() throws Exception {
		String address = "kimeno.fiok@example.hu";
		invite(address, "Kimenő", "Fiók", "EVALUATOR", null).andExpect(redirectedUrl("/admin/felhasznalok"));
		String invitationToken = token(plainText(onlyMailTo(address)));
		this.mvc.perform(post("/jelszo-emlekezteto").with(csrf()).param("email", address))
			.andExpect(status().is3xxRedirection());
		org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(10))
			.until(() -> this.jdbc.queryForObject(
					"select count(*) from mail_outbox where recipient = ? and status = 'SENT'", Long.class,
					address) == 2);
		List<Long> sent = this.jdbc.queryForList("select id from mail_outbox where recipient = ?", Long.class, address);
		// A mail that failed once and waits for its next attempt.
		long waiting = this.jdbc.queryForObject("insert into mail_outbox (message_id, recipient, subject, body_text, "
				+ "body_html, template, status, attempts, next_attempt_at, created_at) values ('<erasure-account@gyakorlattar>', "
				+ "'Kimeno.Fiok@Example.hu', 'Jelszó', 'Kedves Kimenő Fiók!', '<p>Kedves Kimenő Fiók!</p>', "
				+ "'account/password-reset', 'QUEUED', 1, now() + interval '1 hour', now()) returning id", Long.class);

		long id = this.jdbc.queryForObject("select id from account where email = ?", Long.class, address);
		this.mvc
			.perform(post("/admin/felhasznalok/" + id + "/torles").param("confirmed", "true")
				.with(csrf())
				.with(user(ADMIN).roles("ADMIN")))
			.andExpect(redirectedUrl("/admin/felhasznalok"));

		assertThat(this.jdbc.queryForObject("select count(*) from mail_outbox where id = ?", Long.class, waiting))
			.as("an unsent mail is never sent to an erased person")
			.isZero();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from mail_outbox where lower(recipient) = ? "
						+ "or body_text like '%Kimenő Fiók%' or body_html like '%Kimenő Fiók%' or body_text like ?",
				Long.class, address, "%" + invitationToken + "%"))
			.isZero();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from mail_outbox where id = any(?) and status = 'SENT' "
						+ "and sent_at is not null and recipient is null and subject is null",
				Long.class, (Object) sent.toArray(Long[]::new)))
			.isEqualTo(2);
		this.mvc.perform(get("/admin/levelek/{id}", sent.get(0)).with(user(ADMIN).roles("ADMIN")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Törölt címzett")))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(address))));
	}

	/**
	 * An admin reading the outbox must not be able to use someone else's link to set a
	 * password: the office sees that the invitation went out, to whom and when, but not
	 * its text, and once it is sent the text is gone.
	 */
	@Test
	void theOfficeNeverReadsTheLinkInAnInvitationOrResetMail() throws Exception {
		String address = "titkos.link@example.hu";
		invite(address, "Titkos", "Link", "EVALUATOR", null).andExpect(redirectedUrl("/admin/felhasznalok"));
		String token = token(plainText(onlyMailTo(address)));
		long id = this.jdbc.queryForObject("select id from mail_outbox where recipient = ?", Long.class, address);
		org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(10))
			.until(() -> this.jdbc.queryForObject("select status from mail_outbox where id = ?", String.class, id)
				.equals("SENT"));
		assertThat(this.jdbc.queryForObject(
				"select count(*) from mail_outbox where id = ? and body_text is null and body_html is null", Long.class,
				id))
			.as("the sent invitation's text is dropped")
			.isOne();
		this.mvc.perform(get("/admin/levelek/{id}", id).with(user(ADMIN).roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(address)))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("egyszer használható jelszóbeállító")))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(token))));
	}

	/** The admin sends the invitation form; null leaves a field out. */
	private ResultActions invite(String email, String familyName, String givenName, String role, String kshCode)
			throws Exception {
		MockHttpServletRequestBuilder form = post("/admin/felhasznalok").with(csrf()).with(user(ADMIN).roles("ADMIN"));
		String[][] fields = { { "email", email }, { "familyName", familyName }, { "givenName", givenName },
				{ "role", role }, { "municipalityKshCode", kshCode } };
		for (String[] field : fields) {
			if (field[1] != null) {
				form.param(field[0], field[1]);
			}
		}
		return this.mvc.perform(form);
	}

	private long accountCount() {
		return this.jdbc.queryForObject("select count(*) from account", Long.class);
	}

	private long outboxCountFor(String recipient) {
		return this.jdbc.queryForObject("select count(*) from mail_outbox where recipient = ?", Long.class, recipient);
	}

	/**
	 * Waits for the sender to deliver (other tests' mail may still be arriving) and
	 * expects exactly one.
	 */
	private static MimeMessage onlyMailTo(String recipient) throws Exception {
		long deadline = System.currentTimeMillis() + 10_000;
		List<MimeMessage> received = List.of();
		while (received.isEmpty() && System.currentTimeMillis() < deadline) {
			Thread.sleep(50);
			received = TestSmtp.to(recipient);
		}
		Thread.sleep(300);
		received = TestSmtp.to(recipient);
		assertThat(received).as("mail to " + recipient).hasSize(1);
		return received.get(0);
	}

	private static String plainText(Part part) throws Exception {
		if (part.isMimeType("text/plain")) {
			return (String) part.getContent();
		}
		if (part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart child = multipart.getBodyPart(i);
				String text = plainText(child);
				if (text != null) {
					return text;
				}
			}
		}
		return null;
	}

	private static String token(String text) {
		Matcher link = LINK.matcher(text);
		assertThat(link.find()).as("the mail carries a link: " + text).isTrue();
		return link.group(1);
	}

}
