package hu.gyakorlattar.registration;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import hu.gyakorlattar.campaign.CampaignsForRegistrationTests;
import hu.gyakorlattar.campaign.Invitations;
import hu.gyakorlattar.conference.ConferenceManagement;
import hu.gyakorlattar.conference.ConferencesForRegistrationTests;
import hu.gyakorlattar.shared.AdjustableClock;
import hu.gyakorlattar.shared.ApplicationTest;
import hu.gyakorlattar.shared.HungarianFormats;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The programme office's statistics of a conference: people and distinct municipalities
 * by county, legal status and population band, guests of organisations apart, only the
 * registrations that stand counted, and the running total day by day since the first
 * invitation went out. Registrations come from real municipalities of the bundled KSH
 * gazetteer; the clock moves by whole days between them.
 */
@ApplicationTest
@AdjustableClock.Stopped
class RegistrationStatisticsTests {

	// KSH codes of the 2024 gazetteer, with what it says of them.
	/** Baranya, county seat with county rights, 140 330 people. */
	static final String PECS = "19415";

	/** Baranya, község, 615 people. */
	static final String ABALIGET = "12548";

	/** Pest, nagyközség, 6 499 people. */
	static final String SZADA = "21458";

	/** Budapest's 1st district, 24 203 people. */
	static final String BUDAPEST_01 = "09566";

	/** Zala, county seat with county rights, 55 152 people. */
	static final String ZALAEGERSZEG = "32054";

	/** Szabolcs-Szatmár-Bereg, nagyközség, 1 088 people. */
	static final String TISZABECS = "17817";

	/** Pest, város, 34 001 people. */
	static final String VAC = "24934";

	@Autowired
	MockMvc mvc;

	@Autowired
	ConfirmingAndCancelling registrations;

	@Autowired
	Registering registering;

	@Autowired
	RegistrationRepository repository;

	@Autowired
	ConferenceManagement conferences;

	@Autowired
	Invitations invitations;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	AdjustableClock clock;

	@Autowired
	ApplicationContext context;

