package hu.gyakorlattar.submission;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import hu.gyakorlattar.call.CallManagement;
import hu.gyakorlattar.call.CallsForTests;
import hu.gyakorlattar.call.SectionKind;
import hu.gyakorlattar.municipality.MunicipalityDirectory;
import hu.gyakorlattar.programme.ProgrammeManagement;
import hu.gyakorlattar.shared.ApplicationTest;
import hu.gyakorlattar.shared.TestSmtp;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;

/**
 * The confirmation of a submission reaches a real SMTP server (GreenMail) with the
 * submitted application attached as a PDF that holds what the applicant wrote.
 */
@ApplicationTest
@TestSmtp.Used
class SubmissionConfirmationMailTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CallManagement calls;

	@Autowired
	ProgrammeManagement programme;

	@Autowired
	SubmissionManagement submissions;

	@Autowired
	ApplicantLinks links;

	@Autowired
	MunicipalityDirectory directory;

	@Test
	void theApplicantGetsAConfirmationWithTheSubmittedApplicationAsAPdf() throws Exception {
		String email = "jegyzo@szada.example.hu";
		String szada = this.directory.search("Szada", 50)
			.stream()
			.filter((m) -> m.name().equals("Szada"))
			.findFirst()
			.orElseThrow()
			.kshCode();
		this.links.claim(email, szada);
		long claim = this.links.pending()
			.stream()
			.filter((link) -> link.email().equals(email))
			.findFirst()
			.orElseThrow()
			.id();
		this.links.decide(claim, true, "iroda@example.hu");
		LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
		long callId = CallsForTests.published(this.calls, this.programme, "Visszaigazolás", now.minusDays(2),
				now.plusDays(30));
		String location = this.mvc.perform(as(email, post("/fiok/palyazatok")).param("callId", String.valueOf(callId)))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		MockHttpServletRequestBuilder submit = as(email, post("/fiok/palyazatok/" + id)).param("version", "0")
			.param("action", "submit")
			.param("title", "Szadai idősek digitális klubja");
		for (SectionKind kind : SectionKind.values()) {
			submit.param("sections[" + kind + "]", "Szadai szöveg – " + kind);
		}
		this.mvc.perform(submit).andExpect(flash().attribute("flashKey", "submission.submitted"));

		await().atMost(Duration.ofSeconds(20)).until(() -> TestSmtp.to(email).size() >= 2);
		MimeMessage confirmation = TestSmtp.to(email)
			.stream()
			.filter((message) -> subject(message).startsWith("Beérkezett pályázat"))
			.findFirst()
			.orElseThrow();
		assertThat(confirmation.getAllRecipients()[0].toString()).isEqualTo(email);
		assertThat(subject(confirmation)).isEqualTo("Beérkezett pályázat: Szadai idősek digitális klubja");
		byte[] pdf = attachment(confirmation, "palyazat-" + id + ".pdf");
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("Szadai idősek digitális klubja", "Szada", szada, "Beérkezett",
					"Szadai szöveg – TRANSFERABILITY", "Átvehetőség és tanácsok");
		}
		assertThat(TestSmtp.to(email)).anyMatch((message) -> subject(message).startsWith("Jóváhagytuk"));
	}

	private static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] attachment(Part part, String filename) throws MessagingException, IOException {
		if (part.isMimeType("multipart/*")) {
			Multipart multipart = (Multipart) part.getContent();
			for (int i = 0; i < multipart.getCount(); i++) {
				byte[] found = attachment(multipart.getBodyPart(i), filename);
				if (found != null) {
					return found;
				}
			}
			return null;
		}
		if (filename.equals(part.getFileName())) {
			try (InputStream in = part.getInputStream()) {
				return in.readAllBytes();
			}
		}
		return null;
	}

	private static MockHttpServletRequestBuilder as(String email, MockHttpServletRequestBuilder request) {
		return request.with(user(email).roles("APPLICANT")).with(csrf());
	}

}
