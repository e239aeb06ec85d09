package hu.gyakorlattar.account;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How costly a password hash is: bcrypt's log rounds, each one doubling the work of a
 * sign-in and of a guess. A stored hash keeps the cost it was made with, so a change
 * applies to passwords set from then on and every stored one still signs in. The tests
 * use the lowest cost, which keeps the hashing real and its thousand sign-ins cheap.
 */
@Validated
@ConfigurationProperties("gyakorlattar.password-hashing")
record PasswordHashing(@DefaultValue("10") @Min(4) @Max(31) int bcryptRounds) {
}