	@Test
	void theOfficeSeesPeopleAndMunicipalitiesByCountyStatusAndSizeAndEachDaySinceTheInvitation() throws Exception {
		LocalDate invitationDay = today();
		Instant invitationSent = this.clock.instant();
		long id = conference("Statisztikai próba", 20, 5);
		this.transaction.executeWithoutResult((status) -> {
			CampaignsForRegistrationTests.draft(this.context, id, invitationSent.minus(Duration.ofDays(1)));
			CampaignsForRegistrationTests.sentAt(this.context, id, invitationSent);
			CampaignsForRegistrationTests.sentAt(this.context, id, invitationSent.plus(Duration.ofDays(2)));
		});
		assertThat(this.invitations.firstSentAt(id)).contains(invitationSent);

		this.clock.advance(Duration.ofDays(1));
		confirmed(id, "pecs.egy@example.hu", PECS, null);
		confirmed(id, "pecs.ketto@example.hu", PECS, null);
		confirmed(id, "abaliget@example.hu", ABALIGET, null);
		this.clock.advance(Duration.ofDays(2));
		confirmed(id, "szada@example.hu", SZADA, null);
		confirmed(id, "budapest01@example.hu", BUDAPEST_01, null);
		// The conference is full: the rest wait for a place, and are counted.
		confirmed(id, "zalaegerszeg@example.hu", ZALAEGERSZEG, null);
		confirmed(id, "vendeg@toosz.example.hu", null, "TÖOSZ");
		// Neither an unconfirmed request nor a cancellation counts.
		register(id, "tiszabecs@example.hu", TISZABECS, null);
		String vac = confirmed(id, "vac@example.hu", VAC, null);
		this.transaction.executeWithoutResult((status) -> this.registrations.cancel(vac));

		Document page = page(id);
		assertThat(page.select("h1").text()).isEqualTo("Regisztrációs statisztika: Statisztikai próba");
		assertThat(page.getElementById("summary").text())
			.isEqualTo("7 fő regisztrált 5 különböző településről; közülük 1 fő nem önkormányzati vendég "
					+ "(szervezet képviseletében).");
		assertThat(page.select("main p.muted").text())
			.contains("megerősített (5), a várólistás (2) és a részt vett (0)")
			.contains("Nem számoltuk: 1 megerősítetlen és 1 lemondott regisztráció.");

		List<Element> tables = page.select("table.bars");
		assertThat(tables).hasSize(3);
		Map<String, List<String>> counties = lines(tables.get(0));
		assertThat(counties).as("all nineteen counties, Budapest and the guests").hasSize(21);
		assertThat(counties.keySet()).startsWith("Bács-Kiskun", "Baranya", "Békés", "Borsod-Abaúj-Zemplén", "Budapest");
		assertThat(counties).contains(entry("Baranya", List.of("3", "2")), entry("Pest", List.of("1", "1")),
				entry("Budapest", List.of("1", "1")), entry("Zala", List.of("1", "1")),
				entry("Szabolcs-Szatmár-Bereg", List.of("0", "0")), entry("Vas", List.of("0", "0")),
				entry("Nem önkormányzati vendégek (szervezet)", List.of("1", "–")));
		assertThat(tables.get(0).select("tr:contains(Baranya) rect.people").attr("width")).isEqualTo("100");
		assertThat(tables.get(0).select("tr:contains(Baranya) rect.municipalities").attr("width")).isEqualTo("67");

		assertThat(lines(tables.get(1))).containsExactly(entry("főváros", List.of("0", "0")),
				entry("fővárosi kerület", List.of("1", "1")),
				entry("megyeszékhely, megyei jogú város", List.of("3", "2")),
				entry("megyei jogú város", List.of("0", "0")), entry("város", List.of("0", "0")),
				entry("nagyközség", List.of("1", "1")), entry("község", List.of("1", "1")),
				entry("Nem önkormányzati vendégek (szervezet)", List.of("1", "–")));
		assertThat(lines(tables.get(2))).containsExactly(entry("1000 fő alatt", List.of("1", "1")),
				entry("1000–5000 fő", List.of("0", "0")), entry("5000–20 000 fő", List.of("1", "1")),
				entry("20 000–100 000 fő", List.of("2", "2")), entry("100 000 fő felett", List.of("2", "1")),
				entry("Nem önkormányzati vendégek (szervezet)", List.of("1", "–")));

		// The map shows the municipalities, each county on its tile.
		assertThat(page.select("figure.county-map g.tile title").eachText()).hasSize(20)
			.contains("Baranya: 2", "Budapest: 1", "Pest: 1", "Zala: 1", "Vas: 0");
		assertThat(page.select("figure.county-map svg").attr("aria-label"))
			.isEqualTo("Regisztrált települések vármegyénként (Budapest a kerületeivel együtt)");

		// Day by day from the first invitation (not the draft, not the second campaign).
		HungarianFormats formats = new HungarianFormats();
		LocaleContextHolder.setLocale(HungarianFormats.HUNGARIAN);
		assertThat(page.text())
			.contains("Az első meghívó kiküldésének napja: " + formats.calendarDate(invitationDay) + "; a diagram ezt");
		assertThat(page.select("figure.timeline g.days rect")).hasSize(4);
		assertThat(page.select("figure.timeline g.days rect.invitation")).hasSize(1);
		assertThat(page.select("figure.timeline .invitation-marker text").text())
			.isEqualTo("Meghívó: " + formats.shortDay(invitationDay));
		assertThat(page.select("figure.timeline svg").attr("aria-label"))
			.isEqualTo("A regisztrációk napról napra " + "összesített száma (" + formats.shortDay(invitationDay) + " – "
					+ formats.shortDay(invitationDay.plusDays(3)) + "); összesen 7 fő.");
		assertThat(page.select("details table tbody tr").eachText()).containsExactly(
				formats.calendarDate(invitationDay) + " (meghívó) 0 0",
				formats.calendarDate(invitationDay.plusDays(1)) + " 3 3",
				formats.calendarDate(invitationDay.plusDays(2)) + " 0 3",
				formats.calendarDate(invitationDay.plusDays(3)) + " 4 7");

		LocaleContextHolder.resetLocaleContext();

		// The same numbers for Excel.
		String csv = new String(this.mvc.perform(get("/admin/esemenyek/{id}/statisztika.csv", id).with(admin()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFFBontás;Megnevezés;Fő;Település\r\n")
			.contains("Vármegyénként;Baranya;3;2\r\n")
			.contains("Jogállás szerint;megyeszékhely, megyei jogú város;3;2\r\n")
			.contains("Lakónépesség szerint;Nem önkormányzati vendégek (szervezet);1;\r\n");

		// The registrations' list leads here.
		String list = this.mvc.perform(get("/admin/esemenyek/{id}/regisztraciok", id).with(admin()))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(Jsoup.parse(list).select("a[href=/admin/esemenyek/" + id + "/statisztika]")).hasSize(1);
		String english = this.mvc
			.perform(get("/admin/esemenyek/{id}/regisztraciok", id).param("lang", "en").with(admin()))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(Jsoup.parse(english).select("main p").eachText())
			.anyMatch((line) -> line.matches("\\d+ registrations in all; \\d+ different municipalities\\."));
	}

	@Test
	void theDemoConferenceThatIsOverHasRegistrantsFromAcrossTheCountry() throws Exception {
		long demo = this.conferences.past()
			.stream()
			.filter((past) -> past.title().equals("Önkormányzati innovációk és jó gyakorlatok"))
			.findFirst()
			.orElseThrow()
			.id();
		// Ten made-up registrants, one of whom cancelled; one is a guest of TINLAB.
		assertThat(page(demo).getElementById("summary").text())
			.startsWith("9 fő regisztrált 8 különböző településről; közülük 1 fő nem önkormányzati vendég");
	}

	@Test
	void aConferenceWithoutRegistrationsSaysSoAndWithoutAnInvitationTheChartStartsAtTheFirstRegistration()
			throws Exception {
		long id = conference("Üres konferencia", 10, 50);
		Document empty = page(id);
		assertThat(empty.getElementById("summary").text()).startsWith("0 fő regisztrált 0 különböző településről");
		assertThat(empty.text()).contains("Még nincs megerősített regisztráció erre a konferenciára.")
			.contains("Még nincs mit ábrázolni");
		assertThat(empty.select("table.bars")).isEmpty();
		assertThat(empty.select("figure.timeline")).isEmpty();

		// An unconfirmed request changes nothing but the count of requests.
		register(id, "varakozo@example.hu", SZADA, null);
		assertThat(page(id).text()).contains("1 megerősítetlen").contains("Még nincs mit ábrázolni");

		confirmed(id, "egyetlen@example.hu", null, "Magyar Faluszövetség");
		Document one = page(id);
		assertThat(one.getElementById("summary").text())
			.startsWith("1 fő regisztrált 0 különböző településről; közülük 1 fő nem önkormányzati vendég");
		assertThat(one.text()).contains("Erre a konferenciára nem ment ki meghívó");
		assertThat(one.select("figure.timeline g.days rect")).hasSize(1);
		assertThat(one.select("figure.timeline .invitation-marker")).isEmpty();
		assertThat(lines(one.select("table.bars").get(0))).containsEntry("Pest", List.of("0", "0"))
			.containsEntry("Nem önkormányzati vendégek (szervezet)", List.of("1", "–"));
	}

	@Test
	void anUnknownConferenceIsNotFound() throws Exception {
		this.mvc.perform(get("/admin/esemenyek/{id}/statisztika", 987654321L).with(admin()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/admin/esemenyek/{id}/statisztika.csv", 987654321L).with(admin()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/admin/esemenyek/nem-szam/statisztika").with(admin()))
			.andExpect(status().is4xxClientError());
	}

	@Test
	void englishReadersGetEnglishLabels() throws Exception {
		long id = conference("Nyelvi próba", 10, 50);
		confirmed(id, "english@example.hu", PECS, null);
		String html = this.mvc.perform(get("/admin/esemenyek/{id}/statisztika", id).param("lang", "en").with(admin()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		Document page = Jsoup.parse(html);
		assertThat(page.getElementById("summary").text()).startsWith("1 people registered from 1 different");
		assertThat(lines(page.select("table.bars").get(1))).containsEntry("county seat, city with county rights",
				List.of("1", "1"));
		assertThat(page.select("figure.timeline svg").attr("aria-label")).startsWith("Registrations, running total")
			.endsWith("1 people in all.");
	}

	private Document page(long id) throws Exception {
		String html = this.mvc.perform(get("/admin/esemenyek/{id}/statisztika", id).with(admin()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return Jsoup.parse(html);
	}

	/** Each line's label and its two numbers, people and municipalities. */
	private static Map<String, List<String>> lines(Element table) {
		Map<String, List<String>> lines = new LinkedHashMap<>();
		for (Element row : table.select("tbody tr")) {
			lines.put(row.selectFirst("th").text(), row.select("td.number").eachText());
		}
		return lines;
	}

	private static RequestPostProcessor admin() {
		return user("statisztika@gyakorlattar.example").roles("ADMIN");
	}

	private long conference(String title, int daysAhead, int capacity) {
		LocalDate day = today().plusDays(daysAhead);
		return this.transaction.execute((status) -> ConferencesForRegistrationTests.published(this.conferences, title,
				day, capacity, today().minusDays(1).atTime(9, 0), day.atTime(9, 0)));
	}

	private void register(long id, String email, String municipality, String organisation) {
		this.transaction
			.executeWithoutResult(
					(status) -> this.registering
						.register(id,
								new RegistrationForm("", "Próba", "Péter", email, "polgármester", municipality,
										organisation, null, null, true, false, false, null),
								HungarianFormats.HUNGARIAN));
	}

	private String confirmed(long id, String email, String municipality, String organisation) {
		register(id, email, municipality, organisation);
		String token = this.repository.findByConferenceIdAndEmailKey(id, email).orElseThrow().getPersonalToken();
		this.transaction.executeWithoutResult((status) -> this.registrations.confirm(token));
		return token;
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), HungarianFormats.BUDAPEST);
	}

}
