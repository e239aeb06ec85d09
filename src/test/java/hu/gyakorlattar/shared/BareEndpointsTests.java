package hu.gyakorlattar.shared;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The benchmark's bare endpoints do not exist without the {@code bench} profile: the
 * application as it runs in production (the shared context of the other full-context
 * tests) answers them as any unknown address.
 */
@ApplicationTest
class BareEndpointsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Test
	void theBareEndpointsAnswerNotFoundWithoutTheBenchProfile() throws Exception {
		assertThat(this.context.getBeanNamesForType(BareEndpoints.Bare.class)).isEmpty();
		this.mvc.perform(get("/bench/bare").accept(MediaType.TEXT_HTML)).andExpect(status().isNotFound());
		this.mvc
			.perform(post("/bench/bare").with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"email\":\"a@b.hu\"}"))
			.andExpect(status().isNotFound());
	}

}
