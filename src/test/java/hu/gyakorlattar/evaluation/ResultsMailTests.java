package hu.gyakorlattar.evaluation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import hu.gyakorlattar.account.AccountManagement;
import hu.gyakorlattar.account.InvitationForm;
import hu.gyakorlattar.account.Role;
import hu.gyakorlattar.mail.MailOutbox;
import hu.gyakorlattar.municipality.MunicipalitiesForTests;
import hu.gyakorlattar.municipality.MunicipalityDirectory;
import hu.gyakorlattar.shared.ApplicationTest;
import hu.gyakorlattar.shared.HungarianFormats;
import hu.gyakorlattar.shared.TestSmtp;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The results mail as its recipients read it in a mail client: every applicant of the
 * municipality and the application's author (who no longer acts for it) get one, each in
 * the language they chose on their account page, each with a link that opens for them;
 * nobody who cannot sign in to read it gets one.
 */
@ApplicationTest
@TestSmtp.Used
class ResultsMailTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	MunicipalityDirectory directory;

	@Autowired
	AccountManagement accounts;

	@Autowired
	MailOutbox outbox;

	@Autowired
	JdbcTemplate jdbc;

	@Value("${gyakorlattar.base-url}")
	String baseUrl;

	@Test
	void anApplicantChoosesTheLanguageOfTheirMailAndBadInputIsAnsweredAtTheField() throws Exception {
		String clerk = applicant("nyelv@solymar-eredmeny.example.hu", "Solymár");

		this.mvc.perform(as(clerk, post("/fiok/nyelv")).param("language", "de"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"language-error\""),
					containsString("Válasszon a felsorolt nyelvek közül."))));
		this.mvc.perform(as(clerk, post("/fiok/nyelv")).param("language", ""))
			.andExpect(content().string(containsString("Válasszon nyelvet.")));
		assertThat(this.accounts.languageOf(clerk).getLanguage()).isEqualTo("hu");

		this.mvc.perform(as(clerk, post("/fiok/nyelv")).param("language", "en"))
			.andExpect(redirectedUrl("/fiok"))
			.andExpect(flash().attribute("flashKey", "account.language.saved"));
		String profile = this.mvc.perform(as(clerk, get("/fiok"))).andReturn().getResponse().getContentAsString();
		assertThat(Jsoup.parse(profile).select("input[name=language][checked]").val()).isEqualTo("en");
		this.mvc.perform(as(clerk, get("/fiok/adataim")))
			.andExpect(content().string(containsString("\"language\":\"en\"")));
		assertThat(this.accounts.languageOf(clerk).getLanguage()).isEqualTo("en");
	}

	@Test
	void theResultsReachEveryApplicantOfTheMunicipalityAndItsAuthorEachInTheirLanguage() throws Exception {
		EvaluationsForTests given = EvaluationsForTests.in(this.context);
		long callId = given.anOpenCall("Eredmény mindenkinek");
		String author = applicant("szerzo@urom-eredmeny.example.hu", "Üröm");
		String clerk = applicant("jegyzo@urom-eredmeny.example.hu", "Üröm");
		String disabled = applicant("letiltott@urom-eredmeny.example.hu", "Üröm");
		String pending = applicant("varakozo@urom-eredmeny.example.hu", "Pilisborosjenő");
		this.mvc.perform(as(pending, post("/fiok/onkormanyzat")).param("kshCode", given.ksh("Üröm")))
			.andExpect(redirectedUrl("/fiok/onkormanyzat"));
		awaitApproved(author, clerk, disabled);
		long id = given.anApplication(callId, author, "Üröm", "Ürömi közösségi kert");
		// The author moved to another municipality since; no page takes an approval back
		this.jdbc.update("delete from submission_applicant where email = ?", author);
		this.jdbc.update("update account set municipality_ksh_code = ? where email = ?", given.ksh("Solymár"), author);
		this.jdbc.update("update account set enabled = false where email = ?", disabled);
		this.mvc.perform(as(clerk, post("/fiok/nyelv")).param("language", "en")).andExpect(redirectedUrl("/fiok"));

		this.mvc
			.perform(post("/bizottsagi-ertekeles/palyazatok/" + id + "/formai-elutasitas")
				.with(user("bizottsag-eredmeny@example.hu").roles("COMMITTEE"))
				.with(csrf())
				.param("reason", "Hiányzik a polgármester aláírása."))
			.andExpect(flash().attribute("flashKey", "evaluation.rejected"));
		given.deadlinePassed(callId);
		this.mvc
			.perform(post("/admin/ertekeles/felhivasok/" + callId + "/eredmenyek")
				.with(user("iroda-eredmeny@example.hu").roles("ADMIN"))
				.with(csrf()))
			.andExpect(flash().attribute("flashKey", "evaluation.publish.done"));

		MimeMessage toAuthor = received(author, "Eredmény és értékelés: Ürömi közösségi kert");
		MimeMessage toClerk = received(clerk, "Result and evaluation: Ürömi közösségi kert");
		assertThat(text(toAuthor)).contains("Hiányzik a polgármester aláírása.");
		assertThat(text(toClerk)).contains("Rejected at the formal check", "Hiányzik a polgármester aláírása.");
		for (String recipient : List.of(author, clerk)) {
			String path = link(text(recipient.equals(author) ? toAuthor : toClerk));
			assertThat(path).isEqualTo("/fiok/palyazatok/" + id + "/ertekeles");
			this.mvc.perform(as(recipient, get(path)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Hiányzik a polgármester aláírása.")));
		}
		String english = this.mvc.perform(as(clerk, get("/fiok/palyazatok/" + id + "/ertekeles")).param("lang", "en"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(Jsoup.parse(english).select("h1 [lang=hu]").text())
			.as("the applicant's Hungarian title in the English heading, marked as Hungarian")
			.isEqualTo("Ürömi közösségi kert");
		assertThat(this.outbox.messages(null, PageRequest.of(0, 500)))
			.as("no results mail to an applicant who cannot sign in, nor to one still waiting for approval")
			.noneMatch((mail) -> mail.getTemplate().equals("evaluation/feedback")
					&& List.of(disabled, pending).contains(mail.getRecipient()));
	}

	private String applicant(String email, String municipality) {
		this.accounts.invite(new InvitationForm(email, "", "Pályázó", "Piroska", Role.APPLICANT,
				MunicipalitiesForTests.ksh(this.directory, municipality)), HungarianFormats.HUNGARIAN);
		return email;
	}

	/**
	 * The office's approval of an invited applicant reaches the submission module after
	 * the commit.
	 */
	private void awaitApproved(String... emails) {
		Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.until(() -> this.jdbc.queryForObject(
					"select count(*) from submission_applicant where email in (?, ?, ?) and status = 'APPROVED'",
					Integer.class, (Object[]) emails) == emails.length);
	}

	private MimeMessage received(String email, String subject) {
		Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.until(() -> TestSmtp.to(email).stream().anyMatch((message) -> subject.equals(subject(message))));
		return TestSmtp.to(email)
			.stream()
			.filter((message) -> subject.equals(subject(message)))
			.findFirst()
			.orElseThrow();
	}

	private String link(String text) {
		Matcher link = Pattern.compile(Pattern.quote(this.baseUrl) + "(/[^\\s\"<>)]*)").matcher(text);
		assertThat(link.find()).as("a link in " + text).isTrue();
		return link.group(1);
	}

	private static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The plain-text part, as a mail client decodes it. */
	private static String text(Part part) throws MessagingException, IOException {
		if (part.isMimeType("text/plain")) {
			return (String) part.getContent();
		}
		if (part.isMimeType("multipart/*")) {
			Multipart multipart = (Multipart) part.getContent();
			for (int i = 0; i < multipart.getCount(); i++) {
				String found = text(multipart.getBodyPart(i));
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private static MockHttpServletRequestBuilder as(String email, MockHttpServletRequestBuilder request) {
		return request.with(user(email).roles("APPLICANT")).with(csrf());
	}

}
