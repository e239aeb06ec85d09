package hu.gyakorlattar.shared;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Who is looking at a page, as the layout needs it for its navigation. Every page gets it
 * as {@code viewer}.
 */
public record Viewer(boolean signedIn, String name, Set<String> roles) {

	public boolean has(String role) {
		return this.roles.contains("ROLE_" + role);
	}

	/**
	 * The viewer of the current request. Exception handlers get no model attributes from
	 * the controller advice, so they make it with this.
	 */
	public static Viewer current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return new Viewer(false, null, Set.of());
		}
		Set<String> roles = authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.collect(Collectors.toSet());
		return new Viewer(true, authentication.getName(), roles);
	}

	@ControllerAdvice
	static class ViewerAdvice {

		@ModelAttribute("viewer")
		Viewer viewer() {
			return current();
		}

	}

}
