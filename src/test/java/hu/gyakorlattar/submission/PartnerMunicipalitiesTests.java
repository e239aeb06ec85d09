package hu.gyakorlattar.submission;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import hu.gyakorlattar.call.CallManagement;
import hu.gyakorlattar.call.CallsForTests;
import hu.gyakorlattar.call.SectionKind;
import hu.gyakorlattar.municipality.MunicipalityDirectory;
import hu.gyakorlattar.programme.ProgrammeManagement;
import hu.gyakorlattar.shared.ApplicationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Small villages apply together: the applying municipality names its partners from the
 * gazetteer, each refused field says why (unknown, the applicant itself, named twice)
 * without losing the texts, and the partners are shown on the application, to the office
 * and to the committee.
 */
@ApplicationTest
class PartnerMunicipalitiesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicantLinks links;

	@Autowired
	SubmissionManagement submissions;

	@Autowired
	CallManagement calls;

	@Autowired
	ProgrammeManagement programme;

	@Autowired
	MunicipalityDirectory directory;

	@Autowired
	Clock clock;

	@Test
	void partnersComeFromTheGazetteerAndEveryWrongOneIsNamedBesideItsField() throws Exception {
		String vacegres = ksh("Vácegres");
		String applicant = "jegyzo@vacegres-partner.example.hu";
		this.links.claim(applicant, vacegres);
		this.links.decide(this.links.pending()
			.stream()
			.filter((link) -> link.email().equals(applicant))
			.findFirst()
			.orElseThrow()
			.id(), true, "iroda@example.hu");
		LocalDateTime now = CallsForTests.budapest(this.clock.instant());
		long callId = CallsForTests.published(this.calls, this.programme, "Közös pályázat", now.minusDays(1),
				now.plusDays(30));
		String location = this.mvc
			.perform(as(applicant, post("/fiok/palyazatok")).param("callId", String.valueOf(callId)))
			.andExpect(redirectedUrlPattern("/fiok/palyazatok/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		this.mvc.perform(as(applicant, get("/fiok/palyazatok/" + id)))
			.andExpect(content().string(allOf(containsString("id=\"partner-0\""), containsString("id=\"partner-1\""),
					containsString("list=\"municipality-options\""))));

		this.mvc
			.perform(save(applicant, id, 0).param("partners[0]", "Nincsilyenfalva")
				.param("partners[1]", "Vácegres (" + vacegres + ")")
				.param("partners[2]", "Galgamácsa")
				.param("partners[3]", ksh("Galgamácsa"))
				.param("partners[4]", "Valami (99999)"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"partner-0-error\""),
					containsString("Nincs ilyen nevű település a helységnévtárban."),
					containsString("Vácegres maga a pályázó önkormányzat, nem lehet a saját partnere."),
					containsString("Galgamácsa már szerepel a partnerek között."),
					containsString("Nincs 99999 KSH-kódú település a helységnévtárban."),
					not(containsString("id=\"partner-2-error\"")), containsString("Közös kerti program"))))
			.andExpect(content().string(containsString(
					"<a href=\"#partner-1\">2. partner település: Vácegres maga a pályázó önkormányzat")));
		assertThat(this.submissions.find(id).orElseThrow().version()).as("nothing saved").isZero();
		// Sent with a wrong partner and empty sections, all are named at once
		this.mvc
			.perform(as(applicant, post("/fiok/palyazatok/" + id)).param("version", "0")
				.param("title", "Közös kerti program")
				.param("partners[0]", "Nincsilyenfalva")
				.param("action", "submit"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<a href=\"#partner-0\">1. partner település: "),
					containsString("<a href=\"#section-PROBLEM\">A probléma vagy igény: "))));
		assertThat(this.submissions.find(id).orElseThrow().version()).as("nothing saved").isZero();

		this.mvc
			.perform(save(applicant, id, 0).param("partners[0]", "galgamacsa")
				.param("partners[1]", "")
				.param("partners[2]", "Erdőkertes (" + ksh("Erdőkertes") + ")"))
			.andExpect(redirectedUrl("/fiok/palyazatok/" + id));
		assertThat(this.submissions.find(id).orElseThrow().partners()).extracting(SubmissionView.Partner::name)
			.containsExactly("Galgamácsa", "Erdőkertes");
		this.mvc.perform(as(applicant, get("/fiok/palyazatok/" + id)))
			.andExpect(content().string(allOf(containsString("Galgamácsa, Erdőkertes"),
					containsString("value=\"Galgamácsa (" + ksh("Galgamácsa") + ")\""))));

		this.mvc
			.perform(save(applicant, id, 1).param("partners[0]", "Galgamácsa (" + ksh("Galgamácsa") + ")")
				.param("partners[1]", "Erdőkertes (" + ksh("Erdőkertes") + ")")
				.param("action", "submit"))
			.andExpect(redirectedUrl("/fiok/palyazatok/" + id));
		this.mvc.perform(as(applicant, get("/fiok/palyazatok/" + id)))
			.andExpect(content().string(containsString("Galgamácsa, Erdőkertes")));
		this.mvc.perform(get("/admin/palyazatok/" + id).with(user("iroda@example.hu").roles("ADMIN")))
			.andExpect(content().string(containsString("Galgamácsa, Erdőkertes")));
		Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> this.mvc
				.perform(get("/bizottsagi-ertekeles/palyazatok/" + id)
					.with(user("bizottsag-partner@example.hu").roles("COMMITTEE")))
				.andExpect(content().string(containsString("Galgamácsa, Erdőkertes"))));
	}

	private MockHttpServletRequestBuilder save(String applicant, long id, long version) {
		MockHttpServletRequestBuilder request = as(applicant, post("/fiok/palyazatok/" + id))
			.param("version", String.valueOf(version))
			.param("title", "Közös kerti program");
		for (SectionKind kind : SectionKind.values()) {
			if (kind != SectionKind.OPEN_DAY) {
				request.param("sections[" + kind + "]", "Szöveg: " + kind);
			}
		}
		return request;
	}

	private String ksh(String name) {
		return this.directory.search(name, 50)
			.stream()
			.filter((municipality) -> municipality.name().equals(name))
			.findFirst()
			.orElseThrow()
			.kshCode();
	}

	private static MockHttpServletRequestBuilder as(String email, MockHttpServletRequestBuilder request) {
		return request.with(user(email).roles("APPLICANT")).with(csrf());
	}

}
