package hu.gyakorlattar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import hu.gyakorlattar.shared.ApplicationTest;
import hu.gyakorlattar.shared.BrowserForm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every edit form of the programme office round-trips: the form of a saved record, read
 * and submitted unchanged exactly as a browser would, saves without a complaint and
 * changes nothing, neither in the database nor in the form shown afterwards, and every
 * date and time input holds a value a browser accepts. The records are made with tricky
 * data through the office's own forms: morning times (09.05, 09.30), accents, long names,
 * "dr." prefixes, multi-line texts, empty optional fields, and dates on the days the
 * clocks change in Budapest. The edit pages are read from Spring MVC, so a new one fails
 * {@link #everyEditPageOfTheOfficeIsChecked()} until it has its line in
 * {@link #editForms()}.
 */
@ApplicationTest
@WithMockUser(username = "roundtrip-admin@example.hu", roles = "ADMIN")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EditFormsRoundTripTests {

	/**
	 * A year of this test's own, with a clock change on its last Sundays of March and
	 * October.
	 */
	static final int YEAR = 2017;

	static final LocalDate SPRING_FORWARD = LocalDate.of(YEAR, 3, 31)
		.with(TemporalAdjusters.lastInMonth(DayOfWeek.SUNDAY));

	static final LocalDate FALL_BACK = LocalDate.of(YEAR, 10, 31).with(TemporalAdjusters.lastInMonth(DayOfWeek.SUNDAY));

	static final String ACCENTS = "Árvíztűrő Tükörfúrógép";

	static final String LINES = "Első bekezdés: " + ACCENTS + ".\n\nMásodik bekezdés,\nkét sorban – „idézettel”.";

	/** An English version as the office types it: typographic quotes, dashes, accents. */
	static final String ENGLISH_LINES = "First paragraph: the “café” of Őrség – naïve.\n\nSecond one,\non two lines.";

	/**
	 * Pages with a GET and a POST at one address that are not a record's edit form.
	 */
	static final Map<String, String> NOT_EDIT_FORMS = Map.of("/admin/meghivok/{id}/kuldes",
			"confirms sending a campaign to the chosen recipients; it edits nothing");

	@Autowired
	MockMvc mvc;

	private final Map<String, Record> records = new java.util.HashMap<>();

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	/** One line per edit page: its address pattern and how to make a tricky record. */
	Stream<EditForm> editForms() {
		return Stream.of(new EditForm("/admin/esemenyek/{id}", this::conference),
				new EditForm("/admin/esemenyek/{id}/program/{itemId}", this::agendaItem),
				new EditForm("/admin/esemenyek/{id}/kozremukodok/{personId}", this::personOnStage),
				new EditForm("/admin/ciklusok/{year}", this::cycle),
				new EditForm("/admin/ciklusok/{year}/temak/{themeId}", this::theme),
				new EditForm("/admin/ciklusok/{year}/bizottsag/{memberId}", this::committeeMember),
				new EditForm("/admin/felhivasok/{callId}", this::call),
				new EditForm("/admin/felhasznalok/{id}", this::account),
				new EditForm("/admin/gyakorlatok/{id}", this::practice),
				new EditForm("/admin/telepulesek/{kshCode:\\d{5}}", this::municipalityContact),
				new EditForm("/admin/meghivok/{id}", this::invitationCampaign));
	}

	@Test
	void everyEditPageOfTheOfficeIsChecked() {
		Set<String> gets = new TreeSet<>();
		Set<String> posts = new TreeSet<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : this.mappings.getHandlerMethods().entrySet()) {
			if (!entry.getValue().getBeanType().getSimpleName().endsWith("Administration")) {
				continue;
			}
			Set<RequestMethod> methods = entry.getKey().getMethodsCondition().getMethods();
			for (String pattern : entry.getKey().getPatternValues()) {
				if (pattern.contains("{")) {
					(methods.contains(RequestMethod.POST) ? posts : gets).add(pattern);
				}
			}
		}
		gets.retainAll(posts);
		gets.removeAll(NOT_EDIT_FORMS.keySet());
		Set<String> checked = editForms().map(EditForm::page).collect(Collectors.toCollection(TreeSet::new));
		assertThat(checked)
			.as("the edit pages (a GET and a POST at one address with an id) of the *Administration controllers")
			.isEqualTo(gets);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("editForms")
	void aSavedRecordSubmittedUnchangedStaysAsItWas(EditForm editForm) throws Exception {
		Record record = made(editForm);
		Map<String, List<Map<String, Object>>> before = record.rows();
		assertThat(before.get("table 0")).as("the record's own row").hasSize(1);

		BrowserForm shown = editPage(record);
		assertThat(shown.invalidValues()).as("date and time inputs hold values a browser accepts").isEmpty();
		MockHttpServletResponse saved = this.mvc.perform(shown.submission().with(csrf())).andReturn().getResponse();
		assertThat(saved.getStatus()).as("saved without complaint, yet the page said: %s", fieldErrors(saved))
			.isEqualTo(302);

		assertThat(record.rows()).as("the record after saving the form unchanged").isEqualTo(before);
		assertThat(editPage(record).values()).as("the form shown after saving").isEqualTo(shown.values());
	}

	/**
	 * A number the form cannot read (a whole number typed with a decimal point, which a
	 * browser's number input takes) is shown back as typed beside its message, and every
	 * other field as it was: nothing typed is lost, and every date and time still sits in
	 * its input in the one format a browser shows.
	 */
	@ParameterizedTest(name = "{0}")
	@MethodSource("editForms")
	void anUnreadableNumberIsShownBackWithEveryOtherValueAsTyped(EditForm editForm) throws Exception {
		Record record = made(editForm);
		String html = this.mvc.perform(get(record.url())).andReturn().getResponse().getContentAsString();
		BrowserForm shown = BrowserForm.posting(html, record.url(), record.url()).without("_csrf");
		Optional<String> typed = BrowserForm.parse(html)
			.select("input[type=number], input[inputmode=numeric]")
			.stream()
			.map((input) -> input.attr("name"))
			.filter(shown.values()::containsKey)
			.findFirst();
		assumeTrue(typed.isPresent(), "the form has no number input");
		BrowserForm wrong = shown.with(typed.get(), "12.5");
		Map<String, List<Map<String, Object>>> before = record.rows();

		MockHttpServletResponse answer = this.mvc.perform(wrong.submission().with(csrf())).andReturn().getResponse();

		assertThat(answer.getStatus()).as("the form shown again").isEqualTo(200);
		assertThat(fieldErrors(answer)).as("the message of %s", typed.get())
			.contains(typed.get().replaceAll("[\\[\\]]", "") + "-error");
		BrowserForm again = BrowserForm.posting(answer.getContentAsString(), record.url(), record.url())
			.without("_csrf");
		assertThat(again.values()).as("the form shown back").isEqualTo(wrong.values());
		assertThat(record.rows()).as("nothing saved").isEqualTo(before);
	}

	/**
	 * The form's tricky record, made once for the tests of this class: neither leaves it
	 * changed, and a second one with the same names would be refused.
	 */
	private Record made(EditForm editForm) throws Exception {
		Record record = this.records.get(editForm.page());
		if (record == null) {
			record = editForm.setUp().make();
			this.records.put(editForm.page(), record);
		}
		return record;
	}

	private BrowserForm editPage(Record record) throws Exception {
		return editPageForm(record.url());
	}

	private BrowserForm editPageForm(String url) throws Exception {
		String html = this.mvc.perform(get(url)).andReturn().getResponse().getContentAsString();
		return BrowserForm.posting(html, url, url).without("_csrf");
	}

	private static MockMultipartFile png(String name) {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0 };
		return new MockMultipartFile(name, "arckep.png", "image/png", png);
	}

	private static String fieldErrors(MockHttpServletResponse response) throws Exception {
		if (response.getStatus() != 200) {
			return "status " + response.getStatus();
		}
		return BrowserForm.parse(response.getContentAsString())
			.select(".field-error, .error-summary")
			.stream()
			.map((error) -> error.id() + " " + error.text())
			.toList()
			.toString();
	}

	// The records, each made as the office makes it: through the forms of its pages.

	private Record conference() throws Exception {
		long id = newConference("Konferencia", "Kezdés reggel: " + ACCENTS + " " + "x".repeat(200));
		long moderator = newPerson(id, "dr.", "Moderátor", "Árvíztűrő");
		String page = "/admin/esemenyek/" + id;
		create(page, page, Map.of("themeId", String.valueOf(newTheme("Konferencia témája " + ACCENTS)), "moderatorId",
				String.valueOf(moderator), "capacity", "12000"));
		return new Record("/admin/esemenyek/" + id, rows("select * from conference where id = ?", id));
	}

	private Record agendaItem() throws Exception {
		long conference = newConference("Programpont", "Programpont reggel 9.05-kor");
		long doctor = newPerson(conference, "dr.", "Tükörfúrógép", "Árvíztűrő");
		newPerson(conference, "", "Kovács", "Éva");
		create("/admin/esemenyek/" + conference, "/admin/esemenyek/" + conference + "/program",
				Map.of("start", "09:05", "end", "09:30", "kind", "TECH_HELP", "title",
						"Technikai segítség – " + ACCENTS, "speakerIds", String.valueOf(doctor)));
		long item = this.jdbc.queryForObject("select id from agenda_item where conference_id = ?", Long.class,
				conference);
		return new Record("/admin/esemenyek/" + conference + "/program/" + item,
				rows("select * from agenda_item where id = ?", item),
				rows("select * from agenda_item_speaker where agenda_item_id = ? order by position", item));
	}

	private Record personOnStage() throws Exception {
		long conference = newConference("Közreműködő", "Közreműködő");
		String familyName = "Árvíztűrő-Tükörfúrógép".repeat(4);
		create("/admin/esemenyek/" + conference, "/admin/esemenyek/" + conference + "/kozremukodok",
				Map.of("prefix", "dr.", "familyName", familyName, "givenName", "Ödön Ügyfél", "post",
						"főosztályvezető – „mb.”", "organisation", ACCENTS + " Önkormányzat", "bio", LINES, "postEn",
						"head of department – “acting”", "organisationEn", "Municipality of “Árvíztűrő”", "bioEn",
						ENGLISH_LINES),
				png("photo"));
		long person = this.jdbc.queryForObject("select id from conference_person where family_name = ?", Long.class,
				familyName);
		return new Record("/admin/esemenyek/" + conference + "/kozremukodok/" + person,
				rows("select * from conference_person where id = ?", person));
	}

	private Record cycle() throws Exception {
		ensureCycle();
		return new Record("/admin/ciklusok/" + YEAR, rows("select * from programme_cycle where year = ?", YEAR));
	}

	private Record theme() throws Exception {
		long theme = newTheme("Téma " + ACCENTS + " " + "ő".repeat(200));
		return new Record("/admin/ciklusok/" + YEAR + "/temak/" + theme,
				rows("select * from programme_theme where id = ?", theme));
	}

	private Record committeeMember() throws Exception {
		ensureCycle();
		String organisation = ACCENTS + " Önkormányzati Szövetség " + "é".repeat(200);
		create("/admin/ciklusok/" + YEAR, "/admin/ciklusok/" + YEAR + "/bizottsag",
				Map.of("organisationHu", organisation, "organisationEn", "Association of “Árvíztűrő” Municipalities",
						"abbreviation", "ÁTSZ", "kind", "NGO"),
				png("logo"));
		long member = this.jdbc.queryForObject("select id from programme_committee_member where organisation_hu = ?",
				Long.class, organisation);
		return new Record("/admin/ciklusok/" + YEAR + "/bizottsag/" + member,
				rows("select * from programme_committee_member where id = ?", member));
	}

	private Record call() throws Exception {
		long theme = newTheme("Felhívás témája " + ACCENTS);
		String location = create("/admin/felhivasok", "/admin/felhivasok",
				Map.of("themeId", String.valueOf(theme), "textHu", LINES, "textEn", ENGLISH_LINES, "eligibilityHu",
						"Önkormányzatok pályázhatnak.\nTársulások is.", "eligibilityEn", ENGLISH_LINES, "opensOn",
						SPRING_FORWARD.toString(), "opensAt", "09:05", "deadlineOn", FALL_BACK.toString(), "deadlineAt",
						"09:30"));
		long call = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		return new Record(location, rows("select * from call_for_applications where id = ?", call),
				rows("select * from call_section where call_id = ? order by position", call),
				rows("select * from call_criterion where call_id = ? order by position", call));
	}

	private Record account() throws Exception {
		String email = "arvizturo.tukorfurogep.roundtrip@example.hu";
		create("/admin/felhasznalok", "/admin/felhasznalok",
				Map.of("email", email, "prefix", "dr.", "familyName", "Tükörfúrógép-Árvíztűrő".repeat(4), "givenName",
						"Őz Ünige", "role", "APPLICANT", "municipalityKshCode", kshCode("Öttevény")));
		long account = this.jdbc.queryForObject("select id from account where email = ?", Long.class, email);
		BrowserForm disabling = editPageForm("/admin/felhasznalok/" + account).without("enabled");
		assertThat(this.mvc.perform(disabling.submission().with(csrf())).andReturn().getResponse().getStatus())
			.isEqualTo(302);
		return new Record("/admin/felhasznalok/" + account, rows("select * from account where id = ?", account));
	}

	private Record practice() throws Exception {
		long theme = newTheme("Gyakorlat témája " + ACCENTS);
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("title", "Gyakorlat: " + ACCENTS);
		fields.put("summary", LINES);
		fields.put("municipalities", kshCode("Hódmezővásárhely") + ", " + kshCode("Öttevény"));
		fields.put("cycleYear", String.valueOf(YEAR));
		fields.put("themeIds", String.valueOf(theme));
		fields.put("problem", LINES);
		fields.put("startedOn", LocalDate.of(2019, 3, 31).toString());
		fields.put("tags", "árvíz, tükör");
		fields.put("contactName", "dr. Tükörfúrógép Árvíztűrő");
		fields.put("costHuf", "12500000");
		String location = create("/admin/gyakorlatok/uj", "/admin/gyakorlatok/uj", fields);
		long practice = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		return new Record(location, rows("select * from practice where id = ?", practice),
				rows("select * from practice_municipality where practice_id = ? order by position", practice),
				rows("select * from practice_theme where practice_id = ? order by theme_id", practice),
				rows("select * from practice_tag where practice_id = ? order by tag", practice));
	}

	private Record municipalityContact() throws Exception {
		String ksh = kshCode("Hódmezővásárhely");
		String page = "/admin/telepulesek/" + ksh;
		create(page, page, Map.of("prefix", "dr.", "familyName", "Tükörfúrógép", "givenName", "Árvíztűrő", "gender",
				"FEMALE", "email", "polgarmester.roundtrip@example.hu", "phone", ""));
		return new Record(page, rows("select * from municipality_contact where ksh_code = ?", ksh));
	}

	private Record invitationCampaign() throws Exception {
		long conference = newConference("Meghívó", "Meghívó konferenciája");
		this.mvc.perform(post("/admin/esemenyek/{id}/kozzetetel", conference).with(csrf()));
		String location = create("/admin/meghivok/uj?konferencia=" + conference, "/admin/meghivok",
				Map.of("subject", "Meghívó: " + ACCENTS, "body", LINES, "signaturePlace", "Hódmezővásárhely",
						"signatureDate", FALL_BACK.toString(), "sender", "dr. Tükörfúrógép Árvíztűrő"));
		long campaign = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		return new Record(location, rows("select * from invitation_campaign where id = ?", campaign));
	}

	// How the office fills in the forms that make them.

	/**
	 * Fills in the form posting to {@code action} on {@code page} as a user would,
	 * submits it and answers where the office was sent next.
	 */
	private String create(String page, String action, Map<String, String> fields, MockMultipartFile... files)
			throws Exception {
		String html = this.mvc.perform(get(page)).andReturn().getResponse().getContentAsString();
		BrowserForm form = BrowserForm.posting(html, page, action).without("_csrf");
		fields.forEach(form::with);
		Stream.of(files).forEach(form::with);
		MockHttpServletResponse response = this.mvc.perform(form.submission().with(csrf())).andReturn().getResponse();
		assertThat(response.getStatus()).as("%s made, yet the page said: %s", form, fieldErrors(response))
			.isEqualTo(302);
		return response.getRedirectedUrl().replaceFirst("#.*", "");
	}

	private long newConference(String kind, String title) throws Exception {
		ensureCycle();
		String location = create("/admin/esemenyek/uj", "/admin/esemenyek/uj",
				Map.ofEntries(Map.entry("cycleYear", String.valueOf(YEAR)), Map.entry("title", kind + " – " + title),
						Map.entry("description", LINES), Map.entry("date", FALL_BACK.toString()),
						Map.entry("startTime", "09:05"), Map.entry("endTime", "11:30"),
						Map.entry("techHelpMinutes", "30"), Map.entry("capacity", "120"),
						Map.entry("registrationOpens", SPRING_FORWARD + "T03:00"),
						Map.entry("registrationCloses", FALL_BACK + "T02:30"), Map.entry("meetingKind", "LINK"),
						Map.entry("meetingUrl", "https://meet.example.hu/arvizturo?terem=1&nyelv=hu")));
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private long newPerson(long conference, String prefix, String familyName, String givenName) throws Exception {
		create("/admin/esemenyek/" + conference, "/admin/esemenyek/" + conference + "/kozremukodok",
				Map.of("prefix", prefix, "familyName", familyName, "givenName", givenName, "post", "", "organisation",
						ACCENTS + " Kft.", "bio", LINES));
		return this.jdbc.queryForObject(
				"select id from conference_person where conference_id = ? and family_name = ? and given_name = ?",
				Long.class, conference, familyName, givenName);
	}

	private void ensureCycle() throws Exception {
		if (this.jdbc.queryForObject("select count(*) from programme_cycle where year = ?", Integer.class, YEAR) == 0) {
			create("/admin/ciklusok", "/admin/ciklusok",
					Map.of("year", String.valueOf(YEAR), "titleHu", "Programév " + YEAR + " – " + ACCENTS, "titleEn",
							"Programme year " + YEAR + " – “Őrség”", "summaryHu", LINES, "summaryEn", ENGLISH_LINES));
		}
	}

	private long newTheme(String name) throws Exception {
		ensureCycle();
		create("/admin/ciklusok/" + YEAR, "/admin/ciklusok/" + YEAR + "/temak", Map.of("nameHu", name, "nameEn",
				"Theme – “" + name + "”", "descriptionHu", LINES, "descriptionEn", ENGLISH_LINES, "prizeSponsor", ""));
		return this.jdbc.queryForObject("select id from programme_theme where name_hu = ?", Long.class, name);
	}

	private String kshCode(String name) {
		return this.jdbc.queryForObject("select ksh_code from municipality where name = ? order by ksh_code limit 1",
				String.class, name);
	}

	/**
	 * The rows a query finds now, without the columns that count saves rather than
	 * content.
	 */
	private Rows rows(String sql, Object id) {
		return () -> this.jdbc.queryForList(sql, id).stream().map((row) -> {
			Map<String, Object> content = new LinkedHashMap<>();
			row.forEach((column, value) -> {
				if (!Set.of("version", "updated_at").contains(column)) {
					content.put(column, (value instanceof byte[] bytes) ? HexFormat.of().formatHex(bytes) : value);
				}
			});
			return content;
		}).toList();
	}

	@FunctionalInterface
	interface Rows {

		List<Map<String, Object>> read();

	}

	@FunctionalInterface
	interface Maker {

		Record make() throws Exception;

	}

	/** An edit page and how to make a record to edit on it. */
	record EditForm(String page, Maker setUp) {

		@Override
		public String toString() {
			return this.page;
		}

	}

	/** A made record: its edit page and the rows that hold it. */
	record Record(String url, Rows... tables) {

		Map<String, List<Map<String, Object>>> rows() {
			Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
			for (int i = 0; i < this.tables.length; i++) {
				rows.put("table " + i, this.tables[i].read());
			}
			return rows;
		}

	}

}
