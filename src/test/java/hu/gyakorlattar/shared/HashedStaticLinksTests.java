package hu.gyakorlattar.shared;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A page links its style sheet and script by the hash of their content (browsers keep
 * them a year), and every other link as written, without looking it up as a static file.
 */
@ApplicationTest
class HashedStaticLinksTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Test
	void aPageLinksItsStyleAndScriptByTheirHashAndItsOtherLinksAsWritten() throws Exception {
		String html = this.mvc.perform(get("/gyakorlatok")).andReturn().getResponse().getContentAsString();

		assertThat(html).containsPattern("href=\"/css/site-[0-9a-f]{32}\\.css\"")
			.containsPattern("src=\"/js/htmx\\.min-[0-9a-f]{32}\\.js\"")
			.contains("href=\"/api/practices/open-data.csv\"");
	}

	@Test
	void onlyTheStylesAndScriptsAreLookedUp() {
		HashedStaticLinks links = new HashedStaticLinks("/css/**", "/js/**");

		assertThat(links.isHashed("", "/css/site.css")).isTrue();
		assertThat(links.isHashed("/gy", "/gy/js/htmx.min.js?v=2")).isTrue();
		assertThat(links.isHashed("", "/gyakorlatok?q=css")).isFalse();
		assertThat(links.isHashed("", "/gyakorlatok/css-kerekpar")).isFalse();
		assertThat(links.isHashed("/gy", "/css/site.css")).isFalse();
		assertThat(links.isHashed("", "https://example.org/css/site.css")).isFalse();
	}

	@Test
	void itReplacesTheFilterBootWouldRegister() {
		long filters = Arrays.stream(this.context.getBeanNamesForType(FilterRegistrationBean.class))
			.map((name) -> this.context.getBean(name, FilterRegistrationBean.class).getFilter())
			.filter(ResourceUrlEncodingFilter.class::isInstance)
			.count();

		assertThat(filters).isOne();
		assertThat(this.context.getBeansOfType(ResourceUrlEncodingFilter.class)).isEmpty();
	}

}
