package hu.gyakorlattar.registration;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import hu.gyakorlattar.conference.ConferenceManagement;
import hu.gyakorlattar.conference.ConferencesForRegistrationTests;
import hu.gyakorlattar.shared.ApplicationTest;
import hu.gyakorlattar.shared.HungarianFormats;
import hu.gyakorlattar.shared.HungarianWorkingDays;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
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
 * The office's side of the day-before link: when a conference's links go out and how many
 * went, whose link went when (on the list and in the exports), and one registrant's link
 * sent again through the outbox, once however often the button is pressed within the
 * minute. In the shared context, with no mail server: mails stay in the outbox.
 */
@ApplicationTest
class JoinLinkOfficeTests {

	private static final DateTimeFormatter HU_DATE_TIME = DateTimeFormatter.ofPattern("yyyy. MMMM d. (EEEE) H.mm",
			HungarianFormats.HUNGARIAN);

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	ConferenceManagement conferences;

	@Autowired
	RegistrationRepository repository;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Test
	void theOfficeSeesWhenTheLinksGoOutAndResendsOneOnceWithinTheMinute() throws Exception {
		LocalDate day = today().plusDays(8);
		long id = conference("Linkek az irodában", day);
		RegistrationsForTests.confirmed(this.context, id, "iroda.elso@example.hu", null, "Első Egyesület");
		RegistrationsForTests.confirmed(this.context, id, "iroda.masodik@example.hu", null, "Második Egyesület");
		long first = registrationId(id, "iroda.elso@example.hu");
		String dueAt = HU_DATE_TIME.format(HungarianWorkingDays.lastBefore(day).atTime(10, 0));

		this.mvc.perform(get("/admin/esemenyek/{id}/regisztraciok", id).with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"A személyes belépési linkek kiküldése: " + dueAt + ". Elküldve: 0 fő, még hátravan: 2 fő.")))
			.andExpect(content().string(containsString("/regisztraciok/" + first + "/belepesi-link")));

		String resend = "/admin/esemenyek/{c}/regisztraciok/{r}/belepesi-link";
		this.mvc.perform(post(resend, id, first).with(csrf()).with(admin()))
			.andExpect(redirectedUrl("/admin/esemenyek/" + id + "/regisztraciok"))
			.andExpect(flash().attribute("flashKey", "registration.admin.link.resent"));
		this.mvc.perform(post(resend, id, first).with(csrf()).with(admin()))
			.andExpect(flash().attribute("flashKey", "registration.admin.link.justSent"));
		assertThat(linkMailsTo("iroda.elso@example.hu")).as("a second click in the minute sends nothing").isOne();
		assertThat(linkMailsTo("iroda.masodik@example.hu")).isZero();

		Instant sentAt = this.repository.findById(first).orElseThrow().getJoinLinkSentAt();
		assertThat(sentAt).isNotNull();
		String sent = HU_DATE_TIME.format(sentAt.atZone(HungarianFormats.BUDAPEST));
		this.mvc.perform(get("/admin/esemenyek/{id}/regisztraciok", id).with(admin()))
			.andExpect(content().string(containsString("Elküldve: 1 fő, még hátravan: 1 fő.")))
			.andExpect(content().string(containsString(sent)));
	}

	@Test
	void aResendForAnotherConferencesRegistrationOrByANonAdminIsRefused() throws Exception {
		long id = conference("Idegen regisztráció", today().plusDays(9));
		long other = conference("Másik konferencia", today().plusDays(9));
		RegistrationsForTests.confirmed(this.context, other, "idegen@example.hu", null, "Idegen Egyesület");
		long foreign = registrationId(other, "idegen@example.hu");
		String resend = "/admin/esemenyek/{c}/regisztraciok/{r}/belepesi-link";

		this.mvc.perform(post(resend, id, foreign).with(csrf()).with(admin())).andExpect(status().isNotFound());
		this.mvc.perform(post(resend, 987654321L, foreign).with(csrf()).with(admin())).andExpect(status().isNotFound());
		this.mvc.perform(post(resend, id, 987654321L).with(csrf()).with(admin())).andExpect(status().isNotFound());
		this.mvc.perform(post(resend, other, foreign).with(csrf()).with(user("ertekelo@example.hu").roles("EVALUATOR")))
			.andExpect(status().isForbidden());
		this.mvc.perform(post(resend, other, foreign).with(admin())).andExpect(status().isForbidden());
		assertThat(linkMailsTo("idegen@example.hu")).isZero();
		assertThat(this.repository.findById(foreign).orElseThrow().getJoinLinkSentAt()).isNull();
	}

	@Test
	void theExportsSayWhenEachLinkWentOutTheSpreadsheetAsExcelDates() throws Exception {
		long id = conference("Link az exportban", today().plusDays(10));
		RegistrationsForTests.confirmed(this.context, id, "export.link@example.hu", null, "Export Egyesület");
		RegistrationsForTests.confirmed(this.context, id, "export.nincs@example.hu", null, "Nincs Egyesület");
		long sentTo = registrationId(id, "export.link@example.hu");
		this.mvc
			.perform(
					post("/admin/esemenyek/{c}/regisztraciok/{r}/belepesi-link", id, sentTo).with(csrf()).with(admin()))
			.andExpect(status().is3xxRedirection());
		Instant sentAt = this.repository.findById(sentTo).orElseThrow().getJoinLinkSentAt();

		String csv = new String(this.mvc.perform(get("/admin/esemenyek/{id}/regisztraciok.csv", id).with(admin()))
			.andReturn()
			.getResponse()
			.getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(csv).contains(";Regisztrált;Megerősítette;Belépési link elküldve;Belépett;");
		List<String> lines = csv.lines().toList();
		String linkCell = HU_DATE_TIME.format(sentAt.atZone(HungarianFormats.BUDAPEST));
		assertThat(lines).filteredOn((line) -> line.contains("export.link@example.hu"))
			.singleElement()
			.satisfies((line) -> assertThat(line.split(";", -1)[13]).isEqualTo(linkCell));
		assertThat(lines).filteredOn((line) -> line.contains("export.nincs@example.hu"))
			.singleElement()
			.satisfies((line) -> assertThat(line.split(";", -1)[13]).isEmpty());

		byte[] xlsx = this.mvc.perform(get("/admin/esemenyek/{id}/regisztraciok.xlsx", id).with(admin()))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			List<Row> rows = workbook.getFirstSheet().read();
			assertThat(rows.get(0).getCellText(13)).isEqualTo("Belépési link elküldve");
			Row sentRow = rows.stream()
				.filter((row) -> "export.link@example.hu".equals(row.getCellText(3)))
				.findFirst()
				.orElseThrow();
			assertThat(sentRow.getCell(13).getType()).isEqualTo(CellType.NUMBER);
			LocalDateTime excelDate = sentRow.getCellAsDate(13).orElseThrow();
			assertThat(Duration.between(LocalDateTime.ofInstant(sentAt, HungarianFormats.BUDAPEST), excelDate).abs())
				.isLessThan(Duration.ofSeconds(1));
			assertThat(sentRow.getCell(11).getType()).as("the registration time too").isEqualTo(CellType.NUMBER);
		}
	}

	long conference(String title, LocalDate day) {
		return this.transaction.execute((status) -> ConferencesForRegistrationTests.published(this.conferences, title,
				day, 50, today().minusDays(1).atTime(9, 0), day.minusDays(1).atTime(9, 0)));
	}

	long registrationId(long conferenceId, String email) {
		return this.repository.findByConferenceIdAndEmailKey(conferenceId, email).orElseThrow().getId();
	}

	long linkMailsTo(String address) {
		return this.jdbc.queryForObject(
				"select count(*) from mail_outbox where recipient = ? and template = 'registration/day-before-link'",
				Long.class, address);
	}

	LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), HungarianFormats.BUDAPEST);
	}

	static RequestPostProcessor admin() {
		return user("iroda@example.hu").roles("ADMIN");
	}

}
