package hu.gyakorlattar.account;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * A new installation without a configured admin password: the log prints a one-time
 * password, and whoever signs in with it is sent to change it first.
 */
// The first start of an empty installation: its own empty database, not the seeded
// template.
@SpringBootTest(properties = { "gyakorlattar.admin.password=", "gyakorlattar.admin.email=iroda@toosz.hu",
		"gyakorlattar.embedded-database.template=" })
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class FirstAdminTests {

	@Autowired
	MockMvc mvc;

	@Test
	void theOneTimePasswordFromTheLogSignsInAndMustBeChanged(CapturedOutput output) throws Exception {
		Matcher printed = Pattern.compile("as iroda@toosz.hu with the one-time password (\\S+)")
			.matcher(output.getAll());
		assertThat(printed.find()).as("the log names the admin and the password").isTrue();
		String log = output.getAll();
		assertThat(log).as("this first start writes the demo data itself").contains("Demo data: ");
		assertThat(log.indexOf("Gyakorlattár is ready: open http://localhost:8080"))
			.as("the ready lines come after the demo data, the last thing a newcomer reads")
			.isGreaterThan(log.lastIndexOf("Demo "))
			.isLessThan(printed.start());
		assertThat(log.split("one-time password " + Pattern.quote(printed.group(1)), -1)).as("printed once").hasSize(2);

		this.mvc.perform(formLogin("/belepes").user("iroda@toosz.hu").password(printed.group(1)))
			.andExpect(authenticated().withRoles("ADMIN"))
			.andExpect(redirectedUrl("/fiok/jelszo"));
	}

}
