package hu.gyakorlattar.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Demo data is written by the zero-setup run, never by surprise into a production
 * database: {@code gyakorlattar.demo-data} decides when it is set, otherwise demo data is
 * on with the embedded database and off when a datasource is configured.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Conditional(ConditionalOnDemoData.DemoDataWanted.class)
public @interface ConditionalOnDemoData {

	/** Whether the demo data classes take part in this run. */
	class DemoDataWanted implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return wanted(context.getEnvironment());
		}

		static boolean wanted(Environment environment) {
			String chosen = environment.getProperty("gyakorlattar.demo-data");
			if (StringUtils.hasText(chosen)) {
				return Boolean.parseBoolean(chosen.strip());
			}
			return !StringUtils.hasText(environment.getProperty("spring.datasource.url"));
		}

	}

}
