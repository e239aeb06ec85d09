package hu.gyakorlattar.programme;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The programme office's start page: every administrative task one click away. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AdminHome {

	private final ProgrammeManagement programme;

	AdminHome(ProgrammeManagement programme) {
		this.programme = programme;
	}

	@GetMapping("/admin")
	String dashboard(Model model) {
		model.addAttribute("cycle", this.programme.latestCycle().orElse(null));
		return "programme/admin/dashboard";
	}

}
