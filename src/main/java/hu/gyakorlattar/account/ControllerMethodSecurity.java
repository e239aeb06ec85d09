package hu.gyakorlattar.account;

import org.springframework.aop.Advisor;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.annotation.AnnotationClassFilter;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.security.access.expression.method.DefaultMethodSecurityExpressionHandler;
import org.springframework.security.authorization.method.AuthorizationManagerBeforeMethodInterceptor;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.stereotype.Controller;

/**
 * The method security the application uses: {@code @PreAuthorize} on controllers, where
 * every endpoint declares its audience ({@code AccessControlMatrixTests} checks each one,
 * {@code ControllerMethodSecurityTests} that no other class relies on it). Spring
 * Security's {@code @EnableMethodSecurity} registers five advisors, four for annotations
 * the application never uses, and each searched every method of every bean for its
 * annotation: over a second of every context's start in the tests (profiled). This one
 * looks inside controllers only.
 */
@Configuration(proxyBeanMethods = false)
class ControllerMethodSecurity {

	@Bean
	@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
	static Advisor preAuthorizeOnControllers(ApplicationContext context) {
		AuthorizationManagerBeforeMethodInterceptor standard = AuthorizationManagerBeforeMethodInterceptor
			.preAuthorize();
		DefaultMethodSecurityExpressionHandler expressions = new DefaultMethodSecurityExpressionHandler();
		expressions.setApplicationContext(context);
		PreAuthorizeAuthorizationManager audience = new PreAuthorizeAuthorizationManager();
		audience.setExpressionHandler(expressions);
		ComposablePointcut controllers = new ComposablePointcut(new AnnotationClassFilter(Controller.class, true))
			.intersection(standard.getPointcut());
		AuthorizationManagerBeforeMethodInterceptor onControllers = new AuthorizationManagerBeforeMethodInterceptor(
				controllers, audience);
		onControllers.setOrder(standard.getOrder());
		return onControllers;
	}

}
