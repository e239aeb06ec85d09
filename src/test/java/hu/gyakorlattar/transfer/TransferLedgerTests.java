package hu.gyakorlattar.transfer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import hu.gyakorlattar.account.AccountManagement;
import hu.gyakorlattar.account.InvitationForm;
import hu.gyakorlattar.account.Role;
import hu.gyakorlattar.mail.MailOutbox;
import hu.gyakorlattar.mail.OutboxMessage;
import hu.gyakorlattar.municipality.MunicipalityDirectory;
import hu.gyakorlattar.practice.PracticeManagement;
import hu.gyakorlattar.practice.PublishedPractice;
import hu.gyakorlattar.practice.PracticesForTests;
import hu.gyakorlattar.programme.ProgrammeManagement;
import hu.gyakorlattar.programme.ThemesForTests;
import hu.gyakorlattar.shared.ApplicationTest;
import hu.gyakorlattar.submission.SubmissionsForTests;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.stringContainsInOrder;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A municipality takes up Szada's demo practice in the browser's forms: bad input is
 * answered next to its field and saves nothing, the owners hear of it and answer, the
 * transfer moves forward until it stops with a reason, the practice page and the open
 * data show it, and its check-ins go out once on time, with one reminder, to be answered
 * through their personal link. Each test acts for municipalities of its own.
 */
@ApplicationTest
class TransferLedgerTests {

	private static final String SZADA = "21458";

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	MunicipalityDirectory directory;

	@Autowired
	PracticeManagement practices;

	@Autowired
	TransferLedger ledger;

	@Autowired
	SendingCheckIns sending;

	@Autowired
	MailOutbox outbox;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationContext context;

	@Autowired
	ProgrammeManagement programme;

