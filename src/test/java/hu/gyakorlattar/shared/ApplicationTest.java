package hu.gyakorlattar.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;

/**
 * The whole application as the tests share it: one Spring context (MockMvc included,
 * whether a test uses it or not) on a copy of the tests' template database, started once
 * and cached for every test class that asks for nothing else. A test scopes its data by
 * its own ids (its own conference, municipality, addresses) rather than asking for a
 * fresh context; every property given here starts a context of its own. The application's
 * clock is an {@link AdjustableClock}, running, which a class that moves time stops for
 * each of its tests ({@link AdjustableClock.Stopped}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest
@AutoConfigureMockMvc
@Import(AdjustableClock.InTheContext.class)
public @interface ApplicationTest {

	/** Settings this test cannot do without; each distinct set costs a context start. */
	@AliasFor(annotation = SpringBootTest.class)
	String[] properties() default {};

}
