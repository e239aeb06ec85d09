package hu.gyakorlattar.conference;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import hu.gyakorlattar.shared.ApplicationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The office's conference forms, refused, open with the GOV.UK error summary at the top
 * of the failed form: a link to each bad field naming it by its label and carrying the
 * message shown under that label, and everything typed kept.
 */
@ApplicationTest
@WithMockUser(roles = "ADMIN")
class ConferenceFormErrorSummaryTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ConferenceManagement conferences;

	@Test
	void aRefusedNewConferenceLinksEachBadFieldAndKeepsWhatWasTyped() throws Exception {
		Document page = refused(post("/admin/esemenyek/uj").with(csrf())
			.param("cycleYear", "2021")
			.param("title", "")
			.param("description", "Árvíztűrő tükörfúrógép")
			.param("date", "2032-10-05")
			.param("startTime", "09:05")
			.param("endTime", "12:30")
			.param("techHelpMinutes", "-5")
			.param("capacity", "0")
			.param("registrationOpens", "2032-01-01T09:00")
			.param("registrationCloses", "2032-02-01T09:00")
			.param("meetingUrl", "https://meet.jit.si/proba"));

		Element summary = summaryOf(page, "/admin/esemenyek/uj");
		assertLinksToMessagesUnderLabels(page, summary, "#title", "#techHelpMinutes", "#capacity", "#meetingKind");
		assertThat(page.getElementById("meetingKind").attr("type")).isEqualTo("radio");
		assertThat(page.getElementById("description").val()).isEqualTo("Árvíztűrő tükörfúrógép");
		assertThat(page.getElementById("date").val()).isEqualTo("2032-10-05");
		assertThat(page.getElementById("capacity").val()).isEqualTo("0");
		assertThat(page.getElementById("startTime").val()).isEqualTo("09:05");

		Document unreadable = refused(post("/admin/esemenyek/uj").with(csrf())
			.param("cycleYear", "2021")
			.param("title", "Olvashatatlan")
			.param("date", "2032-13-45")
			.param("startTime", "10:00")
			.param("endTime", "12:30")
			.param("techHelpMinutes", "30")
			.param("capacity", "sok")
			.param("registrationOpens", "2032-01-01T09:00")
			.param("registrationCloses", "2032-02-01T09:00")
			.param("meetingKind", "LINK"));
		// The missing meeting link is named in the same go, though the form could not be
		// read
		assertLinksToMessagesUnderLabels(unreadable, summaryOf(unreadable, "/admin/esemenyek/uj"), "#date", "#capacity",
				"#meetingUrl");
		assertThat(unreadable.getElementById("date").val()).isEqualTo("2032-13-45");
	}

	@Test
	void aRefusedEnglishTitleIsNamedAsItsFieldIsLabelled() throws Exception {
		Document page = refused(post("/admin/esemenyek/uj").with(csrf())
			.param("cycleYear", "2021")
			.param("title", "Angol cím")
			.param("titleEn", "Far too long ".repeat(25))
			.param("date", "2032-10-05")
			.param("startTime", "10:00")
			.param("endTime", "12:30")
			.param("techHelpMinutes", "30")
			.param("capacity", "120")
			.param("registrationOpens", "2032-01-01T09:00")
			.param("registrationCloses", "2032-10-04T12:00")
			.param("meetingKind", "LINK")
			.param("meetingUrl", "https://meet.jit.si/proba"));

		Element summary = summaryOf(page, "/admin/esemenyek/uj");
		assertLinksToMessagesUnderLabels(page, summary, "#titleEn");
		assertThat(summary.selectFirst("a").text()).isEqualTo("Cím – angolul: Legfeljebb 300 karakter lehet.");
	}

	@Test
	void aRefusedEditLinksTheFieldTheConferenceRejectedInBothLanguages() throws Exception {
		long id = conference("Hibaösszesítő a szerkesztésben");
		assertThat(Jsoup.parse(html(get("/admin/esemenyek/{id}", id))).select(".error-summary")).isEmpty();

		Document page = refused(edit(id, "Szerkesztett cím – ő"));
		assertLinksToMessagesUnderLabels(page, summaryOf(page, "/admin/esemenyek/" + id), "#endTime");
		assertThat(page.getElementById("endTime-error").text()).isEqualTo("A befejezés a kezdés után legyen.");
		assertThat(page.getElementById("title").val()).isEqualTo("Szerkesztett cím – ő");
		assertThat(page.select(".error-summary")).hasSize(1);

		Document english = refused(edit(id, "Edited").param("lang", "en"));
		Element summary = summaryOf(english, "/admin/esemenyek/" + id);
		assertThat(summary.selectFirst("h2").text()).isEqualTo("There is a problem");
		assertLinksToMessagesUnderLabels(english, summary, "#endTime");
		assertThat(english.getElementById("endTime-error").text()).isEqualTo("The end must come after the start.");
	}

	@Test
	void aRefusedNewAgendaItemLinksItsPrefixedFieldsOnTheConferencePage() throws Exception {
		long id = conference("Hibaösszesítő a programban");
		Document page = refused(post("/admin/esemenyek/{id}/program", id).with(csrf())
			.param("start", "09:05")
			.param("end", "")
			.param("kind", "QUESTIONS")
			.param("title", ""));

		Element summary = summaryOf(page, "/admin/esemenyek/" + id + "/program");
		assertLinksToMessagesUnderLabels(page, summary, "#programpont-end", "#programpont-title");
		assertThat(page.getElementById("programpont-start").val()).isEqualTo("09:05");
		assertThat(page.select("#programpont-kind option[selected]").val()).isEqualTo("QUESTIONS");
		// The conference's own form, above, shows nothing wrong.
		assertThat(page.select(".error-summary")).hasSize(1);
		assertThat(page.getElementById("title").hasAttr("aria-invalid")).isFalse();
	}

	@Test
	void aRefusedAgendaItemEditLinksEachBadFieldAndKeepsWhatWasTyped() throws Exception {
		long id = conference("Hibaösszesítő a programpontban");
		this.conferences.addAgendaItem(id, new AgendaItemForm(LocalTime.of(10, 0), LocalTime.of(10, 30),
				AgendaItemKind.TALK, "Előadás", List.of()));
		long item = this.conferences.find(id).orElseThrow().agenda().get(0).id();
		String action = "/admin/esemenyek/" + id + "/program/" + item;

		Document invalid = refused(post(action).with(csrf())
			.param("start", "09:05")
			.param("end", "10:30")
			.param("kind", "")
			.param("title", " "));
		assertLinksToMessagesUnderLabels(invalid, summaryOf(invalid, action), "#kind", "#title");
		assertThat(invalid.getElementById("start").val()).isEqualTo("09:05");

		Document backwards = refused(post(action).with(csrf())
			.param("start", "11:00")
			.param("end", "10:30")
			.param("kind", "TALK")
			.param("title", "Fordított előadás"));
		assertLinksToMessagesUnderLabels(backwards, summaryOf(backwards, action), "#end");
		assertThat(backwards.getElementById("title").val()).isEqualTo("Fordított előadás");
	}

	@Test
	void aRefusedPersonLinksTheMissingName() throws Exception {
		long id = conference("Hibaösszesítő a közreműködőknél");
		Document page = refused(multipart("/admin/esemenyek/{id}/kozremukodok", id).param("familyName", "Nagy")
			.param("givenName", "")
			.with(csrf()));

		assertLinksToMessagesUnderLabels(page, summaryOf(page, "/admin/esemenyek/" + id + "/kozremukodok"),
				"#givenName");
		assertThat(page.getElementById("familyName").val()).isEqualTo("Nagy");
		assertThat(this.conferences.people(id)).isEmpty();
	}

	/**
	 * The one summary of the page, first in the form with this action, titled and ready
	 * to take the focus.
	 */
	private static Element summaryOf(Document page, String action) {
		Element form = page.selectFirst("form[action='" + action + "']");
		Element summary = form.selectFirst(".error-summary");
		assertThat(summary).isNotNull();
		assertThat(form.select(".error-summary, .field, fieldset").first()).isEqualTo(summary);
		assertThat(summary.attr("role")).isEqualTo("alert");
		assertThat(summary.attr("tabindex")).isEqualTo("-1");
		assertThat(summary.selectFirst("h2").text()).isNotBlank();
		assertThat(page.select("script[src*=/js/error-summary]")).hasSize(1);
		return summary;
	}

	/**
	 * The summary links exactly these fields, in this order; each link's text is the
	 * field's label or legend, then the field's one message, which follows that label and
	 * precedes the field.
	 */
	private static void assertLinksToMessagesUnderLabels(Document page, Element summary, String... hrefs) {
		assertThat(summary.select("a").eachAttr("href")).containsExactly(hrefs);
		for (Element link : summary.select("a")) {
			String fieldId = link.attr("href").substring(1);
			Element field = page.getElementById(fieldId);
			Element message = page.getElementById(fieldId + "-error");
			assertThat(field).as(fieldId).isNotNull();
			assertThat(message).as(fieldId + "-error").isNotNull();
			assertThat(message.text()).isNotBlank();
			Element group = message.parent();
			assertThat(group.select(".field-error")).hasSize(1);
			Element label = group.child(0);
			assertThat(label.tagName()).isIn("label", "legend");
			assertThat(link.text()).isEqualTo(label.text() + ": " + message.text());
			Element fieldInGroup = field;
			while (fieldInGroup.parent() != group) {
				fieldInGroup = fieldInGroup.parent();
			}
			assertThat(fieldInGroup.elementSiblingIndex()).isGreaterThan(message.elementSiblingIndex());
		}
	}

	private Document refused(RequestBuilder request) throws Exception {
		return Jsoup.parse(html(request));
	}

	private String html(RequestBuilder request) throws Exception {
		return this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	/** The conference's own form, valid but for an end before the start. */
	private static MockHttpServletRequestBuilder edit(long id, String title) {
		return post("/admin/esemenyek/{id}", id).with(csrf())
			.param("cycleYear", "2021")
			.param("title", title)
			.param("date", "2032-10-05")
			.param("startTime", "10:00")
			.param("endTime", "09:00")
			.param("techHelpMinutes", "30")
			.param("capacity", "120")
			.param("registrationOpens", "2032-01-01T09:00")
			.param("registrationCloses", "2032-10-04T12:00")
			.param("meetingKind", "LINK")
			.param("meetingUrl", "https://meet.jit.si/proba");
	}

	private long conference(String title) {
		LocalDate day = LocalDate.of(2032, 10, 5);
		return this.conferences
			.create(new ConferenceForm(2021, null, title, "", day, LocalTime.of(10, 0), LocalTime.of(12, 30), 30, 120,
					LocalDateTime.of(2032, 1, 1, 9, 0), day.minusDays(1).atTime(12, 0), null, MeetingKind.LINK,
					"https://meet.jit.si/proba"))
			.getId();
	}

}