	@Test
	void aMunicipalityStartsUpdatesAndStopsATransferAndTheOwnersAnswer() throws Exception {
		PublishedPractice practice = szadasPractice();
		String adopter = applicant("atvevo@kisoroszi.example.hu", "Kisoroszi");
		String origin = applicant("gazda@szada.example.hu", SZADA);
		String start = "/fiok/gyakorlatok/" + practice.slug() + "/atvetel";

		this.mvc.perform(as(adopter, get(start)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("atvevo@kisoroszi.example.hu")));
		this.mvc
			.perform(as(adopter, post(start)).param("plan", " ")
				.param("contactName", "Kiss Anna")
				.param("contactEmail", "nem-cim")
				.param("status", "CONSIDERING"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"plan-error\""),
					containsString("Mit vesznek át, és hogyan? Kérjük, töltse ki ezt a mezőt."),
					containsString("id=\"contactEmail-error\""))));
		this.mvc.perform(as(adopter, post(start)).params(plan("STOPPED", "")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Leállított átvételt nem lehet indítani")));
		this.mvc.perform(as(origin, post(start)).params(plan("CONSIDERING", "")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ez a saját települése gyakorlata.")));
		assertThat(transfersOf("Kisoroszi")).isEmpty();

		this.mvc.perform(as(adopter, post(start)).params(plan("CONSIDERING", "")))
			.andExpect(redirectedUrlPattern("/fiok/atvetelek/*"))
			.andExpect(flash().attribute("flashKey", "transfer.started"));
		TransferView transfer = transfersOf("Kisoroszi").get(0);
		assertThat(transfer.status()).isEqualTo(TransferStatus.CONSIDERING);
		assertThat(transfer.checkIns()).extracting(TransferView.CheckInView::monthsAfter).containsExactly(6, 12);
		assertThat(mailsTo(practice.contactEmail(), "Kisoroszi")).singleElement()
			.satisfies((mail) -> assertThat(mail.getBodyText()).contains("Nyugdíjasklubunkban indítjuk"));
		this.mvc.perform(as(adopter, get(start))).andExpect(redirectedUrl("/fiok/atvetelek/" + transfer.id()));

		String page = "/fiok/atvetelek/" + transfer.id();
		this.mvc.perform(as(adopter, post(page)).params(plan("RUNNING", "")))
			.andExpect(flash().attribute("flashKey", "transfer.saved"));
		this.mvc.perform(as(adopter, post(page)).params(plan("ADAPTING", "")))
			.andExpect(status().isOk())
			.andExpect(content().string(
					allOf(containsString("id=\"status-error\""), containsString("Az átvétel csak előre haladhat"))));
		this.mvc.perform(as(adopter, post(page)).params(plan("STOPPED", " ")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kérjük, írja le, miért állították le.")));
		// with the form's own mistakes, in one go
		this.mvc.perform(as(adopter, post(page)).params(plan("STOPPED", " ", "nem-cim")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Kérjük, írja le, miért állították le."),
					containsString("id=\"contactEmail-error\""))));
		this.mvc.perform(as(origin, get(page))).andExpect(status().isNotFound());

		String answer = page + "/valasz";
		this.mvc.perform(as(adopter, get(answer))).andExpect(status().isNotFound());
		this.mvc
			.perform(as(origin, post(answer)).param("answer", "Szívesen megmutatjuk a klubot.")
				.param("mentorName", "Simon Erika")
				.param("mentorEmail", "erika@szada"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"mentorConsents-error\""),
					containsString("id=\"mentorEmail-error\""), containsString("value=\"erika@szada\""))));
		this.mvc
			.perform(as(origin, post(answer)).param("answer", "Szívesen megmutatjuk a klubot.")
				.param("mentorName", "Simon Erika")
				.param("mentorEmail", "erika@szada.example.hu")
				.param("mentorConsents", "true"))
			.andExpect(flash().attribute("flashKey", "transfer.answered"));
		assertThat(mailsTo("anna@kisoroszi.example.hu", "Szívesen megmutatjuk")).singleElement()
			.satisfies((mail) -> assertThat(mail.getBodyText()).startsWith("Kedves Kiss Anna!"));

		this.mvc.perform(get("/gyakorlatok/" + practice.slug()))
			.andExpect(content().string(allOf(containsString("Kisoroszi"), containsString("működik"),
					containsString("Simon Erika"), containsString("Szívesen megmutatjuk a klubot."),
					not(containsString("erika@szada.example.hu")), not(containsString("anna@kisoroszi.example.hu")))));

		this.mvc.perform(as(adopter, post(page)).params(plan("STOPPED", "Elfogyott a pályázati forrás.")))
			.andExpect(flash().attribute("flashKey", "transfer.saved"));
		assertThat(transfersOf("Kisoroszi").get(0).stopReason()).isEqualTo("Elfogyott a pályázati forrás.");
		this.sending.sendDueAt(Instant.now().plus(Duration.ofDays(400)));
		assertThat(mailsTo("anna@kisoroszi.example.hu", "hónap")).as("a stopped transfer is not asked").isEmpty();

		this.mvc.perform(get("/api/adoptions"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.licence").value(containsString("CC BY 4.0")))
			.andExpect(jsonPath("$.items[?(@.adopterName == 'Kisoroszi')].status").value("STOPPED"))
			.andExpect(content().string(allOf(not(containsString("anna@kisoroszi.example.hu")),
					not(containsString("Kiss Anna")), not(containsString("Simon Erika")))));
	}

	@Test
	void theCheckInsGoOutOnceOnTimeWithOneReminderAndAreAnsweredThroughTheirLink() throws Exception {
		PublishedPractice practice = szadasPractice();
		String origin = applicant("mutatok@szada.example.hu", SZADA);
		String adopter = applicant("atvevo@pilisszentlaszlo.example.hu", "Pilisszentlászló");
		String indicators = "/fiok/atvetelek/mutatok/" + practice.id();
		this.mvc.perform(as(adopter, get(indicators))).andExpect(status().isNotFound());
		this.mvc.perform(as(origin, post(indicators)).param("name1", "Ellátott idősek").param("unit1", "fő"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2. mutató megnevezése: Legalább 2 mutatót adjon meg")));
		this.mvc
			.perform(as(origin, post(indicators)).param("name1", "Ellátott idősek")
				.param("unit1", "fő")
				.param("name2", "Havi költség")
				.param("unit2", "Ft"))
			.andExpect(flash().attribute("flashKey", "transfer.indicators.saved"));

		this.mvc
			.perform(as(adopter, post("/fiok/gyakorlatok/" + practice.slug() + "/atvetel"))
				.params(plan("ADAPTING", "", "anna@pilisszentlaszlo.example.hu")))
			.andExpect(redirectedUrlPattern("/fiok/atvetelek/*"));
		Instant sixMonths = transfersOf("Pilisszentlászló").get(0).checkIns().get(0).dueAt();

		this.sending.sendDueAt(sixMonths.minusSeconds(60));
		assertThat(checkInMails("Pilisszentlászló")).isEmpty();
		CompletableFuture<Integer> one = CompletableFuture.supplyAsync(() -> this.sending.sendDueAt(sixMonths));
		CompletableFuture<Integer> other = CompletableFuture.supplyAsync(() -> this.sending.sendDueAt(sixMonths));
		CompletableFuture.allOf(one, other).join();
		this.sending.sendDueAt(sixMonths.plus(Duration.ofDays(1)));
		assertThat(checkInMails("Pilisszentlászló")).as("sent once, whatever the number of pollers").hasSize(1);

		this.sending.sendDueAt(sixMonths.plus(CheckIn.REMINDER_AFTER).plusSeconds(60));
		this.sending.sendDueAt(sixMonths.plus(CheckIn.REMINDER_AFTER).plus(Duration.ofDays(1)));
		List<OutboxMessage> mails = checkInMails("Pilisszentlászló");
		assertThat(mails).hasSize(2);
		assertThat(mails).anySatisfy((mail) -> assertThat(mail.getSubject()).startsWith("Emlékeztető"));
		String link = mails.get(0).getBodyText().replaceAll("(?s).*(/atvetel-beszamolo/[A-Za-z0-9_-]+).*", "$1");

		this.mvc.perform(get(link))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("Ellátott idősek (fő)"), containsString("Havi költség (Ft)"))));
		this.mvc
			.perform(post(link).with(csrf()).param("status", "RUNNING").param("value1", "sok").param("value2", "-5"))
			.andExpect(status().isOk())
			.andExpect(content().string(
					allOf(containsString("id=\"value1-error\""), containsString("1. mutató: Kérjük, számot írjon"))));
		assertThat(transfersOf("Pilisszentlászló").get(0).status()).isEqualTo(TransferStatus.ADAPTING);
		this.mvc
			.perform(post(link).with(csrf())
				.param("status", "RUNNING")
				.param("value1", "1 250")
				.param("value2", "85000,5")
				.param("lessons", "A falugondnok a kulcsember."))
			.andExpect(flash().attribute("flashKey", "transfer.checkIn.saved"));

		TransferView transfer = transfersOf("Pilisszentlászló").get(0);
		assertThat(transfer.status()).isEqualTo(TransferStatus.RUNNING);
		assertThat(transfer.answeredCheckIns()).singleElement().satisfies((checkIn) -> {
			assertThat(checkIn.lessons()).isEqualTo("A falugondnok a kulcsember.");
			assertThat(checkIn.outcomes()).extracting(TransferView.Outcome::indicator, TransferView.Outcome::value)
				.containsExactly(
						org.assertj.core.groups.Tuple.tuple("Ellátott idősek", new java.math.BigDecimal("1250.00")),
						org.assertj.core.groups.Tuple.tuple("Havi költség", new java.math.BigDecimal("85000.50")));
		});
		String practicePage = this.mvc.perform(get("/gyakorlatok/" + practice.slug()))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(Jsoup.parse(practicePage).text().replace('\u00a0', ' ')).as("the practice page as a reader sees it")
			.contains("A falugondnok a kulcsember.", "Ellátott idősek: 1 250 fő", "Havi költség: 85 000,5 Ft");

		this.mvc.perform(as(origin, post(indicators)).param("name1", "Ellátott idősek").param("unit1", "fő"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Legalább 2 mutatót")));
		this.mvc
			.perform(as(origin, post(indicators)).param("name1", "Ellátott idősek")
				.param("name2", "Havi költség")
				.param("name3", "Megtakarított órák"))
			.andExpect(flash().attribute("flashKey", "transfer.indicators.saved"));
	}

	@Test
	void aClerkOfTwoVillagesChoosesWhichOneTakesThePracticeUpAndFollowsBoth() throws Exception {
		PublishedPractice practice = szadasPractice();
		String clerk = applicant("jegyzo@regec-mogyoroska.example.hu", "Regéc");
		SubmissionsForTests.approvedFor(this.context, clerk, kshCode("Mogyoróska"));
		String start = "/fiok/gyakorlatok/" + practice.slug() + "/atvetel";
		this.mvc.perform(as(clerk, get(start)))
			.andExpect(
					content().string(stringContainsInOrder("Melyik település veszi át?", ">Mogyoróska<", ">Regéc<")));
		this.mvc
			.perform(as(clerk, post(start)).params(plan("CONSIDERING", "", "jegyzo@regec-mogyoroska.example.hu"))
				.param("kshCode", kshCode("Kisoroszi")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Válassza ki, melyik települése veszi át a gyakorlatot.")));

		this.mvc
			.perform(as(clerk, post(start)).params(plan("CONSIDERING", "", "jegyzo@regec-mogyoroska.example.hu"))
				.param("kshCode", kshCode("Mogyoróska")))
			.andExpect(flash().attribute("flashKey", "transfer.started"));
		assertThat(transfersOf("Mogyoróska")).hasSize(1);
		assertThat(transfersOf("Regéc")).isEmpty();
		// The other village may take it up too: the form names only that one
		this.mvc.perform(as(clerk, get(start)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(not(containsString("Melyik település veszi át?")),
					containsString("Átvevő település: Regéc."))));
		this.mvc.perform(as(clerk, post(start)).params(plan("ADAPTING", "", "jegyzo@regec-mogyoroska.example.hu")))
			.andExpect(flash().attribute("flashKey", "transfer.started"));
		assertThat(transfersOf("Regéc")).singleElement()
			.satisfies((transfer) -> assertThat(transfer.status()).isEqualTo(TransferStatus.ADAPTING));
		this.mvc.perform(as(clerk, get(start))).andExpect(redirectedUrlPattern("/fiok/atvetelek/*"));
		this.mvc.perform(as(clerk, get("/fiok/atvetelek")))
			.andExpect(
					content().string(allOf(containsString("<td>Mogyoróska</td>"), containsString("<td>Regéc</td>"))));
		long mogyoroska = transfersOf("Mogyoróska").get(0).id();
		this.mvc
			.perform(as(clerk, post("/fiok/atvetelek/" + mogyoroska))
				.params(plan("RUNNING", "", "jegyzo@regec-mogyoroska.example.hu")))
			.andExpect(flash().attribute("flashKey", "transfer.saved"));
	}

	@Test
	void anAdopterIsNotToldTheOwnersHeardWhenThePracticeGaveNoOneToMail() throws Exception {
		PublishedPractice practice = PracticesForTests.published(this.context, 2021,
				ThemesForTests.theme(this.programme, 2021, "Átvétel értesítés nélkül"), "Kapcsolattartó nélküli kertek",
				kshCode("Sződ"));
		assertThat(practice.contactEmail()).isBlank();
		String adopter = applicant("atvevo@verseg.example.hu", "Verseg");
		long mailsBefore = this.jdbc.queryForObject("select count(*) from mail_outbox where template = ?", Long.class,
				"transfer/started");

		this.mvc
			.perform(as(adopter, post("/fiok/gyakorlatok/" + practice.slug() + "/atvetel"))
				.params(plan("CONSIDERING", "", "anna@verseg.example.hu")))
			.andExpect(flash().attribute("flashKey", "transfer.started.recorded"));
		assertThat(transfersOf("Verseg")).singleElement()
			.satisfies((transfer) -> assertThat(transfer.practiceId()).isEqualTo(practice.id()));
		assertThat(this.jdbc.queryForObject("select count(*) from mail_outbox where template = ?", Long.class,
				"transfer/started"))
			.isEqualTo(mailsBefore);
	}

	/**
	 * The demo's practice from Szada (the first one), not one that other tests sharing
	 * the context published for Szada without a contact.
	 */
	private PublishedPractice szadasPractice() {
		return this.practices.publishedPractices()
			.stream()
			.filter((practice) -> practice.ownedBy(SZADA) && !practice.contactEmail().isBlank())
			.min(Comparator.comparingLong(PublishedPractice::id))
			.orElseThrow();
	}

	private List<TransferView> transfersOf(String municipality) {
		String kshCode = kshCode(municipality);
		return this.ledger.ofMunicipality(kshCode);
	}

	/**
	 * An applicant account of the municipality (named, or by KSH code); answers its
	 * e-mail.
	 */
	private String applicant(String email, String municipality) {
		String kshCode = municipality.matches("\\d{5}") ? municipality : kshCode(municipality);
		this.accounts.invite(new InvitationForm(email, "", "Kiss", "Anna", Role.APPLICANT, kshCode),
				Locale.forLanguageTag("hu"));
		return email;
	}

	private String kshCode(String name) {
		return this.directory.search(name, 5)
			.stream()
			.filter((found) -> found.name().equals(name))
			.findFirst()
			.orElseThrow()
			.kshCode();
	}

	private static MockHttpServletRequestBuilder as(String email, MockHttpServletRequestBuilder request) {
		return request.with(csrf()).with(user(email).roles("APPLICANT"));
	}

	private static org.springframework.util.MultiValueMap<String, String> plan(String status, String reason) {
		return plan(status, reason, "anna@kisoroszi.example.hu");
	}

	private static org.springframework.util.MultiValueMap<String, String> plan(String status, String reason,
			String contactEmail) {
		org.springframework.util.LinkedMultiValueMap<String, String> form = new org.springframework.util.LinkedMultiValueMap<>();
		form.add("plan", "Nyugdíjasklubunkban indítjuk, heti két alkalommal.");
		form.add("contactName", "Kiss Anna");
		form.add("contactEmail", contactEmail);
		form.add("status", status);
		form.add("stopReason", reason);
		return form;
	}

	private List<OutboxMessage> checkInMails(String municipality) {
		return this.jdbc
			.queryForList("select id from mail_outbox where body_text like '%/atvetel-beszamolo/%' order by id",
					Long.class)
			.stream()
			.flatMap((id) -> this.outbox.message(id).stream())
			.filter((mail) -> mail.getBodyText() != null && mail.getBodyText().contains(municipality))
			.toList();
	}

	/**
	 * Read by recipient: in a context other tests share, the outbox's newest thousand may
	 * not reach back to this test's mail.
	 */
	private List<OutboxMessage> mailsTo(String recipient, String text) {
		return this.jdbc.queryForList("select id from mail_outbox where recipient = ?", Long.class, recipient)
			.stream()
			.flatMap((id) -> this.outbox.message(id).stream())
			.filter((mail) -> mail.getBodyText() != null
					&& (mail.getBodyText().contains(text) || mail.getSubject().contains(text)))
			.toList();
	}

}
