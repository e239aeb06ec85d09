package hu.gyakorlattar.contactrequest;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import hu.gyakorlattar.practice.PracticeContact;
import hu.gyakorlattar.practice.PracticeManagement;
import hu.gyakorlattar.practice.PublishedPractice;
import hu.gyakorlattar.shared.ApplicationTest;
import hu.gyakorlattar.shared.TestSmtp;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A visitor writes to a practice's owner through the practice's page: the owner's address
 * is never shown, the owner gets the message with the visitor as Reply-To, the visitor a
 * confirmation without the message, and nothing of it is kept once sent; bad input is
 * answered next to its field; the limits per network and per mailbox cannot be walked
 * around with another spelling, and the answer tells nothing of them.
 */
@ApplicationTest
@TestSmtp.Used
class ContactRequestTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PracticeManagement practices;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theOwnerGetsTheMessageWithTheVisitorAsReplyToAndTheVisitorAConfirmation() throws Exception {
		PublishedPractice practice = aPractice((found) -> this.practices.consentedContact(found.id()).isPresent());
		PracticeContact contact = this.practices.consentedContact(practice.id()).orElseThrow();

		this.mvc.perform(get("/gyakorlatok/{slug}", practice.slug()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("href=\"/kapcsolatfelvetel/" + practice.slug() + "\""),
					containsString(contact.name()), not(containsString(contact.email())))));
		this.mvc
			.perform(send(practice,
					form("Szabó Péter", "Tata", "Szabo.Peter+kertek@tata-kerdes.example",
							"Hogyan indult a program?\nKöszönöm: Péter (owner-test)"),
					"10.31.0.1"))
			.andExpect(redirectedUrl("/kapcsolatfelvetel/" + practice.slug() + "/elkuldve"));

		MimeMessage request = await().atMost(Duration.ofSeconds(15))
			.until(() -> TestSmtp.to(contact.email())
				.stream()
				.filter((message) -> text(message).contains("(owner-test)"))
				.findFirst(), Optional::isPresent)
			.orElseThrow();
		InternetAddress replyTo = (InternetAddress) request.getReplyTo()[0];
		assertThat(replyTo.getPersonal()).isEqualTo("Szabó Péter");
		assertThat(replyTo.getAddress()).isEqualTo("Szabo.Peter+kertek@tata-kerdes.example");
		assertThat(request.getHeader("Reply-To")).hasSize(1);
		assertThat(request.getSubject()).isEqualTo("Üzenet a Gyakorlattárból: " + practice.title());
		for (String part : TestSmtp.textParts(request)) {
			assertThat(part).contains("Kedves " + contact.name() + "!", "Szabó Péter (Tata)",
					"Hogyan indult a program?", "Köszönöm: Péter (owner-test)", "/gyakorlatok/" + practice.slug());
		}
		MimeMessage confirmation = await().atMost(Duration.ofSeconds(15))
			.until(() -> TestSmtp.to("szabo.peter+kertek@tata-kerdes.example"), (mails) -> !mails.isEmpty())
			.get(0);
		assertThat(confirmation.getSubject()).isEqualTo("Továbbítottuk üzenetét: " + practice.title());
		assertThat(text(confirmation)).contains("Kedves Szabó Péter!")
			.doesNotContain(contact.email())
			.doesNotContain("Hogyan indult a program?");
		// Once sent, the outbox keeps only that they went out.
		await().atMost(Duration.ofSeconds(15))
			.until(() -> this.jdbc.queryForObject(
					"select count(*) from mail_outbox where template like 'contactrequest/%' and (body_text like ? or recipient = ?)",
					Integer.class, "%owner-test%", "szabo.peter+kertek@tata-kerdes.example") == 0);
		// and the office reads that it was not kept, not that its recipient was erased.
		long forwarded = this.jdbc
			.queryForObject("select max(id) from mail_outbox where template = 'contactrequest/request'", Long.class);
		this.mvc.perform(get("/admin/levelek/{id}", forwarded).with(user("outbox@example.hu").roles("ADMIN")))
			.andExpect(content().string(allOf(containsString("Elküldés után meg nem őrzött levél"),
					containsString("A címzettet nem töröltük."), not(containsString("Törölt címzett")))));
	}

	@Test
	void anEnglishVisitorsConfirmationNamesThePracticeByItsEnglishTitleAndTheOwnerReadsTheHungarian() throws Exception {
		PublishedPractice practice = aPractice((found) -> this.practices.consentedContact(found.id()).isPresent()
				&& found.bilingualTitle().hasEnglish());
		PracticeContact contact = this.practices.consentedContact(practice.id()).orElseThrow();

		this.mvc
			.perform(send(practice,
					form("Smith John", "Tata", "john.smith@english-visitor.example",
							"How did it start? (english-visitor-test)"),
					"10.31.3.1")
				.param("lang", "en"))
			.andExpect(redirectedUrl("/kapcsolatfelvetel/" + practice.slug() + "/elkuldve"));

		MimeMessage confirmation = await().atMost(Duration.ofSeconds(15))
			.until(() -> TestSmtp.to("john.smith@english-visitor.example"), (mails) -> !mails.isEmpty())
			.get(0);
		assertThat(confirmation.getSubject()).endsWith(": " + practice.titleEn());
		for (String part : TestSmtp.textParts(confirmation)) {
			assertThat(part).contains(practice.titleEn()).doesNotContain(practice.title());
		}
		MimeMessage request = await().atMost(Duration.ofSeconds(15))
			.until(() -> TestSmtp.to(contact.email())
				.stream()
				.filter((message) -> text(message).contains("(english-visitor-test)"))
				.findFirst(), Optional::isPresent)
			.orElseThrow();
		assertThat(request.getSubject()).isEqualTo("Üzenet a Gyakorlattárból: " + practice.title());
	}

	@Test
	void aPracticeWithoutAConsentedContactHasNoFormAndAnUnknownPracticeNone() throws Exception {
		PublishedPractice practice = aPractice((found) -> this.practices.consentedContact(found.id()).isEmpty());

		this.mvc.perform(get("/gyakorlatok/{slug}", practice.slug()))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/kapcsolatfelvetel/"))));
		this.mvc.perform(get("/kapcsolatfelvetel/{slug}", practice.slug())).andExpect(status().isNotFound());
		this.mvc
			.perform(send(practice, form("Szabó Péter", "Tata", "peter@nincs-kapcsolat.example", "Szia!"), "10.31.0.2"))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/kapcsolatfelvetel/nincs-ilyen-gyakorlat")).andExpect(status().isNotFound());
		assertThat(TestSmtp.to("peter@nincs-kapcsolat.example")).isEmpty();
	}

	@Test
	void badInputIsAnsweredNextToEachFieldAndKeptAndNothingIsSent() throws Exception {
		PublishedPractice practice = aPractice((found) -> this.practices.consentedContact(found.id()).isPresent());

		this.mvc.perform(send(practice, form("", "", "nem-cim", ""), "10.31.0.3"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"name-error\""),
					containsString("id=\"municipality-error\""), containsString("id=\"email-error\""),
					containsString("id=\"message-error\""), containsString("aria-invalid=\"true\""),
					containsString("value=\"nem-cim\""), containsString("href=\"#email\""))));
		this.mvc
			.perform(send(practice,
					form("Rossz Telepules", "Nincsilyenfalva", "rossz@telepules.example",
							"Megtartott uzenet <b>felkover</b>"),
					"10.31.0.3"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Nincs ilyen nevű település a helységnévtárban."),
					containsString("Megtartott uzenet &lt;b&gt;felkover&lt;/b&gt;"),
					containsString("value=\"Rossz Telepules\""))));
		this.mvc
			.perform(send(practice, form("Sortörés\nNév", "Tata", "sortores@telepules.example", "Üzenet"), "10.31.0.3"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"name-error\"")));
		assertNothingIsSentTo("rossz@telepules.example", "sortores@telepules.example");
	}

	@Test
	void theLimitsCountEveryMailboxAndNetworkOnceAndAnswerTheSame() throws Exception {
		PublishedPractice practice = aPractice((found) -> this.practices.consentedContact(found.id()).isPresent());

		// Three a day for one mailbox, however its address is spelt; the fourth is
		// answered
		// alike and sent nowhere.
		List<String> spellings = List.of("kata@limit.example", "Kata+egy@Limit.example", "KATA@LIMIT.EXAMPLE",
				"kata+negy@limit.example");
		for (int i = 0; i < spellings.size(); i++) {
			this.mvc
				.perform(send(practice, form("Limit Kata", "Tata", spellings.get(i), "Kérdés " + i), "10.31.1." + i))
				.andExpect(redirectedUrl("/kapcsolatfelvetel/" + practice.slug() + "/elkuldve"));
		}
		await().atMost(Duration.ofSeconds(15))
			.until(() -> TestSmtp.to("kata@limit.example").size() + TestSmtp.to("kata+egy@limit.example").size() == 3);
		assertNothingIsSentTo("kata+negy@limit.example");

		// Five an hour from one IPv6 network, whichever of its addresses.
		for (int i = 1; i <= 5; i++) {
			this.mvc
				.perform(send(practice, form("Hálózat Hedvig", "Tata", "hedvig" + i + "@halozat.example", "Kérdés"),
						"2001:db8:31:7::" + i))
				.andExpect(redirectedUrl("/kapcsolatfelvetel/" + practice.slug() + "/elkuldve"));
		}
		this.mvc
			.perform(send(practice, form("Hálózat Hedvig", "Tata", "hedvig6@halozat.example", "Kérdés"),
					"2001:db8:31:7:ffff::6"))
			.andExpect(status().isTooManyRequests())
			.andExpect(content().string(containsString("Túl sok üzenet")));
		this.mvc
			.perform(send(practice, form("Másik Hálózat", "Tata", "masik@halozat.example", "Kérdés"),
					"2001:db8:31:8::1"))
			.andExpect(redirectedUrl("/kapcsolatfelvetel/" + practice.slug() + "/elkuldve"));
	}

	@Test
	void aRobotThatFillsTheHiddenFieldIsAnsweredAlikeAndNothingIsSent() throws Exception {
		PublishedPractice practice = aPractice((found) -> this.practices.consentedContact(found.id()).isPresent());
		MultiValueMap<String, String> robot = form("Robot Róbert", "Tata", "robot@robot.example", "Olcsó!");
		robot.set("website", "https://spam.example");

		this.mvc.perform(send(practice, robot, "10.31.2.1"))
			.andExpect(redirectedUrl("/kapcsolatfelvetel/" + practice.slug() + "/elkuldve"));
		this.mvc.perform(get("/kapcsolatfelvetel/{slug}/elkuldve", practice.slug()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Üzenetét továbbítjuk")));
		assertNothingIsSentTo("robot@robot.example");
	}

	/**
	 * No mail to these addresses is in the outbox, through which every mail goes, so none
	 * can go out later; and none arrives meanwhile, five of the sender's polls.
	 */
	private void assertNothingIsSentTo(String... addresses) {
		for (String address : addresses) {
			assertThat(this.jdbc.queryForObject("select count(*) from mail_outbox where lower(recipient) = lower(?)",
					Long.class, address))
				.as(address)
				.isZero();
		}
		await().during(Duration.ofSeconds(1))
			.atMost(Duration.ofSeconds(3))
			.until(() -> Arrays.stream(addresses).allMatch((address) -> TestSmtp.to(address).isEmpty()));
	}

	private PublishedPractice aPractice(Predicate<PublishedPractice> condition) {
		return this.practices.publishedPractices().stream().filter(condition).findFirst().orElseThrow();
	}

	private static MultiValueMap<String, String> form(String name, String municipality, String email, String message) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.set("name", name);
		form.set("municipality", municipality);
		form.set("email", email);
		form.set("message", message);
		form.set("website", "");
		return form;
	}

	private static MockHttpServletRequestBuilder send(PublishedPractice practice, MultiValueMap<String, String> form,
			String client) {
		return post("/kapcsolatfelvetel/{slug}", practice.slug()).params(form).with(csrf()).with((request) -> {
			request.setRemoteAddr(client);
			return request;
		});
	}

	private static String text(Part part) {
		try {
			return String.join("\n", TestSmtp.textParts(part));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
