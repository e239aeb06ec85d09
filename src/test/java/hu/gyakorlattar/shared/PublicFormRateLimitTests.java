package hu.gyakorlattar.shared;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Which submissions the filter counts, and what a client over the limit gets. */
@ApplicationTest
class PublicFormRateLimitTests {

	private final PublicFormRateLimit limit;

	@Autowired
	PublicFormRateLimitTests(JdbcTemplate jdbc) {
		this.limit = new PublicFormRateLimit(new RateLimits(jdbc),
				new RateLimitProperties(List.of("/belepes", "/jelszo-emlekezteto", "/jelszo-beallitas/"), 3));
	}

	@Test
	void aClientThatSubmitsAFormTooOftenIsAskedToWait() throws Exception {
		assertThat(submit("POST", "/belepes", "10.0.0.1")).containsExactly(200, 200, 200, 429, 429);
	}

	@Test
	void eachClientAndEachFormHasItsOwnAllowance() throws Exception {
		submit("POST", "/belepes", "10.0.0.2");
		assertThat(submit("POST", "/belepes", "10.0.0.3")).startsWith(200, 200, 200);
		assertThat(submit("POST", "/jelszo-emlekezteto", "10.0.0.2")).startsWith(200, 200, 200);
	}

	/**
	 * Spring Security and Spring MVC decode the path before they match it; a limit that
	 * compared the raw address let {@code POST /%62elepes} sign in uncounted.
	 */
	@Test
	void everySpellingOfAFormsAddressCountsAgainstTheSameAllowance() throws Exception {
		List<String> spellings = List.of("/%62elepes", "/belepes/", "/belepes;x=1", "/BELEPES", "//belepes",
				"/Bel%65pes;jsessionid=1/");
		for (int i = 0; i < spellings.size(); i++) {
			String client = "10.0.1." + i;
			assertThat(submit("POST", "/belepes", client)).startsWith(200, 200, 200);
			assertThat(submit("POST", spellings.get(i), client)).as(spellings.get(i)).containsOnly(429);
		}
		assertThat(submit("POST", "/jelszo-beallitas;x/%41bc", "10.0.2.1")).containsExactly(200, 200, 200, 429, 429);
	}

	@Test
	void readingPagesAndOtherFormsIsNeverLimited() throws Exception {
		assertThat(submit("GET", "/belepes", "10.0.0.4")).containsOnly(200);
		assertThat(submit("POST", "/admin/ciklusok", "10.0.0.4")).containsOnly(200);
	}

	private List<Integer> submit(String method, String path, String client) throws Exception {
		Integer[] statuses = new Integer[5];
		for (int i = 0; i < statuses.length; i++) {
			MockHttpServletRequest request = new MockHttpServletRequest(method, path);
			request.setRemoteAddr(client);
			MockHttpServletResponse response = new MockHttpServletResponse();
			this.limit.doFilter(request, response, new MockFilterChain());
			statuses[i] = response.getStatus();
		}
		return List.of(statuses);
	}

}
