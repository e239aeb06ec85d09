package hu.gyakorlattar.security;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import hu.gyakorlattar.account.AccountManagement;
import hu.gyakorlattar.account.InvitationForm;
import hu.gyakorlattar.account.Role;
import hu.gyakorlattar.conference.ConferenceManagement;
import hu.gyakorlattar.conference.ConferencesForRegistrationTests;
import hu.gyakorlattar.shared.ApplicationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Nobody learns whether an address has an account or a registration: sign-in, password
 * reset and registration answer the same (status, redirect, page and flash message) and
 * take about as long for a known address as for an unknown one. The timings are medians
 * of {@value #ATTEMPTS} interleaved attempts each; they are printed, and the bound is
 * generous (a quarter of the slower median, at least {@value #MIN_BOUND_MS} ms) because
 * the test machine is shared: it catches a skipped password hash (tens of milliseconds),
 * not noise. Passwords are hashed at the application's own cost here, not the suite's
 * cheapest one, so that a skipped hash still shows.
 */
@ApplicationTest(properties = "gyakorlattar.password-hashing.bcrypt-rounds=10")
class NoEnumerationTests {

	static final int ATTEMPTS = 30;

	static final long MIN_BOUND_MS = 20;

	private static final String ADMIN = "admin@gyakorlattar.local";

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	ConferenceManagement conferences;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	Clock clock;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@Autowired
	org.springframework.security.crypto.password.PasswordEncoder passwords;

	/**
	 * Each attempt names an address of its own: the per-account limit of failed sign-ins
	 * would otherwise lock the address after a few rounds and answer every case alike
	 * without checking a password, hiding a skipped hash.
	 */
	@Test
	void signInAnswersTheSameForUnknownAddressesAndWrongPasswords() throws Exception {
		Map<String, List<String>> addresses = new LinkedHashMap<>();
		// One hash for every known account: at the application's cost, hashing it afresh
		// for each took a quarter of this test's time.
		String passwordHash = this.passwords.encode("a-helyes-jelszo-2026");
		for (int i = -5; i < ATTEMPTS; i++) {
			String known = "ismert-" + (i + 5) + "-enumeracio@example.hu";
			String invited = "meghivott-" + (i + 5) + "-enumeracio@example.hu";
			this.transaction.executeWithoutResult((status) -> {
				this.accounts.invite(new InvitationForm(known, "", "Ismert", "Irma", Role.EVALUATOR, ""),
						Locale.forLanguageTag("hu"));
				this.accounts.invite(new InvitationForm(invited, "", "Meghívott", "Mária", Role.EVALUATOR, ""),
						Locale.forLanguageTag("hu"));
			});
			this.jdbc.update("update account set password_hash = ? where email = ?", passwordHash, known);
			addresses.computeIfAbsent("unknown address", (key) -> new ArrayList<>())
				.add("senki-" + (i + 5) + "-enumeracio@example.hu");
			addresses.computeIfAbsent("known address, wrong password", (key) -> new ArrayList<>()).add(known);
			addresses.computeIfAbsent("invited, no password yet", (key) -> new ArrayList<>()).add(invited);
		}
		Map<String, MockHttpServletRequestBuilder> attempts = new LinkedHashMap<>();
		addresses.keySet().forEach((name) -> attempts.put(name, null));
		Map<String, Integer> used = new LinkedHashMap<>();

		compare("sign-in", attempts,
				(name) -> signIn(addresses.get(name).get(used.merge(name, 1, Integer::sum) - 1), "valami-jelszo-123"));
	}

	@Test
	void passwordResetAnswersTheSameForKnownAndUnknownAddresses() throws Exception {
		Map<String, MockHttpServletRequestBuilder> attempts = new LinkedHashMap<>();
		attempts.put("unknown address", reset("senki-visszaallitas@example.hu"));
		attempts.put("known address", reset(ADMIN));

		compare("password reset", attempts);
	}

	/**
	 * Every request is kept for the office alike, so neither the answer nor its timing
	 * tells whether the address has an account.
	 */
	@Test
	void applicantAccountRequestAnswersTheSameForKnownAndUnknownAddresses() throws Exception {
		Map<String, MockHttpServletRequestBuilder> attempts = new LinkedHashMap<>();
		attempts.put("unknown address", accountRequest("senki-fiokigenyles@example.hu"));
		attempts.put("known address", accountRequest(ADMIN));

		compare("applicant account request", attempts);
	}

	@Test
	void registrationAnswersTheSameForNewAndRegisteredAddresses() throws Exception {
		long id = this.transaction.execute((status) -> ConferencesForRegistrationTests
			.openForRegistration(this.conferences, this.clock, "Felsorolás elleni", 10_000));
		this.mvc.perform(register(id, "mar-regisztralt@example.hu"));
		Map<String, MockHttpServletRequestBuilder> attempts = new LinkedHashMap<>();
		int[] fresh = { 0 };
		attempts.put("new address", null);
		attempts.put("already registered", register(id, "mar-regisztralt@example.hu"));

		compare("registration", attempts, (name) -> "new address".equals(name)
				? register(id, "uj-" + (fresh[0]++) + "-enumeracio@example.hu") : attempts.get(name));
	}

	private static MockHttpServletRequestBuilder accountRequest(String email) {
		return post("/palyazoi-fiok").with(csrf())
			.param("familyName", "Felsoroló")
			.param("givenName", "Frida")
			.param("email", email)
			.param("municipality", "Szada")
			.param("position", "jegyző");
	}

	private void compare(String form, Map<String, MockHttpServletRequestBuilder> attempts) throws Exception {
		compare(form, attempts, attempts::get);
	}

	private void compare(String form, Map<String, MockHttpServletRequestBuilder> attempts,
			java.util.function.Function<String, MockHttpServletRequestBuilder> next) throws Exception {
		Map<String, List<Long>> timings = new LinkedHashMap<>();
		Map<String, String> answers = new LinkedHashMap<>();
		for (int round = -5; round < ATTEMPTS; round++) {
			for (String name : attempts.keySet()) {
				long started = System.nanoTime();
				MvcResult result = this.mvc.perform(next.apply(name)).andReturn();
				long micros = (System.nanoTime() - started) / 1_000;
				if (round >= 0) {
					timings.computeIfAbsent(name, (key) -> new ArrayList<>()).add(micros);
				}
				answers.put(name, answer(result));
			}
		}
		String first = answers.values().iterator().next();
		answers.forEach((name, answer) -> assertThat(answer).as("%s answer for %s", form, name).isEqualTo(first));

		Map<String, Long> medians = new LinkedHashMap<>();
		timings.forEach((name, values) -> medians.put(name, median(values)));
		StringBuilder report = new StringBuilder("[timing] " + form + ", median of " + ATTEMPTS + " (ms):");
		medians.forEach((name, median) -> report.append(String.format(Locale.ROOT, " %s=%.1f", name, median / 1000.0)));
		System.out.println(report);
		long slowest = medians.values().stream().mapToLong(Long::longValue).max().orElseThrow();
		long fastest = medians.values().stream().mapToLong(Long::longValue).min().orElseThrow();
		long bound = Math.max(MIN_BOUND_MS * 1000, slowest / 4);
		assertThat(slowest - fastest).as("%s: medians must not tell the cases apart (%s)", form, report)
			.isLessThan(bound);
	}

	/** What the visitor sees: status, where they are sent, the page and flash message. */
	private static String answer(MvcResult result) {
		MockHttpServletResponse response = result.getResponse();
		Object flash = (result.getFlashMap() != null) ? result.getFlashMap().get("flashKey") : null;
		String body;
		try {
			body = response.getContentAsString().replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "");
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
		return response.getStatus() + " " + response.getRedirectedUrl() + " " + flash + " " + body;
	}

	private static long median(List<Long> values) {
		List<Long> sorted = values.stream().sorted().toList();
		return sorted.get(sorted.size() / 2);
	}

	private static MockHttpServletRequestBuilder signIn(String email, String password) {
		return post("/belepes").with(csrf()).param("username", email).param("password", password);
	}

	private static MockHttpServletRequestBuilder reset(String email) {
		return post("/jelszo-emlekezteto").with(csrf()).param("email", email);
	}

	private static MockHttpServletRequestBuilder register(long id, String email) {
		return post("/esemenyek/{id}/regisztracio", id).with(csrf())
			.param("familyName", "Próba")
			.param("givenName", "Péter")
			.param("email", email)
			.param("post", "jegyző")
			.param("organisation", "Példa Egyesület")
			.param("privacyNoticeAccepted", "true");
	}

}
