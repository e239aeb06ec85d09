package hu.gyakorlattar.practice;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import hu.gyakorlattar.account.AccountManagement;
import hu.gyakorlattar.account.InvitationForm;
import hu.gyakorlattar.account.Role;
import hu.gyakorlattar.mail.MailOutbox;
import hu.gyakorlattar.mail.OutboxMessage;
import hu.gyakorlattar.programme.ProgrammeManagement;
import hu.gyakorlattar.shared.ApplicationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The office writes the knowledge base: drafts stay hidden until published, bad input
 * gets a message next to its field, every change is a revision with who and when, a
 * renamed practice keeps its old address, and attachments are checked by content. Shares
 * the context: it withdraws the practices it made, so the other tests' counts stay.
 */
@ApplicationTest
class PracticeEditingTests {

	static final String EDITOR = "szerkeszto@example.hu";

	@Autowired
	MockMvc mvc;

	@Autowired
	PracticeManagement practices;

	@Autowired
	EditingPractices editing;

	@Autowired
	ProgrammeManagement programme;

	@Autowired
	AccountManagement accounts;

	@Autowired
	MailOutbox outbox;

	/** What this test made, withdrawn afterwards: the knowledge base is shared. */
	private final List<Long> created = new ArrayList<>();

	@AfterEach
	void withdrawWhatThisTestPublished() {
		this.created.forEach((id) -> this.editing.withdraw(id, EDITOR));
	}

