package hu.gyakorlattar.municipality;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Administration is for administrators only; the directory and API are for everyone. */
@MunicipalityIntegrationTest
class MunicipalityAccessTests {

	@Autowired
	MockMvc mvc;

	@Test
	@WithMockUser(roles = "APPLICANT")
	void otherRolesAreForbiddenEveryAdministrativeAction() throws Exception {
		for (RequestBuilder request : adminRequests()) {
			this.mvc.perform(request).andExpect(status().isForbidden());
		}
	}

	@Test
	@WithAnonymousUser
	void anonymousVisitorsAreSentToSignInInsteadOfAdministration() throws Exception {
		for (RequestBuilder request : adminRequests()) {
			this.mvc.perform(request).andExpect(status().is3xxRedirection());
		}
	}

	@Test
	@WithAnonymousUser
	void theDirectoryAndTheApiArePublic() throws Exception {
		for (String url : List.of("/telepulesek", "/telepulesek/17376", "/api/municipalities",
				"/api/municipalities/17376")) {
			this.mvc.perform(get(url)).andExpect(status().isOk());
		}
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void administratorsReachTheAdministration() throws Exception {
		this.mvc.perform(get("/admin/telepulesek")).andExpect(status().isOk());
		this.mvc.perform(get("/admin/telepulesek/17376")).andExpect(status().isOk());
		this.mvc.perform(get("/admin/telepulesek/00000")).andExpect(status().isNotFound());
		this.mvc.perform(get("/admin/telepulesek/betoltesek/999999")).andExpect(status().isNotFound());
	}

	private static List<RequestBuilder> adminRequests() {
		MockMultipartFile file = new MockMultipartFile("file", "x.csv", "text/csv", new byte[] { 1 });
		return List.of(get("/admin/telepulesek"), get("/admin/telepulesek/17376"),
				get("/admin/telepulesek/betoltesek/1"), get("/admin/telepulesek/kapcsolattartok/minta.csv"),
				multipart("/admin/telepulesek/helysegnevtar").file(file).with(csrf()),
				multipart("/admin/telepulesek/kapcsolattartok").file(file).with(csrf()),
				post("/admin/telepulesek/17376").param("email", "a@b.hu").with(csrf()),
				post("/admin/telepulesek/17376/kapcsolattarto-torlese").with(csrf()));
	}

}
