package hu.gyakorlattar.submission;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import hu.gyakorlattar.account.AccountManagement;
import hu.gyakorlattar.account.InvitationForm;
import hu.gyakorlattar.account.Role;
import hu.gyakorlattar.call.CallManagement;
import hu.gyakorlattar.call.CallsForTests;
import hu.gyakorlattar.call.SectionKind;
import hu.gyakorlattar.mail.MailOutbox;
import hu.gyakorlattar.mail.OutboxMessage;
import hu.gyakorlattar.municipality.MunicipalityDirectory;
import hu.gyakorlattar.programme.ProgrammeManagement;
import hu.gyakorlattar.shared.AdjustableClock;
import hu.gyakorlattar.shared.ApplicationTest;
import hu.gyakorlattar.shared.HungarianFormats;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.stringContainsInOrder;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A municipality applies: the applicant's link to the municipality is approved first,
 * several people of the municipality write one draft without losing each other's text,
 * limits and attachments are checked on the server, submission counts to the second of
 * the deadline and happens once, and nobody from another municipality sees any of it.
 * Time stands still unless a test moves it.
 */
@ApplicationTest
@AdjustableClock.Stopped
class SubmissionFlowTests {

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

	@Autowired
	MailOutbox outbox;

	@Autowired
	AdjustableClock clock;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	AccountManagement accounts;

	@Autowired
	TransactionTemplate transaction;

