package hu.gyakorlattar.shared;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Email;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

class MailAddressTests {

	private static final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

	record Form(@MailAddress String email) {

	}

	@ParameterizedTest
	@ValueSource(strings = { "", "kovacs.anna@pelda.hu", "dr.toth-kiss.agnes@bozsva.hu", "polgarmester@t13094.example",
			"jegyzo+palyazat@tiszaujvaros.hu" })
	void anAddressMailCanReachIsAcceptedAndAnOptionalOneMayBeLeftEmpty(String address) {
		assertThat(validator.validate(new Form(address))).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "kovacs.eva@regec", "kovacs.eva@regec.", "anna@", "nem-cim", "anna@pelda hu",
			"anna@@pelda.hu" })
	void anAddressWithoutADomainItCouldReachIsRefusedAsOneProblem(String address) {
		assertThat(validator.validate(new Form(address))).singleElement()
			.satisfies((violation) -> assertThat(violation.getConstraintDescriptor().getAnnotation())
				.isInstanceOf(MailAddress.class));
	}

	@Test
	void everyFormAsksForAnAddressByTheSameRule() {
		noClasses().that()
			.doNotBelongToAnyOf(MailAddress.class)
			.should()
			.dependOnClassesThat()
			.belongToAnyOf(Email.class)
			.because("an address is checked by @MailAddress everywhere, so that no form accepts one another refuses")
			.check(ApplicationClasses.all());
	}

}
