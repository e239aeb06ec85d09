package hu.gyakorlattar.registration;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import hu.gyakorlattar.conference.AgendaItemKind;
import hu.gyakorlattar.conference.CalendarFileCheck;
import hu.gyakorlattar.conference.ConferenceManagement;
import hu.gyakorlattar.conference.ConferencesForRegistrationTests;
import hu.gyakorlattar.municipality.MunicipalityDirectory;
import hu.gyakorlattar.shared.AdjustableClock;
import hu.gyakorlattar.shared.ApplicationTest;
import hu.gyakorlattar.shared.HungarianFormats;
import hu.gyakorlattar.shared.HungarianWorkingDays;
import hu.gyakorlattar.shared.TestSmtp;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The registrant's story against a real SMTP server: register on the form, confirm from
 * the mail, the calendar entry, registering twice, the waiting list and its promotion,
 * racing confirmations, the personal join link in and out of its window, and what a moved
 * conference or a new meeting sends. Time stands still unless a test moves it.
 */
@ApplicationTest
@TestSmtp.Used
@AdjustableClock.Stopped
class RegistrationFlowTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	RegistrationManagement registrations;

	@Autowired
	ConfirmingAndCancelling places;

	@Autowired
	RegistrationRepository repository;

	@Autowired
	ConferenceManagement conferences;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	MunicipalityDirectory directory;

	@Autowired
	RegistrationRetention retention;

	@Autowired
	RegistrationProperties properties;

	@Autowired
	AdjustableClock clock;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	final Mailbox mailbox = new Mailbox(TestSmtp.server());

	@Test
	void aMayorRegistersConfirmsFromTheMailAndGetsTheCalendarEntry() throws Exception {
		long id = conference("Regisztrációs próba", 10, 100);
		this.mvc
			.perform(post("/esemenyek/{id}/regisztracio", id).with(csrf())
				.param("familyName", "Kovács")
				.param("givenName", "Anna")
				.param("email", "kovacs.anna@szada.example.hu")
				.param("post", "polgármester")
				.param("municipality", "Szada")
				.param("phone", "+36 30 123 4567")
				.param("question", "Hogyan <b>indult</b> a program?")
				.param("privacyNoticeAccepted", "true")
				.param("listConsent", "true")
				.param("campaign", "42"))
			.andExpect(redirectedUrl("/esemenyek/" + id + "/regisztracio/elkuldve"));

		Mailbox.Mail request = this.mailbox.awaitSubject("kovacs.anna@szada.example.hu", "Erősítse meg");
		assertThat(request.subject()).isEqualTo("Erősítse meg regisztrációját: Regisztrációs próba");
		assertThat(request.text()).startsWith("Kedves Kovács Anna!")
			.contains("„Regisztrációs próba”")
			.contains("Regisztráció megerősítése: http://localhost:8080/regisztraciom/");
		assertThat(request.html()).contains("Kedves Kovács Anna!");
		String token = request.personalToken();

		Registration stored = this.repository.findByPersonalToken(token).orElseThrow();
		assertThat(stored.getStatus()).isEqualTo(RegistrationStatus.REQUESTED);
		assertThat(stored.getMunicipality().kshCode()).isEqualTo(szada());
		assertThat(stored.getMunicipality().name()).isEqualTo("Szada");
		assertThat(stored.getPrivacyNoticeVersion()).isEqualTo(this.properties.privacyNoticeVersion());
		assertThat(stored.isListConsent()).isTrue();
		assertThat(stored.isFollowUpConsent()).isFalse();
		assertThat(stored.getCampaignId()).isEqualTo(42L);
		assertThat(this.registrations.placesTaken(id)).isZero();
		assertThat(this.registrations.registrationsFrom(42)).isZero();

		this.mvc.perform(get("/regisztraciom/{token}", token))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Regisztrációm megerősítése")));
		// The form's question went to the conference's Q&A (questions module), after the
		// commit.
		org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(10))
			.untilAsserted(() -> this.mvc.perform(get("/regisztraciom/{token}", token))
				.andExpect(content()
					.string(org.hamcrest.Matchers.containsString("Hogyan &lt;b&gt;indult&lt;/b&gt; a program?"))));
		this.mvc.perform(post("/regisztraciom/{token}/megerosites", token).with(csrf()))
			.andExpect(redirectedUrl("/regisztraciom/" + token));

		Mailbox.Mail confirmed = this.mailbox.awaitSubject("kovacs.anna@szada.example.hu", "megerősítve");
		assertThat(confirmed.text()).startsWith("Kedves Kovács Anna!").contains("helye biztosított");
		assertThat(confirmed.calendar()).contains("METHOD:PUBLISH")
			.contains("UID:registration-" + stored.getId() + "@gyakorlattar")
			.contains("TZID=Europe/Budapest")
			.contains("/j/" + joinTokenOf(token))
			.doesNotContain("/regisztraciom/" + token);
		assertThat(this.registrations.placesTaken(id)).isOne();
		assertThat(this.registrations.registrationsFrom(42)).isOne();

		MvcResult ics = this.mvc.perform(get("/regisztraciom/{token}/naptar.ics", token))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("text/calendar")))
			.andReturn();
		assertThat(CalendarFileCheck.onlyEvent(CalendarFileCheck.check(ics.getResponse().getContentAsByteArray()))
			.getUid()
			.getValue()).isEqualTo("registration-" + stored.getId() + "@gyakorlattar");
	}

	@Test
	void registeringTwiceAnswersTheSameAndTheMailTellsTheOwner() throws Exception {
		long id = conference("Kétszeri regisztráció", 10, 100);
		String email = "ketszer@example.hu";
		register(id, email, "Kettő", "Kata");
		register(id, "KETSZER@example.hu", "Más", "Valaki");
		assertThat(this.mailbox.await(email, 2)).extracting(Mailbox.Mail::subject)
			.containsOnly("Erősítse meg regisztrációját: Kétszeri regisztráció");
		String token = this.mailbox.to(email).get(0).personalToken();
		assertThat(this.mailbox.to(email).get(1).personalToken()).isEqualTo(token);

		this.transaction.executeWithoutResult((status) -> this.places.confirm(token));
		register(id, email, "Harmadik", "Próba");
		Mailbox.Mail already = this.mailbox.awaitSubject(email, "már regisztrált");
		assertThat(already.text()).startsWith("Kedves Kettő Kata!")
			.contains("új regisztráció nem jött létre")
			.contains("megerősítve")
			.contains("/regisztraciom/" + token);
		assertThat(this.repository.findAll()).filteredOn((r) -> r.getEmail().equalsIgnoreCase(email)).hasSize(1);
		assertThat(this.repository.findByPersonalToken(token).orElseThrow().getFamilyName()).isEqualTo("Kettő");
	}

	@Test
	void pastCapacityRegistrantsWaitAndACancellationPromotesTheNext() throws Exception {
		long id = conference("Kis terem", 10, 1);
		String first = confirmed(id, "elso@example.hu", "Első", "Éva");
		String second = confirmed(id, "masodik@example.hu", "Második", "Márk");
		assertThat(statusOf(first)).isEqualTo(RegistrationStatus.CONFIRMED);
		assertThat(statusOf(second)).isEqualTo(RegistrationStatus.WAITING);
		assertThat(this.mailbox.awaitSubject("masodik@example.hu", "Várólistára").text())
			.startsWith("Kedves Második Márk!");

		this.mvc.perform(get("/regisztraciom/{token}/lemondas", first)).andExpect(status().isOk());
		this.mvc.perform(post("/regisztraciom/{token}/lemondas", first).with(csrf()))
			.andExpect(redirectedUrl("/regisztraciom/" + first));

		assertThat(statusOf(first)).isEqualTo(RegistrationStatus.CANCELLED);
		assertThat(statusOf(second)).isEqualTo(RegistrationStatus.CONFIRMED);
		Mailbox.Mail cancelled = this.mailbox.awaitSubject("elso@example.hu", "Lemondta");
		int sequence = this.conferences.find(id).orElseThrow().sequence();
		assertThat(cancelled.calendar()).contains("METHOD:CANCEL")
			.contains("STATUS:CANCELLED")
			.as("a cancellation outranks the entry it cancels")
			.contains("SEQUENCE:" + (sequence + 1));
		assertThat(cancelled.text()).as("what the personal page still offers after cancelling")
			.contains("Személyes oldala (adatainak letöltése és törlése):")
			.doesNotContain("lemondás):");
		Mailbox.Mail promoted = this.mailbox.awaitSubject("masodik@example.hu", "Felszabadult");
		assertThat(promoted.text()).startsWith("Kedves Második Márk!").contains("Ön kapta meg");
		assertThat(promoted.calendar()).contains("METHOD:PUBLISH");
		assertThat(this.registrations.placesTaken(id)).isOne();
	}

	@Test
	void raisingTheCapacityGivesTheNewPlacesToThoseWaitingLongest() throws Exception {
		long id = conference("Bővülő terem", 10, 1);
		confirmed(id, "bovulo1@example.hu", "Egyes", "Ede");
		String second = confirmed(id, "bovulo2@example.hu", "Kettes", "Kinga");
		String third = confirmed(id, "bovulo3@example.hu", "Hármas", "Hugó");
		String fourth = confirmed(id, "bovulo4@example.hu", "Négyes", "Nóra");
		assertThat(List.of(second, third, fourth)).extracting(this::statusOf).containsOnly(RegistrationStatus.WAITING);

		this.transaction
			.executeWithoutResult((status) -> ConferencesForRegistrationTests.changeCapacity(this.conferences, id, 3));

		Mailbox.Mail promoted = this.mailbox.awaitSubject("bovulo3@example.hu", "Felszabadult");
		assertThat(promoted.text()).startsWith("Kedves Hármas Hugó!");
		assertThat(promoted.calendar()).contains("METHOD:PUBLISH");
		assertThat(this.mailbox.awaitSubject("bovulo2@example.hu", "Felszabadult")).isNotNull();
		assertThat(statusOf(second)).isEqualTo(RegistrationStatus.CONFIRMED);
		assertThat(statusOf(third)).isEqualTo(RegistrationStatus.CONFIRMED);
		assertThat(statusOf(fourth)).isEqualTo(RegistrationStatus.WAITING);
		assertThat(this.registrations.placesTaken(id)).isEqualTo(3);
	}

	@Test
	void anUnconfirmedRegistrationExpiresAndIsDeletedButRegisteringAgainRenewsIt() throws Exception {
		long id = conference("Lejáró megerősítés", 30, 10);
		register(id, "lassu@example.hu", "Lassú", "Lili");
		String slow = this.mailbox.awaitSubject("lassu@example.hu", "Erősítse meg").personalToken();
		register(id, "feledekeny@example.hu", "Feledékeny", "Ferenc");
		String forgotten = this.mailbox.awaitSubject("feledekeny@example.hu", "Erősítse meg").personalToken();
		this.clock.advance(Duration.ofDays(7).plusMinutes(1));

		this.mvc.perform(post("/regisztraciom/{token}/megerosites", slow).with(csrf()))
			.andExpect(redirectedUrl("/regisztraciom/" + slow))
			.andExpect(flash().attribute("flashKey", "registration.confirmation.expired"));
		assertThat(statusOf(slow)).isEqualTo(RegistrationStatus.REQUESTED);

		register(id, "lassu@example.hu", "Lassú", "Lili");
		assertThat(this.mailbox.await("lassu@example.hu", 2).get(1).personalToken()).isEqualTo(slow);
		this.transaction.executeWithoutResult((status) -> this.places.confirm(slow));
		assertThat(statusOf(slow)).isEqualTo(RegistrationStatus.CONFIRMED);

		this.transaction.executeWithoutResult((status) -> this.retention
			.deleteUnconfirmedRequestedBefore(this.clock.instant().minus(Duration.ofDays(7))));
		assertThat(this.repository.findByPersonalToken(forgotten)).isEmpty();
		assertThat(this.repository.findByPersonalToken(slow)).isPresent();
		this.mvc.perform(get("/regisztraciom/{token}", forgotten)).andExpect(status().isNotFound());
		// The confirmation request to the deleted registration keeps only that and when
		// it
		// went out; the confirmed registrant's mails stay.
		assertThat(
				this.jdbc.queryForObject(
						"select count(*) from mail_outbox where recipient = 'feledekeny@example.hu' "
								+ "or body_text like ? or body_text like '%Feledékeny%'",
						Long.class, "%" + forgotten + "%"))
			.isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from mail_outbox where recipient = 'lassu@example.hu'",
				Long.class))
			.isGreaterThanOrEqualTo(2);
	}

	@Test
	void twentyConfirmationsRacingForFivePlacesGiveExactlyFive() throws Exception {
		long id = conference("Verseny", 10, 5);
		List<String> tokens = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			String email = "verseny" + i + "@example.hu";
			register(id, email, "Versenyző", "N" + i);
			tokens.add(this.mailbox.awaitSubject(email, "Erősítse meg").personalToken());
		}
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<?>> running = new ArrayList<>();
			for (String token : tokens) {
				running.add(pool.submit(() -> {
					start.await();
					return this.transaction.execute((status) -> this.places.confirm(token));
				}));
			}
			start.countDown();
			for (Future<?> future : running) {
				future.get();
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(tokens.stream().map(this::statusOf)).filteredOn((s) -> s == RegistrationStatus.CONFIRMED).hasSize(5);
		assertThat(tokens.stream().map(this::statusOf)).filteredOn((s) -> s == RegistrationStatus.WAITING).hasSize(15);
		assertThat(this.registrations.placesTaken(id)).isEqualTo(5);
	}

	@Test
	void theJoinLinkShowsACountdownThenAButtonThatEntersAndRecordsAttendanceThenTheArchive() throws Exception {
		long id = conference("Belépés próba", 2, 10);
		String token = confirmed(id, "belepo@example.hu", "Belépő", "Béla");
		untilTheDayBeforeAt10(id);
		String join = this.mailbox.awaitSubject("belepo@example.hu", "Belépési link").joinToken();

		this.mvc.perform(get("/j/{token}", join))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("böngészőn keresztül is működik")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Nyitásig még: 0 nap, 23 óra, 30 perc")))
			.andExpect(content()
				.string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("meet.example.hu"))));
		this.mvc.perform(post("/j/{token}", join).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Nyitásig még")));
		assertThat(statusOf(token)).isEqualTo(RegistrationStatus.CONFIRMED);

		ConferenceWindow window = window(id);
		this.clock.advance(Duration.between(this.clock.instant(), window.techHelpFrom()).plusMinutes(1));
		// Opening the link (as a mail scanner or a link preview would) records nothing.
		for (int i = 0; i < 3; i++) {
			this.mvc.perform(get("/j/{token}", join))
				.andExpect(status().isOk())
				.andExpect(content().string(org.hamcrest.Matchers.containsString("Belépő Béla")))
				.andExpect(content().string(org.hamcrest.Matchers.containsString("Belépés próba")))
				.andExpect(content().string(org.hamcrest.Matchers.containsString("action=\"/j/" + join + "\"")))
				.andExpect(content()
					.string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("meet.example.hu"))));
		}
		Registration opened = this.repository.findByPersonalToken(token).orElseThrow();
		assertThat(opened.getStatus()).isEqualTo(RegistrationStatus.CONFIRMED);
		assertThat(opened.getFirstJoinedAt()).isNull();
		assertThat(opened.getJoinCount()).isZero();

		this.mvc.perform(post("/j/{token}", join)).andExpect(status().isForbidden());
		// The pages' CSP (form-action 'self') forbids a form post to redirect to another
		// site: the answer refreshes to the meeting, with the link to click.
		this.mvc.perform(post("/j/{token}", join).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(header().string("Refresh", org.hamcrest.Matchers.startsWith("0; url=https://meet.example.hu/")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("href=\"https://meet.example.hu/")));
		Registration attended = this.repository.findByPersonalToken(token).orElseThrow();
		assertThat(attended.getStatus()).isEqualTo(RegistrationStatus.ATTENDED);
		assertThat(attended.getFirstJoinedAt()).isEqualTo(this.clock.instant());
		assertThat(attended.getJoinCount()).isOne();

		this.clock.advance(Duration.between(this.clock.instant(), window.endsAt()).plusMinutes(1));
		this.mvc.perform(get("/j/{token}", join))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("/esemenyek/" + id)));
		this.mvc.perform(post("/j/{token}", join).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("/esemenyek/" + id)));
		assertThat(this.repository.findByPersonalToken(token).orElseThrow().getJoinCount()).isOne();
	}

	@Test
	void whoJoinedGetsACertificateAfterTheConferenceThatItsAddressVerifiesEvenAfterRetention() throws Exception {
		long id = conference("Igazolás próba", 2, 10);
		String attendee = confirmed(id, "igazolt@example.hu", "Igazolt", "Ida");
		String absentee = confirmed(id, "tavollevo@example.hu", "Távollévő", "Tamás");
		ConferenceWindow window = window(id);
		this.clock.advance(Duration.between(this.clock.instant(), window.techHelpFrom()).plusMinutes(1));
		String join = joinTokenOf(attendee);
		this.mvc.perform(post("/j/{token}", join).with(csrf())).andExpect(status().isOk());
		Registration attended = this.repository.findByPersonalToken(attendee).orElseThrow();
		String code = attended.getCertificateCode();
		assertThat(code).matches("[A-Za-z0-9_-]{24}");

		// Not before the end.
		this.mvc.perform(get("/regisztraciom/{token}/igazolas.pdf", attendee))
			.andExpect(status().isNotFound())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("nincs részvételi igazolás")));
		this.mvc.perform(get("/igazolas/{code}", code)).andExpect(status().isNotFound());
		this.mvc.perform(get("/regisztraciom/{token}", attendee))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("a konferencia vége után tölthető le")));

		this.clock.advance(Duration.between(this.clock.instant(), window.endsAt()).plusMinutes(1));
		this.mvc.perform(get("/regisztraciom/{token}", attendee))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("/igazolas.pdf")));
		MvcResult pdf = this.mvc.perform(get("/regisztraciom/{token}/igazolas.pdf", attendee))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andReturn();
		byte[] bytes = pdf.getResponse().getContentAsByteArray();
		assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
		String text = pdfText(bytes);
		assertThat(text).contains("RÉSZVÉTELI IGAZOLÁS", "Igazolt Ida", "jegyző, Szada", "„Igazolás próba”",
				"Irányító Bizottsága", "http://localhost:8080/igazolas/" + code,
				AttendanceCertificates.number(attended, this.conferences.find(id).orElseThrow()));
		assertThat(text.replaceAll("\\s+", " ")).contains("(" + dayOfWeek(id) + ") 10.00–12.00",
				"részt vett az „Igazolás próba”");

		// Who did not join gets none, on their page or from the office.
		this.mvc.perform(get("/regisztraciom/{token}", absentee))
			.andExpect(
					content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("igazolas.pdf"))));
		this.mvc.perform(get("/regisztraciom/{token}/igazolas.pdf", absentee))
			.andExpect(status().isNotFound())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("nincs részvételi igazolás")));
		long absent = this.repository.findByPersonalToken(absentee).orElseThrow().getId();
		this.mvc
			.perform(get("/admin/esemenyek/{c}/regisztraciok/{r}/igazolas.pdf", id, absent)
				.with(user("iroda@example.hu").roles("ADMIN")))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(get("/admin/esemenyek/{c}/regisztraciok/{r}/igazolas.pdf", id, attended.getId())
				.with(user("iroda@example.hu").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"));
		this.mvc
			.perform(get("/admin/esemenyek/{c}/regisztraciok/{r}/igazolas.pdf", id + 1000, attended.getId())
				.with(user("iroda@example.hu").roles("ADMIN")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/admin/esemenyek/{c}/regisztraciok", id).with(user("iroda@example.hu").roles("ADMIN")))
			.andExpect(content().string(org.hamcrest.Matchers
				.containsString("/admin/esemenyek/" + id + "/regisztraciok/" + attended.getId() + "/igazolas.pdf")))
			.andExpect(content().string(org.hamcrest.Matchers
				.not(org.hamcrest.Matchers.containsString("/regisztraciok/" + absent + "/igazolas.pdf"))));

		this.mvc.perform(get("/igazolas/{code}", code))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("hiteles")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Igazolt Ida")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Igazolás próba")));
		// In English the holder's given name comes first, on the certificate and its
		// check
		assertThat(pdfText(this.mvc.perform(get("/regisztraciom/{token}/igazolas.pdf", attendee).param("lang", "en"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray())).contains("Ida Igazolt").doesNotContain("Igazolt Ida");
		this.mvc.perform(get("/igazolas/{code}", code).param("lang", "en"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Ida Igazolt")));
		for (String forged : List.of("hamisitott-kod", code.substring(1) + "A", "<script>", "x".repeat(200))) {
			this.mvc.perform(get("/igazolas/{code}", forged))
				.andExpect(status().isNotFound())
				.andExpect(content().string(org.hamcrest.Matchers.containsString("Az igazolás nem található")));
		}

		// Retention removes the person; the certificate stays known as issued.
		this.transaction
			.executeWithoutResult((status) -> this.retention.anonymiseEndedBefore(window.endsAt().plusSeconds(1)));
		this.mvc.perform(get("/igazolas/{code}", code))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("személyes adatait")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Igazolás próba")))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Igazolt"))));
		this.mvc.perform(get("/regisztraciom/{token}/igazolas.pdf", attendee)).andExpect(status().isNotFound());
	}

	@Test
	void thePublicParticipantListShowsOnlyThoseWhoConsentedInHungarianOrder() throws Exception {
		long id = conference("Résztvevői lista", 10, 10);
		confirmedListed(id, "szabo@example.hu", "Szabó", "Zita", true);
		confirmedListed(id, "santa@example.hu", "Sánta", "Sára", true);
		confirmedListed(id, "csanyi@example.hu", "Csányi", "Csaba", true);
		confirmedListed(id, "cukor@example.hu", "Cukor", "Cecília", true);
		confirmedListed(id, "rejtett@example.hu", "Rejtett", "Rita", false);
		register(id, "meg-nem-erositett@example.hu", "Megerősítetlen", "Mária", true);
		confirmedListed(id, "lemondott@example.hu", "Lemondott", "Lili", true);
		String cancelled = this.repository.findAll()
			.stream()
			.filter((r) -> r.getEmail().equals("lemondott@example.hu"))
			.findFirst()
			.orElseThrow()
			.getPersonalToken();
		this.mvc.perform(post("/regisztraciom/{token}/lemondas", cancelled).with(csrf()))
			.andExpect(status().is3xxRedirection());

		String page = this.mvc.perform(get("/esemenyek/{id}/resztvevok", id))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(page).contains("Résztvevői lista", "jegyző", "Szada");
		// c before cs, s before sz: Hungarian order, not the code points'.
		assertThat(page.indexOf("Cukor Cecília")).isPositive()
			.isLessThan(page.indexOf("Csányi Csaba"))
			.isLessThan(page.indexOf("Sánta Sára"));
		assertThat(page.indexOf("Sánta Sára")).isLessThan(page.indexOf("Szabó Zita"));
		assertThat(page).doesNotContain("Rejtett", "Megerősítetlen", "Lemondott", "@example.hu");

		this.mvc.perform(get("/esemenyek/{id}", id))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("/esemenyek/" + id + "/resztvevok")));
		long hidden = this.transaction.execute((status) -> ConferencesForRegistrationTests.unpublished(this.conferences,
				"Rejtett konferencia", today().plusDays(10)));
		this.mvc.perform(get("/esemenyek/{id}/resztvevok", hidden)).andExpect(status().isNotFound());
		this.mvc.perform(get("/esemenyek/{id}/resztvevok", 987654321L)).andExpect(status().isNotFound());
		this.mvc.perform(get("/esemenyek/nem-szam/resztvevok")).andExpect(status().is4xxClientError());
	}

	@Test
	void forgedLinksGetAFriendlyPage() throws Exception {
		for (String path : List.of("/regisztraciom/hamisitott", "/j/hamisitott", "/regisztraciom/hamisitott/adatok",
				"/regisztraciom/hamisitott/naptar.ics", "/regisztraciom/hamisitott/lemondas")) {
			this.mvc.perform(get(path))
				.andExpect(status().isNotFound())
				.andExpect(content().string(org.hamcrest.Matchers.containsString("Ez a link nem érvényes")));
		}
		this.mvc.perform(post("/regisztraciom/hamisitott/lemondas").with(csrf())).andExpect(status().isNotFound());
		this.mvc.perform(post("/regisztraciom/hamisitott/megerosites").with(csrf())).andExpect(status().isNotFound());
		this.mvc.perform(post("/j/hamisitott").with(csrf()))
			.andExpect(status().isNotFound())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Ez a link nem érvényes")));
	}

	@Test
	void aMovedConferenceSendsTheUpdatedEntryWithTheSameUidAndAHigherSequence() throws Exception {
		long id = conference("Áthelyezett", 10, 10);
		String token = confirmed(id, "athelyezett@example.hu", "Áthelyezett", "Ágnes");
		long registrationId = this.repository.findByPersonalToken(token).orElseThrow().getId();
		int before = this.conferences.find(id).orElseThrow().sequence();

		LocalDate later = today().plusDays(12);
		this.transaction
			.executeWithoutResult((status) -> ConferencesForRegistrationTests.moveTo(this.conferences, id, later));

		Mailbox.Mail update = this.mailbox.awaitSubject("athelyezett@example.hu", "Megváltozott az időpont");
		assertThat(update.text()).startsWith("Kedves Áthelyezett Ágnes!")
			.contains("Az új időpont: " + later.getYear() + ". ");
		assertThat(update.calendar()).contains("UID:registration-" + registrationId + "@gyakorlattar")
			.contains("SEQUENCE:" + this.conferences.find(id).orElseThrow().sequence());
		assertThat(this.conferences.find(id).orElseThrow().sequence()).isGreaterThan(before);
	}

	@Test
	void aMovedConferenceTellsThoseWaitingTheNewTimeWithoutACalendarEntry() throws Exception {
		long id = conference("Áthelyezett kis terem", 10, 1);
		confirmed(id, "helyes@example.hu", "Helyes", "Hanna");
		confirmed(id, "varakozo@example.hu", "Várakozó", "Vilma");

		LocalDate later = today().plusDays(13);
		this.transaction
			.executeWithoutResult((status) -> ConferencesForRegistrationTests.moveTo(this.conferences, id, later));

		Mailbox.Mail update = this.mailbox.awaitSubject("varakozo@example.hu", "Megváltozott az időpont");
		assertThat(update.text()).startsWith("Kedves Várakozó Vilma!")
			.contains("Az új időpont: " + later.getYear() + ". ")
			.contains("Továbbra is a várólistán szerepel");
		assertThat(update.calendar()).as("no calendar entry for a place not held").isNull();
	}

	/**
	 * The class check of calendar entries over a registration's whole life: every .ics
	 * the outbox holds for the registrant, the download and the feed pass
	 * {@link CalendarFileCheck}, place the conference at its Budapest instants (a 09.05
	 * start, moved across the daylight-saving change), keep the accents, and each entry
	 * outranks the one before it under its UID, so a calendar applies every one.
	 */
	@Test
	void everyCalendarEntryOfARegistrationsLifeIsValidAndOutranksTheOneBefore() throws Exception {
		String title = "Őszi óraátállítás: „Árvíztűrő tükörfúrógép”, jó gyakorlatok; kérdések";
		String email = "oraatallitas@example.hu";
		LocalDate first = lastSundayOf(today().plusDays(3), java.time.Month.MARCH, java.time.Month.OCTOBER);
		LocalDate second = lastSundayOf(first.plusDays(1), java.time.Month.MARCH, java.time.Month.OCTOBER);
		long id = this.transaction.execute((status) -> ConferencesForRegistrationTests.published(this.conferences,
				title, first, java.time.LocalTime.of(9, 5), java.time.LocalTime.of(11, 50), 10,
				today().minusDays(1).atTime(9, 0), first.atTime(8, 0)));
		String token = confirmed(id, email, "Óra", "Ödön");
		String joinUrl = "http://localhost:8080/j/" + joinTokenOf(token);
		String uid = "registration-" + this.repository.findByPersonalToken(token).orElseThrow().getId()
				+ "@gyakorlattar";

		biweekly.component.VEvent download = CalendarFileCheck
			.onlyEvent(CalendarFileCheck.check(this.mvc.perform(get("/regisztraciom/{token}/naptar.ics", token))
				.andReturn()
				.getResponse()
				.getContentAsByteArray()));
		assertThat(download.getUid().getValue()).isEqualTo(uid);
		biweekly.component.VEvent inFeed = CalendarFileCheck.eventOf(CalendarFileCheck.check(
				this.mvc.perform(get("/esemenyek/naptar.ics")).andReturn().getResponse().getContentAsByteArray()), id);
		CalendarFileCheck.assertPlacedAt(inFeed, budapest(first, 9, 5), budapest(first, 11, 50));
		assertThat(inFeed.getSummary().getValue()).isEqualTo(title);

		this.transaction
			.executeWithoutResult((status) -> ConferencesForRegistrationTests.moveTo(this.conferences, id, second));
		this.mailbox.awaitSubject(email, "Megváltozott az időpont");
		this.mvc.perform(post("/regisztraciom/{token}/lemondas", token).with(csrf()))
			.andExpect(redirectedUrl("/regisztraciom/" + token));
		register(id, email, "Óra", "Ödön");
		this.mvc.perform(post("/regisztraciom/{token}/megerosites", token).with(csrf()))
			.andExpect(status().is3xxRedirection());

		List<biweekly.ICalendar> entries = outboxCalendarEntries(email, 4);
		assertThat(entries).extracting((entry) -> entry.getMethod().getValue())
			.containsExactly("PUBLISH", "PUBLISH", "CANCEL", "PUBLISH");
		java.util.Map<String, Integer> lastSequence = new java.util.HashMap<>();
		for (int i = 0; i < entries.size(); i++) {
			biweekly.component.VEvent event = CalendarFileCheck.onlyEvent(entries.get(i));
			LocalDate day = (i == 0) ? first : second;
			CalendarFileCheck.assertPlacedAt(event, budapest(day, 9, 5), budapest(day, 11, 50));
			assertThat(event.getSummary().getValue()).isEqualTo(title);
			// the join page, not the personal page that cancels and erases
			assertThat(event.getLocation().getValue()).isEqualTo(joinUrl);
			assertThat(event.getUrl().getValue()).isEqualTo(joinUrl);
			assertThat(event.getOrganizer().getEmail()).as("the office, not the no-reply sender")
				.isEqualTo("iroda@gyakorlattar.local");
			assertThat(event.getAttendees()).as("PUBLISH and CANCEL name no attendee to answer").isEmpty();
			String eventUid = event.getUid().getValue();
			Integer before = lastSequence.put(eventUid, event.getSequence().getValue());
			if (before != null) {
				assertThat(event.getSequence().getValue()).as("entry %d outranks the last one with UID %s", i, eventUid)
					.isGreaterThan(before);
			}
		}
		assertThat(CalendarFileCheck.onlyEvent(entries.get(1)).getUid().getValue()).isEqualTo(uid);
		assertThat(CalendarFileCheck.onlyEvent(entries.get(2)).getUid().getValue()).isEqualTo(uid);
		assertThat(CalendarFileCheck.onlyEvent(entries.get(2)).getStatus().getValue()).isEqualTo("CANCELLED");
	}

	@Test
	void aNewMeetingSendsTheLinkAgainToThoseWhoHadIt() throws Exception {
		long id = conference("Új terem", 2, 10);
		confirmed(id, "ujterem@example.hu", "Terem", "Tódor");
		untilTheDayBeforeAt10(id);
		this.mailbox.awaitSubject("ujterem@example.hu", "Belépési link");

		this.transaction.executeWithoutResult((status) -> ConferencesForRegistrationTests
			.changeMeeting(this.conferences, id, "https://meet.example.hu/uj-terem"));

		Mailbox.Mail again = this.mailbox.awaitSubject("ujterem@example.hu", "Új virtuális terem");
		assertThat(again.text()).startsWith("Kedves Terem Tódor!").contains("/j/");
		assertThat(again.text()).doesNotContain("meet.example.hu");
	}

	@Test
	void anEnglishRegistrantGetsEnglishMails() throws Exception {
		long id = conference("Nyelvpróba", 10, 10);
		this.mvc
			.perform(post("/esemenyek/{id}/regisztracio", id).with(csrf())
				.param("lang", "en")
				.param("familyName", "Smith")
				.param("givenName", "Jane")
				.param("email", "jane.smith@example.org")
				.param("post", "researcher")
				.param("organisation", "University of Example")
				.param("privacyNoticeAccepted", "true"))
			.andExpect(status().is3xxRedirection());
		Mailbox.Mail mail = this.mailbox.awaitSubject("jane.smith@example.org", "confirm");
		assertThat(mail.subject()).isEqualTo("Please confirm your registration: Nyelvpróba");
		assertThat(mail.text()).startsWith("Dear Jane Smith,");
	}

	/**
	 * The conference follows the registrant's language: English where it has an English
	 * version, in the mails, the calendar entry and the personal page; its Hungarian-only
	 * talk is marked lang="hu" on the English page; a Hungarian registrant reads it all
	 * in Hungarian.
	 */
	@Test
	void anEnglishRegistrantReadsTheConferenceInEnglishWhereItHasAVersion() throws Exception {
		LocalDate day = today().plusDays(12);
		long id = this.transaction
			.execute((status) -> ConferencesForRegistrationTests.publishedInEnglish(this.conferences,
					"Idősellátás „jó” gyakorlatai", "Good “practices” in elderly care", "Nyitó előadás", "", day,
					today().minusDays(1).atTime(9, 0), day.atTime(9, 0)));
		this.mvc
			.perform(post("/esemenyek/{id}/regisztracio", id).with(csrf())
				.param("lang", "en")
				.param("familyName", "Smith")
				.param("givenName", "John")
				.param("email", "john.smith@example.org")
				.param("post", "researcher")
				.param("organisation", "University of Example")
				.param("privacyNoticeAccepted", "true"))
			.andExpect(status().is3xxRedirection());
		Mailbox.Mail request = this.mailbox.awaitSubject("john.smith@example.org", "confirm");
		assertThat(request.subject()).isEqualTo("Please confirm your registration: Good “practices” in elderly care");
		assertThat(request.html()).doesNotContain("Idősellátás");
		this.mvc.perform(post("/regisztraciom/{token}/megerosites", request.personalToken()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		Mailbox.Mail confirmed = this.mailbox.awaitSubject("john.smith@example.org", "confirmed");
		assertThat(confirmed.text()).contains("Good “practices” in elderly care").doesNotContain("Idősellátás");
		biweekly.property.Summary summary = CalendarFileCheck.onlyEvent(confirmed.parsedCalendar()).getSummary();
		assertThat(summary.getValue()).isEqualTo("Good “practices” in elderly care");
		assertThat(summary.getParameters().getLanguage()).isEqualTo("en");

		// The link in the mail as it is, opened by a browser that has not chosen a
		// language.
		org.jsoup.nodes.Document personal = personalPage(request.personalToken());
		assertThat(personal.select("html").attr("lang")).isEqualTo("en");
		assertThat(personal.select("main h2").first().text()).isEqualTo("Good “practices” in elderly care");
		assertThat(personal.select("main [lang=hu]")).extracting(org.jsoup.nodes.Element::text)
			.containsExactly("Nyitó előadás");
		assertThat(personal.select("main th[scope=row]").first().text()).matches("\\d{2}:\\d{2}–\\d{2}:\\d{2}");
		assertThat(personal.select("main").text()).as("the details as given, no form labels")
			.contains("You have not asked any question yet.")
			.doesNotContain("(optional)");
		assertThat(personal.select("main dd").first().text()).as("their name as English writes it")
			.isEqualTo("John Smith");

		register(id, "magyar.maria@example.hu", "Magyar", "Mária");
		Mailbox.Mail hungarian = this.mailbox.awaitSubject("magyar.maria@example.hu", "Erősítse meg");
		assertThat(hungarian.subject()).contains("Idősellátás „jó” gyakorlatai");
		org.jsoup.nodes.Document hungarianPage = personalPage(hungarian.personalToken());
		assertThat(hungarianPage.select("html").attr("lang")).isEqualTo("hu");
		assertThat(hungarianPage.select("main dd").first().text()).isEqualTo("Magyar Mária");
		assertThat(hungarianPage.select("main th[scope=row]").first().text())
			.matches("\\d{1,2}\\.\\d{2}–\\d{1,2}\\.\\d{2}");
	}

	/** A registrant's page as a browser that has not chosen a language opens it. */
	private org.jsoup.nodes.Document personalPage(String token) throws Exception {
		return org.jsoup.Jsoup.parse(
				this.mvc.perform(get("/regisztraciom/{token}", token)).andReturn().getResponse().getContentAsString());
	}

	@Test
	void aRegistrantWithAPrefixIsGreetedFormallyFamilyNameFirst() throws Exception {
		long id = conference("Megszólítás", 10, 10);
		this.mvc
			.perform(post("/esemenyek/{id}/regisztracio", id).with(csrf())
				.param("prefix", " dr. ")
				.param("familyName", "Kovács")
				.param("givenName", "Éva")
				.param("email", "dr.kovacs.eva@szada.example.hu")
				.param("post", "jegyző")
				.param("municipality", "Szada")
				.param("privacyNoticeAccepted", "true"))
			.andExpect(redirectedUrl("/esemenyek/" + id + "/regisztracio/elkuldve"));
		Mailbox.Mail request = this.mailbox.awaitSubject("dr.kovacs.eva@szada.example.hu", "Erősítse meg");
		assertThat(request.text()).startsWith("Tisztelt dr. Kovács Éva!");
		assertThat(request.html()).contains("Tisztelt dr. Kovács Éva!");
		Registration stored = this.repository.findByPersonalToken(request.personalToken()).orElseThrow();
		assertThat(stored.getPrefix()).isEqualTo("dr.");
		assertThat(stored.name()).hasToString("dr. Kovács Éva");
		this.mvc.perform(get("/regisztraciom/{token}/adataim.json", request.personalToken()))
			.andExpect(jsonPath("$.prefix").value("dr."))
			.andExpect(jsonPath("$.familyName").value("Kovács"))
			.andExpect(jsonPath("$.language").value("hu-HU"));

		this.mvc.perform(post("/api/conferences/{id}/registrations", id).with(csrf())
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.content("""
					{"prefix": "dr.", "familyName": "Smith", "givenName": "Jane", "email": "dr.jane.smith@example.org",
					 "post": "researcher", "organisation": "University of Example", "privacyNoticeAccepted": true}""")
			.header("Accept-Language", "en")
			.param("lang", "en")).andExpect(status().isAccepted());
		Mailbox.Mail english = this.mailbox.awaitSubject("dr.jane.smith@example.org", "confirm");
		assertThat(english.text()).startsWith("Dear Dr. Jane Smith,");
	}

	@Test
	void theRetentionPurgeRemovesEveryPersonalDetailAfterItsTimeAndKeepsOnlyTheStatistics() throws Exception {
		long past = conference("Lejárt megőrzés", 2, 10);
		long later = conference("Még megőrzött", 40, 10);
		this.mvc
			.perform(post("/esemenyek/{id}/regisztracio", past).with(csrf())
				.param("familyName", "Megőrző")
				.param("givenName", "Margit")
				.param("email", "megorzes@example.hu")
				.param("post", "aljegyző")
				.param("municipality", szada())
				.param("phone", "+36 30 765 4321")
				.param("question", "Mennyi ideig őrzik az adataimat?")
				.param("privacyNoticeAccepted", "true"))
			.andExpect(redirectedUrl("/esemenyek/" + past + "/regisztracio/elkuldve"));
		String token = this.mailbox.awaitSubject("megorzes@example.hu", "Erősítse meg").personalToken();
		this.transaction.executeWithoutResult((status) -> this.places.confirm(token));
		long id = this.repository.findByPersonalToken(token).orElseThrow().getId();
		String keptToken = confirmed(later, "megorzes.kesobb@example.hu", "Később", "Kornél");
		org.awaitility.Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.until(() -> this.jdbc.queryForObject("select count(*) from question where registration_id = ?", Long.class,
					id) == 1);

		List<Long> mails = awaitOutboxDelivered("megorzes@example.hu", 2);

		// A day short of the retention time nothing changes; after it, the nightly run
		// purges.
		java.time.Instant endsAt = window(past).endsAt();
		this.clock
			.advance(Duration.between(this.clock.instant(), endsAt).plus(this.properties.retention().minusDays(1)));
		this.retention.anonymiseExpired();
		assertThat(this.repository.findById(id).orElseThrow().getAnonymisedAt()).isNull();
		this.clock.advance(Duration.ofDays(1).plusHours(1));
		this.retention.anonymiseExpired();

		java.util.Map<String, Object> row = this.jdbc.queryForMap("select * from registration where id = ?", id);
		assertThat(row).containsEntry("family_name", "")
			.containsEntry("given_name", "")
			.containsEntry("post", "")
			.containsEntry("email", "anonymised-" + id)
			.containsEntry("email_key", "anonymised-" + id)
			.containsEntry("phone", null)
			.containsEntry("organisation", null)
			.containsEntry("seat_join_url", null)
			// What the statistics need stays.
			.containsEntry("municipality_name", "Szada")
			.containsEntry("municipality_county", "Pest")
			.containsEntry("status", "CONFIRMED");
		assertThat(row.get("municipality_population")).isNotNull();
		assertThat(row.get("anonymised_at")).isNotNull();
		assertThat(row.values()).noneMatch((value) -> String.valueOf(value).contains("Megőrző")
				|| String.valueOf(value).contains("megorzes@") || String.valueOf(value).contains("765 4321"));
		assertThat(row.get("personal_token")).isNotEqualTo(token);
		this.mvc.perform(get("/regisztraciom/{token}", token)).andExpect(status().isNotFound());
		assertThat(this.jdbc.queryForObject(
				"select count(*) from registration_scheduled_mail where registration_id = ? and sent_at is null",
				Long.class, id))
			.isZero();
		org.awaitility.Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.until(() -> this.jdbc.queryForObject("select count(*) from question where registration_id = ?", Long.class,
					id) == 0);

		// Of their mails only that and when they went out remains.
		assertThat(this.jdbc.queryForObject("select count(*) from mail_outbox where id = any(?) and status = 'SENT' "
				+ "and sent_at is not null and recipient is null and subject is null and body_text is null "
				+ "and body_html is null", Long.class, (Object) mails.toArray(Long[]::new)))
			.isEqualTo(mails.size());
		assertThat(this.jdbc.queryForObject(
				"select count(*) from mail_outbox where lower(recipient) = "
						+ "'megorzes@example.hu' or body_text like '%Megőrző%' or body_text like ?",
				Long.class, "%" + token + "%"))
			.isZero();

		// The later conference's registrant keeps everything until their own time.
		assertThat(this.repository.findByPersonalToken(keptToken).orElseThrow().getFamilyName()).isEqualTo("Később");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from mail_outbox where recipient = 'megorzes.kesobb@example.hu' and body_text like ?",
				Long.class, "%" + keptToken + "%"))
			.isPositive();
		// Running it again changes nothing.
		this.retention.anonymiseExpired();
		assertThat(this.jdbc.queryForMap("select * from registration where id = ?", id)).isEqualTo(row);
	}

	@Test
	void aRegistrantDownloadsTheirDataAndErasesItAtOnceAndTheWaitingListMovesOn() throws Exception {
		long id = conference("Azonnali törlés", 12, 1);
		String first = confirmed(id, "torlendo@example.hu", "Törlendő", "Tamás");
		String second = confirmed(id, "varakozo.torleskor@example.hu", "Várakozó", "Vilma");
		assertThat(statusOf(second)).isEqualTo(RegistrationStatus.WAITING);

		this.mvc.perform(get("/regisztraciom/{token}", first))
			.andExpect(content().string(allOf(containsString("/adataim.json"), containsString("/torles"))));
		this.mvc.perform(get("/regisztraciom/{token}/adataim.json", first))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(jsonPath("$.familyName").value("Törlendő"))
			.andExpect(jsonPath("$.email").value("torlendo@example.hu"))
			.andExpect(jsonPath("$.municipality").value("Szada"))
			.andExpect(jsonPath("$.status").value("CONFIRMED"))
			.andExpect(jsonPath("$.conference").value("Azonnali törlés"));
		this.mvc.perform(get("/regisztraciom/{token}/adataim.json", "hamisitott-token"))
			.andExpect(status().isNotFound());

		this.mvc.perform(get("/regisztraciom/{token}/torles", first))
			.andExpect(content().string(containsString("nem vonható vissza")));
		this.mvc.perform(post("/regisztraciom/{token}/torles", first)).andExpect(status().isForbidden());
		assertThat(statusOf(first)).as("nothing happens without the form's token")
			.isEqualTo(RegistrationStatus.CONFIRMED);
		long registrationId = this.repository.findByPersonalToken(first).orElseThrow().getId();
		this.mvc.perform(post("/regisztraciom/{token}/torles", first).with(csrf())).andExpect(redirectedUrl("/"));

		java.util.Map<String, Object> row = this.jdbc.queryForMap("select * from registration where id = ?",
				registrationId);
		assertThat(row).containsEntry("family_name", "")
			.containsEntry("email", "anonymised-" + registrationId)
			.containsEntry("status", "CANCELLED")
			.containsEntry("municipality_name", "Szada");
		assertThat(row.values()).noneMatch((value) -> String.valueOf(value).contains("torlendo@"));
		this.mvc.perform(get("/regisztraciom/{token}", first)).andExpect(status().isNotFound());
		this.mvc.perform(post("/regisztraciom/{token}/torles", first).with(csrf())).andExpect(status().isNotFound());
		// The calendar entry is withdrawn and the place goes to the next in line.
		Mailbox.Mail last = this.mailbox.awaitSubject("torlendo@example.hu", "Lemondta");
		assertThat(last.calendar()).contains("METHOD:CANCEL");
		// and offers no personal page: it works no more
		assertThat(last.text()).doesNotContain("/regisztraciom/").doesNotContain("Személyes oldala");
		assertThat(last.html()).doesNotContain("/regisztraciom/");
		assertThat(statusOf(second)).isEqualTo(RegistrationStatus.CONFIRMED);
	}

	@Test
	void erasingARegistrationNeverConfirmedSendsNothingToTheUnprovenAddress() throws Exception {
		long id = conference("Meg nem erősített törlés", 13, 10);
		register(id, "soha.megerositett@example.hu", "Soha", "Sára");
		String token = this.mailbox.awaitSubject("soha.megerositett@example.hu", "Erősítse meg").personalToken();

		this.mvc.perform(post("/regisztraciom/{token}/torles", token).with(csrf())).andExpect(redirectedUrl("/"));

		// A mail queued after it reaches someone else; none reached the unproven address.
		confirmed(id, "utana.jott@example.hu", "Utána", "Ulrik");
		assertThat(this.mailbox.to("soha.megerositett@example.hu")).extracting(Mailbox.Mail::subject)
			.singleElement()
			.asString()
			.startsWith("Erősítse meg");
	}

	/**
	 * The outbox knows a mail by its address only, so the rule is: an address's mails are
	 * forgotten when its last registration holding personal data is erased; erasing one
	 * of two leaves the mails of the other (its personal link) in place. The cancellation
	 * that withdraws the calendar entry still goes out, then is forgotten too.
	 */
	@Test
	void anErasedRegistrantLeavesOnlyThatAndWhenMailsWentOutInTheOutboxOnceTheirLastRegistrationGoes()
			throws Exception {
		String address = "kimeno.torolt@example.hu";
		long first = conference("Kimenő első", 14, 10);
		long second = conference("Kimenő második", 15, 10);
		String firstToken = confirmedFor(first, "Kimenő első", address);
		String secondToken = confirmedFor(second, "Kimenő második", address);
		List<Long> delivered = awaitOutboxDelivered(address, 4);
		// A mail that failed once and waits for its next attempt, an hour from the
		// application's now (its clock may stand days ahead of the database's).
		long waiting = this.jdbc.queryForObject("insert into mail_outbox (message_id, recipient, subject, body_text, "
				+ "body_html, template, status, attempts, next_attempt_at, created_at) values (?, ' Kimeno.Torolt@Example.HU', "
				+ "'Emlékeztető', ?, '<p>Kimenő Klára</p>', 'registration/reminder', 'QUEUED', 1, ?, now()) "
				+ "returning id", Long.class, "<erasure-" + secondToken + "@gyakorlattar>",
				"Kedves Kimenő Klára! http://localhost:8080/regisztraciom/" + secondToken,
				java.sql.Timestamp.from(this.clock.instant().plus(Duration.ofHours(1))));

		this.mvc.perform(post("/regisztraciom/{token}/torles", firstToken).with(csrf())).andExpect(redirectedUrl("/"));
		// Still registered for the second conference: its mails stay whole and due.
		assertThat(this.jdbc.queryForObject("select count(*) from mail_outbox where id = any(?) and recipient = ?",
				Long.class, (Object) delivered.toArray(Long[]::new), address))
			.isEqualTo(delivered.size());
		assertThat(outboxRow(waiting)).isNotNull();

		this.mvc.perform(post("/regisztraciom/{token}/torles", secondToken).with(csrf())).andExpect(redirectedUrl("/"));
		assertThat(outboxRow(waiting)).as("an unsent mail is never sent to an erased person").isNull();
		// Both cancellations withdraw the calendar entries, then are forgotten as well.
		List<Mailbox.Mail> cancellations = this.mailbox.await(address, 6)
			.stream()
			.filter((mail) -> mail.subject().contains("Lemondta"))
			.toList();
		assertThat(cancellations).hasSize(2)
			.allSatisfy((mail) -> assertThat(mail.calendar()).contains("METHOD:CANCEL"));
		org.awaitility.Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.until(() -> this.jdbc.queryForObject(
					"select count(*) from mail_outbox where id > ? and template = "
							+ "'registration/cancelled' and status = 'SENT' and forgotten_at is not null",
					Long.class, waiting) == 2);
		assertThat(this.jdbc.queryForObject("select count(*) from mail_outbox where id > ?", Long.class, waiting))
			.isEqualTo(2);
		for (long id : delivered) {
			java.util.Map<String, Object> row = outboxRow(id);
			assertThat(row).containsEntry("status", "SENT").containsEntry("recipient", null);
			assertThat(row.get("sent_at")).isNotNull();
			assertThat(row.get("created_at")).isNotNull();
		}
		assertThat(this.jdbc.queryForObject("select count(*) from mail_outbox m where lower(m.recipient) like "
				+ "'%kimeno.torolt%' or m.subject like '%Kimenő Klára%' or m.body_text like '%Kimenő Klára%' "
				+ "or m.body_html like ? or m.body_text like ? or m.body_text like ? or m.last_error like '%kimeno.torolt%' "
				// As bytes: another class's PDF may share the outbox.
				+ "or exists (select 1 from mail_outbox_attachment a where a.message_id = m.id "
				+ "and position(convert_to('kimeno.torolt', 'UTF8') in a.content) > 0)", Long.class,
				"%" + secondToken + "%", "%" + firstToken + "%", "%" + secondToken + "%"))
			.isZero();
		this.mvc.perform(get("/admin/levelek").with(user("iroda@example.hu").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Törölt címzett")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("kimeno.torolt"))));
		this.mvc.perform(get("/admin/levelek/{id}", delivered.get(0)).with(user("iroda@example.hu").roles("ADMIN")))
			.andExpect(content().string(containsString("Törölt címzett")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("kimeno.torolt"))))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Kimenő Klára"))))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString(firstToken))));
	}

	// --- the words about the join link follow the real timing ---

	@Test
	void daysBeforeTheConferenceTheConfirmationAndThePersonalPageSayWhenTheLinkComes() throws Exception {
		long id = lateConference("Időben jelentkező", 6);
		LocalDate day = this.conferences.find(id).orElseThrow().day();
		String linkAt = huDateTime(budapest(HungarianWorkingDays.lastBefore(day), 10, 0));
		String token = confirmed(id, "idoben@example.hu", "Időben", "Ida");

		Mailbox.Mail confirmation = this.mailbox.awaitSubject("idoben@example.hu", "megerősítve");
		assertThat(confirmation.text())
			.contains("A belépéshez szükséges személyes linket a konferencia előtti munkanapon, " + linkAt
					+ "-kor küldjük el.")
			.doesNotContain("most elküldtük");
		assertThat(
				this.mvc.perform(get("/regisztraciom/{token}", token)).andReturn().getResponse().getContentAsString())
			.contains("Személyes belépési linkjét a konferencia előtti munkanapon, " + linkAt
					+ "-kor küldjük el e-mailben.")
			.doesNotContain("konferencia holnap", "konferencia ma,", "már nyitva");
		assertThat(linkMailsQueuedTo("idoben@example.hu")).isZero();
	}

	@Test
	void thePersonalPageSaysTheAgendaIsToComeUntilTheOfficeWritesIt() throws Exception {
		long id = lateConference("Program nélkül", 9);
		String token = confirmed(id, "programra.var@example.hu", "Programra", "Váró");

		String before = this.mvc.perform(get("/regisztraciom/{token}", token))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(before).contains("A programot később, ezen az oldalon tesszük közzé.")
			.doesNotContain("aria-labelledby=\"program-cim\"");

		ConferencesForRegistrationTests.withAgendaItem(this.conferences, id, LocalTime.of(10, 0), LocalTime.of(10, 30),
				AgendaItemKind.WELCOME, "Köszöntő");
		String after = this.mvc.perform(get("/regisztraciom/{token}", token))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(after).contains("aria-labelledby=\"program-cim\"", "10.00–10.30", "Köszöntő")
			.doesNotContain("A programot később");
	}

	@Test
	void aMondayConferencesLinkIsPromisedForFridayAndArrivesThenNamingMonday() throws Exception {
		LocalDate monday = today().plusDays(7).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
		while (HungarianWorkingDays.lastBefore(monday).getDayOfWeek() != DayOfWeek.FRIDAY) {
			monday = monday.plusWeeks(1);
		}
		LocalDate friday = monday.minusDays(3);
		long id = lateConference("Hétfői konferencia", (int) ChronoUnit.DAYS.between(today(), monday));
		confirmed(id, "hetfo@example.hu", "Hétfői", "Henrik");

		assertThat(this.mailbox.awaitSubject("hetfo@example.hu", "megerősítve").text())
			.contains("A belépéshez szükséges személyes linket a konferencia előtti munkanapon, "
					+ huDateTime(budapest(friday, 10, 0)) + "-kor küldjük el.");
		this.clock.advance(Duration.between(this.clock.instant(), budapest(friday, 10, 0)));
		Mailbox.Mail link = this.mailbox.awaitSubject("hetfo@example.hu", "Belépési link");
		assertThat(link.subject()).isEqualTo("Belépési link a konferenciához: Hétfői konferencia");
		assertThat(link.text()).contains("online konferencia " + huDateTime(budapest(monday, 10, 0)) + "-kor kezdődik")
			.doesNotContain("Holnap");
	}

	@Test
	void onTheEveningBeforeAfterTheSendTheLinkComesAtOnceForTomorrow() throws Exception {
		long id = lateConference("Esti jelentkező", 3);
		LocalDate day = this.conferences.find(id).orElseThrow().day();
		this.clock.advance(Duration.between(this.clock.instant(), budapest(day.minusDays(1), 20, 0)));
		String token = confirmed(id, "esti@example.hu", "Esti", "Emma");

		assertThat(this.mailbox.awaitSubject("esti@example.hu", "megerősítve").text())
			.contains("A konferencia holnap, 10.00-kor kezdődik. Személyes belépési linkjét külön levélben most "
					+ "elküldtük; a virtuális terem 9.30-kor nyílik.")
			.doesNotContain("előtti munkanapon");
		Mailbox.Mail link = this.mailbox.awaitSubject("esti@example.hu", "Belépési link");
		assertThat(link.subject()).isEqualTo("Belépési link a holnapi konferenciához: Esti jelentkező");
		assertThat(link.text()).contains("Holnap, " + huDateTime(budapest(day, 10, 0)) + "-kor kezdődik")
			.contains("A virtuális terem " + huDateTime(budapest(day, 9, 30)) + "-kor nyílik")
			.contains("/j/" + joinTokenOf(token));
		assertThat(link.html()).as("the join link is a button").contains("background-color: #073763");
		assertThat(
				this.mvc.perform(get("/regisztraciom/{token}", token)).andReturn().getResponse().getContentAsString())
			.contains("A konferencia holnap, 10.00-kor kezdődik; a virtuális terem 9.30-kor nyílik.")
			.contains("Személyes belépési linkjét e-mailben is elküldtük (" + huDateTime(this.clock.instant()) + ").")
			.doesNotContain("előtti munkanapon");
	}

	@Test
	void onTheDayBeforeTheRoomOpensTheWordsSayToday() throws Exception {
		long id = lateConference("Reggeli jelentkező", 2);
		LocalDate day = this.conferences.find(id).orElseThrow().day();
		this.clock.advance(Duration.between(this.clock.instant(), budapest(day, 8, 0)));
		String token = confirmed(id, "reggeli@example.hu", "Reggeli", "Rita");

		assertThat(this.mailbox.awaitSubject("reggeli@example.hu", "megerősítve").text())
			.contains("A konferencia ma, 10.00-kor kezdődik. Személyes belépési linkjét külön levélben most "
					+ "elküldtük; a virtuális terem 9.30-kor nyílik.")
			.doesNotContain("előtti munkanapon", "holnap");
		Mailbox.Mail link = this.mailbox.awaitSubject("reggeli@example.hu", "Belépési link");
		assertThat(link.subject()).isEqualTo("Belépési link a mai konferenciához: Reggeli jelentkező");
		assertThat(link.text()).contains("Ma, " + huDateTime(budapest(day, 10, 0)) + "-kor kezdődik")
			.doesNotContainIgnoringCase("holnap");
		assertThat(
				this.mvc.perform(get("/regisztraciom/{token}", token)).andReturn().getResponse().getContentAsString())
			.contains("A konferencia ma, 10.00-kor kezdődik; a virtuális terem 9.30-kor nyílik.")
			.doesNotContain("előtti munkanapon", "holnap");
	}

	@Test
	void sevenMinutesBeforeTheStartTheRoomIsOpenInEveryWordAndTheButtonEnters() throws Exception {
		long id = lateConference("Utolsó pillanat", 2);
		LocalDate day = this.conferences.find(id).orElseThrow().day();
		this.clock.advance(Duration.between(this.clock.instant(), budapest(day, 9, 53)));
		String token = confirmed(id, "utolso@example.hu", "Utolsó", "Ubul");

		assertThat(this.mailbox.awaitSubject("utolso@example.hu", "megerősítve").text())
			.contains("A virtuális terem már nyitva van: személyes belépési linkjét külön levélben most elküldtük, "
					+ "azzal most rögtön beléphet. A konferencia kezdete: 10.00.")
			.doesNotContain("előtti munkanapon", "holnap", "nyílik");
		Mailbox.Mail link = this.mailbox.awaitSubject("utolso@example.hu", "Belépési link");
		assertThat(link.subject()).isEqualTo("Belépési link – a virtuális terem már nyitva: Utolsó pillanat");
		assertThat(link.text()).contains("virtuális terme már nyitva van")
			.contains("böngészőn keresztül is működik")
			.doesNotContain("holnap", "nyílik");
		String page = this.mvc.perform(get("/regisztraciom/{token}", token))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("A virtuális terem már nyitva van: az alábbi gombbal most rögtön beléphet.")
			.contains("action=\"/j/" + joinTokenOf(token) + "\" method=\"post\"")
			.doesNotContain("előtti munkanapon", "holnap", "nyílik");
		// The button records the attendance as before.
		this.mvc.perform(post("/j/{token}", joinTokenOf(token)).with(csrf())).andExpect(status().isOk());
		assertThat(statusOf(token)).isEqualTo(RegistrationStatus.ATTENDED);

		this.mvc
			.perform(post("/esemenyek/{id}/regisztracio", id).with(csrf())
				.param("lang", "en")
				.param("familyName", "Late")
				.param("givenName", "Larry")
				.param("email", "late.larry@example.org")
				.param("post", "researcher")
				.param("organisation", "University of Example")
				.param("privacyNoticeAccepted", "true"))
			.andExpect(status().is3xxRedirection());
		String english = this.mailbox.awaitSubject("late.larry@example.org", "confirm").personalToken();
		this.mvc.perform(post("/regisztraciom/{token}/megerosites", english).with(csrf()).param("lang", "en"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.mailbox.awaitSubject("late.larry@example.org", "confirmed").text())
			.contains("The virtual room is open now: we have just sent you your personal join link")
			.doesNotContain("tomorrow", "opens");
		assertThat(this.mailbox.awaitSubject("late.larry@example.org", "join link").subject())
			.isEqualTo("Your join link – the room is open now: Utolsó pillanat");
		assertThat(this.mvc.perform(get("/regisztraciom/{token}", english).param("lang", "en"))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("The virtual room is open now: join straight away with the button below.")
			.doesNotContain("opens at");
	}

	/** Open for registration until an hour after its 10.00 start. */
	long lateConference(String title, int daysAhead) {
		LocalDate day = today().plusDays(daysAhead);
		return this.transaction.execute((status) -> ConferencesForRegistrationTests.published(this.conferences, title,
				day, 10, today().minusDays(1).atTime(9, 0), day.atTime(11, 0)));
	}

	long linkMailsQueuedTo(String address) {
		return this.jdbc.queryForObject(
				"select count(*) from mail_outbox where recipient = ? and template = 'registration/day-before-link'",
				Long.class, address);
	}

	/** "2021. június 21. (hétfő) 10.00" */
	static String huDateTime(java.time.Instant instant) {
		return java.time.format.DateTimeFormatter.ofPattern("yyyy. MMMM d. (EEEE) H.mm", HungarianFormats.HUNGARIAN)
			.format(instant.atZone(HungarianFormats.BUDAPEST));
	}

	// --- helpers ---

	/**
	 * Registers and confirms for the conference of this title; answers the personal
	 * token.
	 */
	String confirmedFor(long conferenceId, String title, String email) throws Exception {
		register(conferenceId, email, "Kimenő", "Klára");
		String token = this.mailbox.awaitSubject(email, "Erősítse meg regisztrációját: " + title).personalToken();
		this.mvc.perform(post("/regisztraciom/{token}/megerosites", token).with(csrf()))
			.andExpect(status().is3xxRedirection());
		return token;
	}

	/** Waits until this many mails to the address went out; answers their outbox ids. */
	List<Long> awaitOutboxDelivered(String address, int count) {
		org.awaitility.Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.until(() -> this.jdbc.queryForObject(
					"select count(*) from mail_outbox where recipient = ? and status = 'SENT'", Long.class,
					address) >= count);
		return this.jdbc.queryForList("select id from mail_outbox where recipient = ? order by id", Long.class,
				address);
	}

	java.util.Map<String, Object> outboxRow(long id) {
		List<java.util.Map<String, Object>> rows = this.jdbc.queryForList("select * from mail_outbox where id = ?", id);
		return rows.isEmpty() ? null : rows.get(0);
	}

	/**
	 * Every calendar entry the outbox holds for the address, in the order they were
	 * queued, once there are {@code count}; each passed the class check with its MIME
	 * type.
	 */
	List<biweekly.ICalendar> outboxCalendarEntries(String address, int count) {
		String query = "select a.content_type, a.content from mail_outbox_attachment a"
				+ " join mail_outbox m on m.id = a.message_id"
				+ " where m.recipient = ? and a.content_type like 'text/calendar%' order by m.id, a.position";
		org.awaitility.Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.until(() -> this.jdbc.queryForList(query, address).size() >= count);
		return this.jdbc.query(query, (row, n) -> CalendarFileCheck.checkMailed(row.getString(1), row.getBytes(2)),
				address);
	}

	static LocalDate lastSundayOf(LocalDate from, java.time.Month... months) {
		for (LocalDate month = from.withDayOfMonth(1);; month = month.plusMonths(1)) {
			LocalDate sunday = month.with(java.time.temporal.TemporalAdjusters.lastInMonth(java.time.DayOfWeek.SUNDAY));
			if (List.of(months).contains(month.getMonth()) && !sunday.isBefore(from)) {
				return sunday;
			}
		}
	}

	static java.time.Instant budapest(LocalDate day, int hour, int minute) {
		return day.atTime(hour, minute).atZone(HungarianFormats.BUDAPEST).toInstant();
	}

	long conference(String title, int daysAhead, int capacity) {
		LocalDate day = today().plusDays(daysAhead);
		return this.transaction.execute((status) -> ConferencesForRegistrationTests.published(this.conferences, title,
				day, capacity, today().minusDays(1).atTime(9, 0), day.atTime(9, 0)));
	}

	String szada() {
		return this.directory.search("Szada", 5)
			.stream()
			.filter((m) -> m.name().equals("Szada"))
			.findFirst()
			.orElseThrow()
			.kshCode();
	}

	/**
	 * Moves time to 10.00 in Budapest on the day before the conference, when the links
	 * have gone out (on the last working day before it).
	 */
	void untilTheDayBeforeAt10(long id) {
		java.time.Instant sendTime = this.conferences.find(id)
			.orElseThrow()
			.day()
			.minusDays(1)
			.atTime(10, 0)
			.atZone(HungarianFormats.BUDAPEST)
			.toInstant();
		this.clock.advance(Duration.between(this.clock.instant(), sendTime));
	}

	LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), HungarianFormats.BUDAPEST);
	}

	void register(long conferenceId, String email, String family, String given) throws Exception {
		register(conferenceId, email, family, given, false);
	}

	void register(long conferenceId, String email, String family, String given, boolean listed) throws Exception {
		this.mvc
			.perform(post("/esemenyek/{id}/regisztracio", conferenceId).with(csrf())
				.param("familyName", family)
				.param("givenName", given)
				.param("email", email)
				.param("post", "jegyző")
				.param("municipality", szada())
				.param("privacyNoticeAccepted", "true")
				.param("listConsent", String.valueOf(listed)))
			.andExpect(redirectedUrl("/esemenyek/" + conferenceId + "/regisztracio/elkuldve"));
	}

	void confirmedListed(long conferenceId, String email, String family, String given, boolean listed)
			throws Exception {
		register(conferenceId, email, family, given, listed);
		String token = this.mailbox.awaitSubject(email, "Erősítse meg").personalToken();
		this.transaction.executeWithoutResult((status) -> this.places.confirm(token));
	}

	/** Registers and confirms; answers the personal token. */
	String confirmed(long conferenceId, String email, String family, String given) throws Exception {
		register(conferenceId, email, family, given);
		String token = this.mailbox.awaitSubject(email, "Erősítse meg").personalToken();
		this.mvc.perform(post("/regisztraciom/{token}/megerosites", token).with(csrf()))
			.andExpect(status().is3xxRedirection());
		return token;
	}

	String joinTokenOf(String personalToken) {
		return this.repository.findByPersonalToken(personalToken).orElseThrow().getJoinToken();
	}

	String dayOfWeek(long id) {
		return this.conferences.find(id)
			.orElseThrow()
			.day()
			.getDayOfWeek()
			.getDisplayName(java.time.format.TextStyle.FULL, HungarianFormats.HUNGARIAN);
	}

	static String pdfText(byte[] pdf) throws java.io.IOException {
		try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
			return new org.apache.pdfbox.text.PDFTextStripper().getText(document);
		}
	}

	RegistrationStatus statusOf(String token) {
		return this.repository.findByPersonalToken(token).orElseThrow().getStatus();
	}

	ConferenceWindow window(long id) {
		var conference = this.conferences.find(id).orElseThrow();
		return new ConferenceWindow(conference.techHelpFrom(), conference.endsAt());
	}

	record ConferenceWindow(java.time.Instant techHelpFrom, java.time.Instant endsAt) {
	}

}
