package hu.gyakorlattar.account;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import hu.gyakorlattar.shared.ApplicationClasses;

import org.springframework.aop.framework.ProxyFactory;
import org.springframework.context.support.StaticApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@code @PreAuthorize} is enforced on controllers, and only controllers use it, so the
 * advisor that looks nowhere else misses nothing.
 */
class ControllerMethodSecurityTests {

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void onlyControllersDeclareWhoMayCallThem() {
		JavaClasses application = ApplicationClasses.all();

		classes().that()
			.areAnnotatedWith(PreAuthorize.class)
			.should()
			.beMetaAnnotatedWith(Controller.class)
			.check(application);
		methods().that()
			.areAnnotatedWith(PreAuthorize.class)
			.should()
			.beDeclaredInClassesThat()
			.areMetaAnnotatedWith(Controller.class)
			.allowEmptyShould(true)
			.check(application);
	}

	@Test
	void aControllerMethodRefusesWhoItsAudienceLeavesOut() {
		Desk desk = secured(new Desk());

		SecurityContextHolder.getContext()
			.setAuthentication(new TestingAuthenticationToken("iroda", "", "ROLE_APPLICANT"));
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(desk::settings);

		SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("admin", "", "ROLE_ADMIN"));
		assertThat(desk.settings()).isEqualTo("beállítások");
	}

	private static Desk secured(Desk target) {
		ProxyFactory proxy = new ProxyFactory(target);
		proxy.setProxyTargetClass(true);
		proxy.addAdvisor(ControllerMethodSecurity.preAuthorizeOnControllers(new StaticApplicationContext()));
		return (Desk) proxy.getProxy();
	}

	@Controller
	static class Desk {

		@PreAuthorize("hasRole('ADMIN')")
		String settings() {
			return "beállítások";
		}

	}

}
