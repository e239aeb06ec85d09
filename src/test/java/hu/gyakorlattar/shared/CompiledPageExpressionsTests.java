package hu.gyakorlattar.shared;

import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.thymeleaf.cache.ICache;
import org.thymeleaf.cache.ExpressionCacheKey;
import org.thymeleaf.spring6.SpringTemplateEngine;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.expression.spel.standard.SpelExpression;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The pages' expressions are compiled to bytecode once they have run often enough
 * ({@code spring.thymeleaf.enable-spring-el-compiler}): a page must read the same
 * afterwards, in either language, for a visitor and for the office. Rather than render
 * each page a hundred times, the test compiles every expression the pages used, then
 * renders them again.
 */
@ApplicationTest
class CompiledPageExpressionsTests {

	private static final Pattern FIRST_PRACTICE = Pattern.compile("href=\"(/gyakorlatok/[a-z0-9-]+)\"");

	private static final Pattern FIRST_CONFERENCE = Pattern.compile("href=\"(/esemenyek/[0-9]+)\"");

	/** A form's token differs from one rendering to the next. */
	private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"[^\"]*\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	SpringTemplateEngine templates;

	@Test
	void pagesReadTheSameOnceTheirExpressionsAreCompiled() throws Exception {
		List<String> paths = new ArrayList<>(
				List.of("/", "/gyakorlatok?q=tanoda", "/gyakorlatok?q=hullad%C3%A9kgazd%C3%A1lkod%C3%A1sban",
						"/gyakorlatok?megye=Vas&meret=FROM_1K", "/esemenyek", "/felhivasok", "/telepulesek"));
		paths.add(first(FIRST_PRACTICE, render(get("/gyakorlatok?q=tanoda"))));
		paths.add(first(FIRST_CONFERENCE, render(get("/esemenyek"))));
		List<String> interpreted = renderAll(paths);

		int compiled = compileEveryExpression();

		assertThat(compiled).as("expressions compiled").isGreaterThan(100);
		assertThat(renderAll(paths)).isEqualTo(interpreted);
	}

	private List<String> renderAll(List<String> paths) throws Exception {
		List<String> pages = new ArrayList<>();
		for (String path : paths) {
			pages.add(render(get(path)));
			pages.add(render(get(path).param("lang", "en")));
			pages.add(render(get(path).with(user("kifejezesek@gyakorlattar.example").roles("ADMIN"))));
		}
		return pages;
	}

	private String render(MockHttpServletRequestBuilder request) throws Exception {
		String page = this.mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return TOKEN.matcher(page).replaceAll("name=\"_csrf\"");
	}

	private static String first(Pattern link, String page) {
		Matcher matcher = link.matcher(page);
		assertThat(matcher.find()).as(link.pattern()).isTrue();
		return matcher.group(1);
	}

	/** Compiles each expression in the engine's cache that can be; how many could. */
	private int compileEveryExpression() throws ReflectiveOperationException {
		ICache<ExpressionCacheKey, Object> cache = this.templates.getConfiguration()
			.getCacheManager()
			.getExpressionCache();
		int compiled = 0;
		for (ExpressionCacheKey key : cache.keySet()) {
			Object cached = cache.get(key);
			// Thymeleaf keeps the parsed expression in a holder of its own.
			if (cached != null && cached.getClass().getSimpleName().equals("ComputedSpelExpression")) {
				Field expression = cached.getClass().getDeclaredField("expression");
				expression.setAccessible(true);
				if (((SpelExpression) expression.get(cached)).compileExpression()) {
					compiled++;
				}
			}
		}
		return compiled;
	}

}