	@Test
	void aDraftIsHiddenUntilPublishedAndEveryChangeIsARevisionWithWhoAndWhen() throws Exception {
		long id = create(form("Esővízgyűjtő ciszternák a közintézményekben", "21458"));
		Practice draft = this.editing.practiceForEditor(id);
		assertThat(draft.getSlug()).isEqualTo("esovizgyujto-ciszternak-a-kozintezmenyekben");
		this.mvc.perform(get("/gyakorlatok/" + draft.getSlug())).andExpect(status().isNotFound());
		assertThat(this.practices.search(PracticeSearchTests.query("esővízgyűjtő"), Locale.ROOT).total()).isZero();

		this.mvc.perform(asEditor(post("/admin/gyakorlatok/" + id + "/kozzetetel")))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/gyakorlatok/" + draft.getSlug()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Esővízgyűjtő ciszternák")));
		assertThat(this.practices.search(PracticeSearchTests.query("esovizgyujto"), Locale.ROOT).total()).isEqualTo(1);

		assertThat(this.editing.revisions(id)).extracting((revision) -> revision.getChange().name())
			.containsExactly("PUBLISHED", "CREATED");
		assertThat(this.editing.revisions(id)).allSatisfy((revision) -> {
			assertThat(revision.getRevisedBy()).isEqualTo(EDITOR);
			assertThat(revision.getRevisedAt()).isNotNull();
			assertThat(revision.getSnapshot()).contains("Esővízgyűjtő ciszternák");
		});
		this.mvc.perform(asEditor(get("/admin/gyakorlatok/" + id)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(EDITOR)))
			.andExpect(content().string(containsString("közzététel")));
	}

	@Test
	void aRenamedPracticeKeepsItsOldAddressAsARedirect() throws Exception {
		long id = create(form("Közösségi komposztálás a lakótelepeken", "21458"));
		this.editing.publish(id, EDITOR);
		String oldSlug = this.editing.practiceForEditor(id).getSlug();

		this.mvc
			.perform(asEditor(post("/admin/gyakorlatok/" + id))
				.params(params(form("Közösségi komposztálás minden városrészben", "21458"))))
			.andExpect(status().is3xxRedirection());
		String newSlug = this.editing.practiceForEditor(id).getSlug();

		assertThat(newSlug).isEqualTo("kozossegi-komposztalas-minden-varosreszben");
		this.mvc.perform(get("/gyakorlatok/" + oldSlug))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "/gyakorlatok/" + newSlug));
		this.mvc.perform(get("/gyakorlatok/" + newSlug)).andExpect(status().isOk());
		assertThat(this.editing.revisions(id)).extracting((revision) -> revision.getChange().name()).contains("EDITED");
	}

	@Test
	void twoPracticesWithTheSameTitleGetDifferentAddresses() {
		long first = create(form("Ugyanaz a cím", "21458"));
		long second = create(form("Ugyanaz a cím", "21458"));
		assertThat(this.editing.practiceForEditor(first).getSlug()).isEqualTo("ugyanaz-a-cim");
		assertThat(this.editing.practiceForEditor(second).getSlug()).isEqualTo("ugyanaz-a-cim-2");
	}

	@Test
	void badInputIsRefusedWithAMessageNextToTheField() throws Exception {
		expectFieldError(param("title", ""), "title", "Kérjük, töltse ki ezt a mezőt.");
		expectFieldError(param("municipalities", "99999"), "municipalities",
				"Nincs 99999 KSH-kódú település a helységnévtárban.");
		expectFieldError(param("municipalities", "Szada"), "municipalities", "„Szada” nem ötjegyű KSH-kód.");
		expectFieldError(param("websiteUrl", "javascript:alert(1)"), "websiteUrl",
				"Kérjük, http:// vagy https:// kezdetű webcímet adjon meg.");
		expectFieldError(param("startedOn", LocalDate.now().plusYears(1).toString()), "startedOn",
				"A kezdés dátuma nem lehet a jövőben.");
		expectFieldError(param("startedOn", "tavaly"), "startedOn", "Kérjük, érvényes dátumot adjon meg");
		expectFieldError(param("costHuf", "-5"), "costHuf", "A költség nem lehet negatív.");
		expectFieldError(param("costHuf", "sok"), "costHuf", "Kérjük, egész számot adjon meg, számjegyekkel");
		expectFieldError(param("cycleYear", "2019"), "cycleYear", "Nincs 2019. programév");
		expectFieldError(param("themeIds", ""), "themeIds", "Válasszon legalább egy témakört.");
		expectFieldError(param("contactEmail", "nem-email"), "contactEmail", "érvényes e-mail-címet");
		expectFieldError(param("summary", "x".repeat(1001)), "summary", "karakter lehet.");
	}

	@Test
	void markupInAnyFieldIsShownEscaped() throws Exception {
		PracticeForm form = form("<script>alert('x')</script> Kertek", "21458");
		long id = create(form);
		this.editing.publish(id, EDITOR);
		String slug = this.editing.practiceForEditor(id).getSlug();
		this.mvc.perform(get("/gyakorlatok/" + slug))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<script>alert"))))
			.andExpect(content().string(containsString("&lt;script&gt;")));
		this.mvc.perform(get("/gyakorlatok").param("q", "kertek script"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<script>alert"))));
	}

	@Test
	void attachmentsAreCheckedByContentSizeAndExtension() throws Exception {
		long id = create(form("Mellékletes gyakorlat", "21458"));
		byte[] pdf = "%PDF-1.4\n%test\n".getBytes(StandardCharsets.US_ASCII);
		byte[] png = new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0 };

		expectUploadError(id, new MockMultipartFile("file", "kep.pdf", "application/pdf", png),
				"nem egyezik a tartalmával");
		expectUploadError(id, new MockMultipartFile("file", "program.exe", "application/pdf", "MZ...".getBytes()),
				"Csak PDF, PNG vagy JPEG fájl");
		expectUploadError(id, new MockMultipartFile("file", "ures.pdf", "application/pdf", new byte[0]),
				"Kérjük, válasszon ki egy fájlt.");
		byte[] big = Arrays.copyOf(pdf, Upload.MAX_BYTES + 1);
		expectUploadError(id, new MockMultipartFile("file", "nagy.pdf", "application/pdf", big),
				"A fájl túl nagy: legfeljebb 10 MB lehet.");

		this.mvc
			.perform(asEditor(multipart("/admin/gyakorlatok/" + id + "/mellekletek")
				.file(new MockMultipartFile("file", "../../leiras.pdf", "text/plain", pdf))))
			.andExpect(status().is3xxRedirection());
		List<Attachment> attachments = this.practices.attachments(id);
		assertThat(attachments).singleElement().satisfies((attachment) -> {
			assertThat(attachment.getFileName()).isEqualTo("leiras.pdf");
			assertThat(attachment.getContentType()).isEqualTo("application/pdf");
		});
		String slug = this.editing.practiceForEditor(id).getSlug();
		String file = "/gyakorlatok/" + slug + "/mellekletek/" + attachments.get(0).getId();
		this.mvc.perform(get(file)).andExpect(status().isNotFound());
		this.editing.publish(id, EDITOR);
		this.mvc.perform(get(file))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));
	}

	private long create(PracticeForm form) {
		long id = this.editing.create(form, EDITOR).getId();
		this.created.add(id);
		return id;
	}

	private PracticeForm form(String title, String codes) {
		long theme = this.programme.cycle(2021).orElseThrow().themes().get(3).id();
		return new PracticeForm(title, "Rövid összefoglaló a gyakorlatról.", "A probléma.", "A megoldás.", "", null, "",
				Stage.RUNNING, "", "", 1_000_000L, "Eredmények.", "", "", "", "", codes, 2021, List.of(theme),
				AwardLevel.GOOD_PRACTICE, "víz, környezet", "", "", "", false, "", "", "", null);
	}

	private String[] param(String name, String value) {
		return new String[] { name, value };
	}

	private void expectFieldError(String[] change, String field, String message) throws Exception {
		var params = params(form("Hibás adatok próbája", "21458"));
		params.set(change[0], change[1]);
		String page = this.mvc.perform(asEditor(post("/admin/gyakorlatok/uj")).params(params))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).as(field).contains("id=\"" + field + "-error\"");
		assertThat(page.substring(page.indexOf("id=\"" + field + "-error\""))).as(field).contains(message);
		// and in the summary at the top, linked to the field (a group of boxes to its
		// first)
		assertThat(Jsoup.parse(page).select(".error-summary a[href^='#" + field + "']").eachText())
			.as(field + " in the error summary")
			.anyMatch((entry) -> entry.contains(message));
	}

	private void expectUploadError(long id, MockMultipartFile file, String message) throws Exception {
		String page = this.mvc.perform(asEditor(multipart("/admin/gyakorlatok/" + id + "/mellekletek").file(file)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("id=\"file-error\"").contains(message);
	}

	private static org.springframework.util.MultiValueMap<String, String> params(PracticeForm form) {
		var params = new org.springframework.util.LinkedMultiValueMap<String, String>();
		params.add("title", form.title());
		params.add("summary", form.summary());
		params.add("problem", form.problem());
		params.add("solution", form.solution());
		params.add("stage", form.stage().name());
		params.add("municipalities", form.municipalities());
		params.add("cycleYear", String.valueOf(form.cycleYear()));
		form.themeIds().forEach((theme) -> params.add("themeIds", String.valueOf(theme)));
		params.add("awardLevel", form.awardLevel().name());
		params.add("tags", form.tags());
		params.add("costHuf", String.valueOf(form.costHuf()));
		return params;
	}

	private static <B extends AbstractMockHttpServletRequestBuilder<B>> B asEditor(B request) {
		return request.with(csrf()).with(user(EDITOR).roles("ADMIN"));
	}

}
