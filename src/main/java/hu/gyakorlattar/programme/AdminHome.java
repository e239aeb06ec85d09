package hu.gyakorlattar.programme;

import hu.gyakorlattar.shared.OfficeTasks;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The programme office's start page: the work waiting for it first (as the modules that
 * keep it report, {@link OfficeTasks}), then every administrative task one click away.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AdminHome {

	private final ProgrammeManagement programme;

	private final ObjectProvider<OfficeTasks> tasks;

	AdminHome(ProgrammeManagement programme, ObjectProvider<OfficeTasks> tasks) {
		this.programme = programme;
		this.tasks = tasks;
	}

	@GetMapping("/admin")
	String dashboard(Model model) {
		model.addAttribute("cycle", this.programme.latestCycle().orElse(null));
		model.addAttribute("waiting",
				this.tasks.orderedStream().flatMap((module) -> module.waiting().stream()).toList());
		return "programme/admin/dashboard";
	}

}