	@Test
	void anApplicantClaimsAMunicipalityAndSeesNothingOfItUntilAnAdminApprovesTheLink() throws Exception {
		String szada = ksh("Szada");
		String anna = "anna.kiss@szada.example.hu";
		long callId = openCall("Igénylés próbája");

		this.mvc.perform(as(anna, post("/fiok/onkormanyzat")).param("kshCode", "nem-kod"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Válasszon egy települést a településtárból.")));
		this.mvc.perform(as(anna, get("/fiok/onkormanyzat")).param("q", "szada"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Szada"), containsString(szada))));
		this.mvc.perform(as(anna, post("/fiok/onkormanyzat")).param("kshCode", szada))
			.andExpect(redirectedUrl("/fiok/onkormanyzat"));
		this.mvc.perform(as(anna, get("/fiok/palyazatok")))
			.andExpect(content().string(containsString("még nem hagyta jóvá")));
		this.mvc.perform(as(anna, post("/fiok/palyazatok")).param("callId", String.valueOf(callId)))
			.andExpect(flash().attribute("flashKey", "submission.link.notApproved"));

		this.mvc.perform(asAdmin(get("/admin/palyazatok/kapcsolatok")))
			.andExpect(content().string(allOf(containsString(anna), containsString("Szada"))));
		long linkId = this.links.pending()
			.stream()
			.filter((link) -> link.email().equals(anna))
			.findFirst()
			.orElseThrow()
			.id();
		this.mvc.perform(asAdmin(post("/admin/palyazatok/kapcsolatok/" + linkId + "/jovahagyas")))
			.andExpect(flash().attribute("flashKey", "submission.link.approved"));
		assertThat(queuedTo(anna)).anyMatch((mail) -> mail.getSubject().contains("Jóváhagytuk: Szada"));
		this.mvc.perform(asAdmin(post("/admin/palyazatok/kapcsolatok/" + linkId + "/elutasitas")))
			.andExpect(flash().attribute("flashKey", "submission.link.decided"));

		this.mvc.perform(as(anna, post("/fiok/palyazatok")).param("callId", String.valueOf(callId)))
			.andExpect(redirectedUrlPattern("/fiok/palyazatok/*"));
		assertThat(this.submissions.visibleTo(anna)).extracting(SubmissionView::kshCode).containsExactly(szada);
	}

	@Test
	void peopleWhoAreNotApplicantsOfTheMunicipalityFindNothing() throws Exception {
		String a = ksh("Gödöllő");
		String b = ksh("Isaszeg");
		long callId = openCall("Hozzáférés próbája");
		long id = start(approved("bela@godollo.example.hu", a), callId);
		String other = approved("cecil@isaszeg.example.hu", b);

		for (MockHttpServletRequestBuilder request : new MockHttpServletRequestBuilder[] {
				get("/fiok/palyazatok/" + id), post("/fiok/palyazatok/" + id).param("title", "Átvétel"),
				get("/fiok/palyazatok/" + id + "/palyazat.pdf"), post("/fiok/palyazatok/" + id + "/mellekletek"),
				get("/fiok/palyazatok/" + id + "/mellekletek/1") }) {
			this.mvc.perform(as(other, request)).andExpect(status().isNotFound());
			this.mvc.perform(request.with(user("biralo@example.hu").roles("EVALUATOR")).with(csrf()))
				.andExpect(status().isNotFound());
		}
		this.mvc.perform(as(other, get("/fiok/palyazatok")))
			.andExpect(content().string(not(containsString("Átvétel"))));
		this.mvc.perform(get("/fiok/palyazatok/" + id)).andExpect(redirectedUrl("/belepes"));
		this.mvc.perform(asAdmin(get("/admin/palyazatok/" + id))).andExpect(status().isOk());
		this.mvc.perform(asAdmin(get("/admin/palyazatok")))
			.andExpect(content().string(allOf(containsString("Gödöllő"), containsString("Piszkozat"))));
		this.mvc.perform(get("/fiok/palyazatok").with(user("biralo@example.hu").roles("EVALUATOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("pályázói fiókoknak szól")));
	}

	@Test
	void twoPeopleOfTheMunicipalityWriteOneDraftAndTheSecondOfTwoConcurrentSavesIsShownBothTexts() throws Exception {
		String kshCode = ksh("Veresegyház");
		long callId = openCall("Közös piszkozat");
		String first = approved("elso@veresegyhaz.example.hu", kshCode);
		String second = approved("masodik@veresegyhaz.example.hu", kshCode);
		long id = start(first, callId);
		assertThat(start(second, callId)).as("one application per municipality and call").isEqualTo(id);

		save(first, id, 0, "Idősek nappali klubja", "Az első szerző összefoglalója.")
			.andExpect(redirectedUrl("/fiok/palyazatok/" + id));
		// The second opened the page before the first saved: version 0 is stale
		save(second, id, 0, "Idősek nappali klubja", "A második szerző összefoglalója.").andExpect(status().isOk())
			.andExpect(content().string(
					allOf(containsString("is mentette a pályázatot"), containsString("Az első szerző összefoglalója."),
							containsString("A második szerző összefoglalója."),
							containsString("name=\"version\" value=\"1\""))));
		assertThat(this.submissions.find(id).orElseThrow().section(SectionKind.SUMMARY))
			.isEqualTo("Az első szerző összefoglalója.");

		save(second, id, 1, "Idősek nappali klubja", "Az első és a második szerző összefésült összefoglalója.")
			.andExpect(redirectedUrl("/fiok/palyazatok/" + id));
		SubmissionView merged = this.submissions.find(id).orElseThrow();
		assertThat(merged.section(SectionKind.SUMMARY))
			.isEqualTo("Az első és a második szerző összefésült összefoglalója.");
		assertThat(merged.updatedBy()).isEqualTo(second);
		this.mvc.perform(as(first, get("/fiok/palyazatok/" + id)))
			.andExpect(content().string(containsString("összefésült összefoglalója")));
	}

	@Test
	void theDraftSavesItselfWhileTheApplicantTypesButNeverOverSomeoneElsesSave() throws Exception {
		String kshCode = ksh("Fót");
		long callId = openCall("Automatikus mentés");
		String first = approved("elso@fot.example.hu", kshCode);
		String second = approved("masodik@fot.example.hu", kshCode);
		this.accounts.invite(new InvitationForm(first, "", "Fóti", "Emese", Role.APPLICANT, kshCode),
				HungarianFormats.HUNGARIAN);
		long id = start(first, callId);

		autosave(first, id, 0, "Fóti falugondnokság", "Félkész összefoglaló.").andExpect(status().isOk())
			.andExpect(jsonPath("$.saved").value(true))
			.andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.message").value(containsString("automatikusan mentve")));
		assertThat(this.submissions.find(id).orElseThrow().section(SectionKind.SUMMARY))
			.isEqualTo("Félkész összefoglaló.");

		// The second had the page open at version 0: their autosave must not overwrite.
		autosave(second, id, 0, "Fóti falugondnokság", "Más szöveg.").andExpect(status().isConflict())
			.andExpect(jsonPath("$.saved").value(false))
			.andExpect(jsonPath("$.message")
				.value(allOf(containsString("Fóti Emese"), not(containsString("elso@fot.example.hu")))));
		autosave(first, id, 1, "Fóti falugondnokság", "é".repeat(1001)).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.message").value(containsString("túl hosszú")));
		autosave(first, id, 1, "Fóti falugondnokság", "Kész összefoglaló.").andExpect(status().isOk());
		assertThat(this.submissions.find(id).orElseThrow().version()).isEqualTo(2);

		String outsider = approved("kivulallo@csomor.example.hu", ksh("Csömör"));
		autosave(outsider, id, 2, "Átvétel", "").andExpect(status().isNotFound());
		this.mvc.perform(post("/fiok/palyazatok/" + id + "/vazlat").with(csrf()).param("version", "2"))
			.andExpect(redirectedUrl("/belepes"));
		this.mvc
			.perform(post("/fiok/palyazatok/" + id + "/vazlat").with(user(first).roles("APPLICANT"))
				.param("version", "2"))
			.andExpect(status().isForbidden());

		complete(first, id);
		submit(first, id).andExpect(status().is3xxRedirection());
		long submitted = this.submissions.find(id).orElseThrow().version();
		autosave(first, id, submitted, "Utólagos átírás", "").andExpect(status().isConflict())
			.andExpect(jsonPath("$.message").value(containsString("már nem módosítható")));
		assertThat(this.submissions.find(id).orElseThrow().title()).isEqualTo("Idősek nappali klubja");
	}

	@Test
	void limitsAreCheckedOnTheServerAndMarkupStaysText() throws Exception {
		String kshCode = ksh("Mogyoród");
		long callId = openCall("Korlátok");
		String applicant = approved("korlat@mogyorod.example.hu", kshCode);
		long id = start(applicant, callId);

		save(applicant, id, 0, "<script>alert('x')</script>", "é".repeat(1001)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Legfeljebb 1000 karakter lehet (most 1001).")));
		assertThat(this.submissions.find(id).orElseThrow().version()).as("nothing saved").isZero();
		save(applicant, id, 0, "x".repeat(201), "").andExpect(status().isOk())
			.andExpect(content().string(containsString("Legfeljebb 200 karakter lehet (most 201).")));
		// A line break is one character, however the browser sends it
		save(applicant, id, 0, "<script>alert('x')</script>", "a\r\n".repeat(333) + "b")
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(as(applicant, get("/fiok/palyazatok/" + id)))
			.andExpect(content().string(allOf(containsString("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"),
					not(containsString("<script>alert")), containsString("data-max-length=\"1000\""))));
	}

	@Test
	void aSubmissionAtTheLastSecondOfTheDeadlineCountsAndOneAtMidnightDoesNot() throws Exception {
		LocalDate day = LocalDate.ofInstant(this.clock.instant(), HungarianFormats.BUDAPEST).plusDays(2);
		long callId = CallsForTests.published(this.calls, this.programme, "Éjféli határidő",
				CallsForTests.budapest(this.clock.instant()).minusDays(1), day.atTime(23, 59));
		String inTime = approved("idoben@example.hu", ksh("Fót"));
		String late = approved("kesve@example.hu", ksh("Csömör"));
		long onTime = start(inTime, callId);
		long tooLate = start(late, callId);
		complete(inTime, onTime);
		complete(late, tooLate);

		// Incomplete: every missing required section is named
		long empty = start(approved("ures@example.hu", ksh("Kerepes")), callId);
		this.mvc
			.perform(as("ures@example.hu", post("/fiok/palyazatok/" + empty)).param("version", "0")
				.param("action", "submit"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"title-error\""),
					containsString("id=\"section-SUMMARY-error\""), containsString("id=\"section-DECLARATION-error\""),
					not(containsString("id=\"section-OPEN_DAY-error\"")),
					// once each, though both the save and the sending found it
					not(containsString("a beküldés előtt.<br")))))
			// and listed at the top of the page, each a link to its field
			.andExpect(content().string(stringContainsInOrder("class=\"error-summary\"",
					"<a href=\"#title\">A gyakorlat címe: ",
					"<a href=\"#section-SUMMARY\">Rövid összefoglaló: Kérjük, töltse ki ezt a részt a beküldés előtt.</a>",
					"<a href=\"#section-DECLARATION\">Nyilatkozat: ", "<form id=\"urlap\"")));

		moveClockTo(ZonedDateTime.of(day, LocalTime.of(23, 59, 59), HungarianFormats.BUDAPEST).toInstant());
		submit(inTime, onTime).andExpect(flash().attribute("flashKey", "submission.submitted"));
		assertThat(this.submissions.find(onTime).orElseThrow().status()).isEqualTo(SubmissionStatus.SUBMITTED);

		// Twice: refused, and the text stays as submitted
		this.mvc
			.perform(as(inTime, post("/fiok/palyazatok/" + onTime)).param("version", "2")
				.param("action", "submit")
				.param("title", "Átírva"))
			.andExpect(flash().attribute("flashKey", "submission.readOnly"));
		assertThat(this.submissions.find(onTime).orElseThrow().title()).isEqualTo("Idősek nappali klubja");
		assertThat(this.submissions.find(onTime).orElseThrow().history()).extracting("status")
			.containsExactly(SubmissionStatus.DRAFT, SubmissionStatus.SUBMITTED);

		moveClockTo(ZonedDateTime.of(day.plusDays(1), LocalTime.MIDNIGHT, HungarianFormats.BUDAPEST).toInstant());
		submit(late, tooLate).andExpect(status().isOk())
			.andExpect(content().string(containsString("A beadási határidő lejárt")));
		assertThat(this.submissions.find(tooLate).orElseThrow().status()).isEqualTo(SubmissionStatus.DRAFT);

		// Read-only afterwards, the status follows the evaluation's news, once however
		// often it arrives
		News accepted = new News(onTime, List.of(SubmissionStatus.FORMALLY_ACCEPTED), this.clock.instant(),
				"biralo@example.hu", "Formailag rendben.", 1);
		this.transaction.executeWithoutResult((status) -> this.events.publishEvent(accepted));
		Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.until(() -> this.submissions.find(onTime).orElseThrow().status() == SubmissionStatus.FORMALLY_ACCEPTED);
		this.transaction.executeWithoutResult((status) -> this.events.publishEvent(accepted));
		this.transaction.executeWithoutResult((status) -> this.events.publishEvent(new News(onTime,
				List.of(SubmissionStatus.UNDER_EVALUATION), this.clock.instant(), "biralo@example.hu", "", 2)));
		Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.until(() -> this.submissions.find(onTime).orElseThrow().status() == SubmissionStatus.UNDER_EVALUATION);
		assertThat(this.submissions.find(onTime).orElseThrow().history()).extracting("status")
			.containsExactly(SubmissionStatus.DRAFT, SubmissionStatus.SUBMITTED, SubmissionStatus.FORMALLY_ACCEPTED,
					SubmissionStatus.UNDER_EVALUATION);
		this.mvc.perform(as(inTime, get("/fiok/palyazatok/" + onTime)))
			.andExpect(
					content().string(allOf(containsString("Formailag megfelelt"), containsString("Formailag rendben."),
							not(containsString("name=\"action\"")), not(containsString("beküldő: " + inTime)),
							// the optional open day, left empty, says so under its
							// heading
							containsString("Nem töltötték ki (nem kötelező rész)."))));
		assertThat(queuedTo(inTime)).anyMatch((mail) -> mail.getSubject().contains("Beérkezett pályázat"));
	}

	@Test
	void attachmentsAreJudgedByTheirBytesAndTheirSize() throws Exception {
		String kshCode = ksh("Pécel");
		long callId = openCall("Mellékletek");
		String applicant = approved("csatol@pecel.example.hu", kshCode);
		long id = start(applicant, callId);

		upload(applicant, id,
				new MockMultipartFile("file", "beszamolo.pdf", "application/pdf",
						"%PDF-1.4 rövid".getBytes(StandardCharsets.UTF_8)))
			.andExpect(redirectedUrl("/fiok/palyazatok/" + id + "#mellekletek"));
		upload(applicant, id, new MockMultipartFile("file", "leiras.docx", "application/octet-stream", docx()))
			.andExpect(redirectedUrl("/fiok/palyazatok/" + id + "#mellekletek"));
		upload(applicant, id,
				new MockMultipartFile("file", "virus.pdf", "application/pdf",
						"<html>nem PDF</html>".getBytes(StandardCharsets.UTF_8)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Csak PDF, JPEG, PNG vagy DOCX fájl tölthető fel")));
		upload(applicant, id, new MockMultipartFile("file", "zip.docx", "application/zip", zip("egyeb.txt")))
			.andExpect(content().string(containsString("Csak PDF, JPEG, PNG vagy DOCX fájl tölthető fel")));
		byte[] big = new byte[this.submissions.attachmentMaxBytes() + 1];
		big[0] = '%';
		big[1] = 'P';
		big[2] = 'D';
		big[3] = 'F';
		big[4] = '-';
		upload(applicant, id, new MockMultipartFile("file", "nagy.pdf", "application/pdf", big))
			.andExpect(content().string(containsString("A fájl túl nagy")));
		upload(applicant, id, new MockMultipartFile("file", "", "application/pdf", new byte[0]))
			.andExpect(content().string(containsString("Válasszon egy fájlt.")));

		SubmissionView submission = this.submissions.find(id).orElseThrow();
		assertThat(submission.attachments()).extracting(SubmissionView.AttachmentView::filename)
			.containsExactly("beszamolo.pdf", "leiras.docx");
		long pdfId = submission.attachments().get(0).id();
		this.mvc.perform(as(applicant, get("/fiok/palyazatok/" + id + "/mellekletek/" + pdfId)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));
		this.mvc.perform(as(applicant, post("/fiok/palyazatok/" + id + "/mellekletek/" + pdfId + "/torles")))
			.andExpect(flash().attribute("flashKey", "submission.attachment.removed"));
		assertThat(this.submissions.find(id).orElseThrow().attachments()).hasSize(1);
	}

	private ResultActions upload(String email, long id, MockMultipartFile file) throws Exception {
		return this.mvc.perform(as(email, multipart("/fiok/palyazatok/" + id + "/mellekletek").file(file)));
	}

	private ResultActions save(String email, long id, long version, String title, String summary) throws Exception {
		return this.mvc.perform(as(email, post("/fiok/palyazatok/" + id)).param("version", String.valueOf(version))
			.param("title", title)
			.param("sections[SUMMARY]", summary));
	}

	private ResultActions autosave(String email, long id, long version, String title, String summary) throws Exception {
		return this.mvc
			.perform(as(email, post("/fiok/palyazatok/" + id + "/vazlat")).param("version", String.valueOf(version))
				.param("title", title)
				.param("sections[SUMMARY]", summary));
	}

	private ResultActions submit(String email, long id) throws Exception {
		long version = this.submissions.find(id).orElseThrow().version();
		return this.mvc.perform(as(email, post("/fiok/palyazatok/" + id)).param("version", String.valueOf(version))
			.param("action", "submit")
			.param("title", "Idősek nappali klubja")
			.params(filledSections()));
	}

	/** Every required section filled in. */
	private void complete(String email, long id) throws Exception {
		long version = this.submissions.find(id).orElseThrow().version();
		this.mvc
			.perform(as(email, post("/fiok/palyazatok/" + id)).param("version", String.valueOf(version))
				.param("title", "Idősek nappali klubja")
				.params(filledSections()))
			.andExpect(status().is3xxRedirection());
	}

	private static org.springframework.util.MultiValueMap<String, String> filledSections() {
		org.springframework.util.LinkedMultiValueMap<String, String> sections = new org.springframework.util.LinkedMultiValueMap<>();
		for (SectionKind kind : SectionKind.values()) {
			if (kind != SectionKind.OPEN_DAY) {
				sections.add("sections[" + kind + "]", "Szöveg: " + kind);
			}
		}
		return sections;
	}

	private long openCall(String theme) {
		LocalDateTime now = CallsForTests.budapest(this.clock.instant());
		return CallsForTests.published(this.calls, this.programme, theme, now.minusDays(1), now.plusDays(30));
	}

	private String approved(String email, String kshCode) {
		this.links.claim(email, kshCode);
		long linkId = this.links.pending()
			.stream()
			.filter((link) -> link.email().equals(email) && link.kshCode().equals(kshCode))
			.findFirst()
			.orElseThrow()
			.id();
		this.links.decide(linkId, true, "iroda@example.hu");
		return email;
	}

	private long start(String email, long callId) throws Exception {
		String location = this.mvc.perform(as(email, post("/fiok/palyazatok")).param("callId", String.valueOf(callId)))
			.andExpect(redirectedUrlPattern("/fiok/palyazatok/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private String ksh(String name) {
		return this.directory.search(name, 50)
			.stream()
			.filter((municipality) -> municipality.name().equals(name))
			.findFirst()
			.orElseThrow()
			.kshCode();
	}

	private void moveClockTo(Instant instant) {
		this.clock.advance(Duration.between(this.clock.instant(), instant));
	}

	private java.util.List<OutboxMessage> queuedTo(String email) {
		return this.outbox.messages(null, PageRequest.of(0, 200))
			.stream()
			.filter((message) -> message.getRecipient().equals(email))
			.toList();
	}

	private static byte[] docx() throws IOException {
		return zip("word/document.xml");
	}

	private static byte[] zip(String entry) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry(entry));
			zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
		}
		return bytes.toByteArray();
	}

	private static <B extends AbstractMockHttpServletRequestBuilder<B>> B as(String email, B request) {
		return request.with(user(email).roles("APPLICANT")).with(csrf());
	}

	private static MockHttpServletRequestBuilder asAdmin(MockHttpServletRequestBuilder request) {
		return request.with(user("iroda@example.hu").roles("ADMIN")).with(csrf());
	}

	/** A later stage's news, as the evaluation sends it. */
	record News(long submissionId, List<SubmissionStatus> shownStatuses, Instant changedAt, String changedBy,
			String reason, int sequence) implements ApplicantStatusNews {

	}

}
