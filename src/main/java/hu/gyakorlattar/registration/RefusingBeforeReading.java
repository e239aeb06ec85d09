package hu.gyakorlattar.registration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * An API registration that would find the registration queue full is refused before its
 * JSON is read and validated, with the same 503 and Retry-After as one refused later
 * ({@link RegistrationApiProblems}). In a burst beyond capacity most requests are
 * refused, and reading and validating their bodies took the CPU the admitted ones needed
 * (a sixth of the API's request time in the profile of 12,000 registrations in 30 s).
 */
@Configuration(proxyBeanMethods = false)
class RefusingBeforeReading implements HandlerInterceptor, WebMvcConfigurer {

	private final RegistrationCapacity capacity;

	RefusingBeforeReading(RegistrationCapacity capacity) {
		this.capacity = capacity;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).addPathPatterns("/api/conferences/*/registrations");
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if ("POST".equals(request.getMethod()) && this.capacity.queueFull()) {
			throw new RegistrationCapacity.Busy();
		}
		return true;
	}

}
