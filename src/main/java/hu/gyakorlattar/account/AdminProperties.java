package hu.gyakorlattar.account;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.Assert;

/**
 * The first admin, made at the first start ({@link FirstAdmin}).
 *
 * @param email the admin's address, which signs in
 * @param password the admin's password; none: a one-time password is printed, to be
 * changed at the first sign-in
 */
@ConfigurationProperties("gyakorlattar.admin")
record AdminProperties(String email, @DefaultValue("") String password) {

	AdminProperties {
		Assert.hasText(email, "gyakorlattar.admin.email is needed: the first admin's address");
	}

}
