package hu.gyakorlattar.impact;

import hu.gyakorlattar.transfer.TransferStatus;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public impact map: practices and transfers on a map of Hungary drawn on the server,
 * with a table of the same for those who do not see it, chosen by theme and year through
 * a plain GET form.
 */
@Controller
@PreAuthorize("permitAll()")
class ImpactMapPages {

	private final DrawingImpactMap drawing;

	ImpactMapPages(DrawingImpactMap drawing) {
		this.drawing = drawing;
	}

	@GetMapping("/hatas/terkep")
	String map(@RequestParam(name = ImpactMapFilter.THEME, required = false) String theme,
			@RequestParam(name = ImpactMapFilter.YEAR, required = false) String year, Model model) {
		DrawingImpactMap.ImpactMapPage page = this.drawing.page(theme, year);
		model.addAttribute("themes", page.themes());
		model.addAttribute("years", page.years());
		model.addAttribute("filter", page.filter());
		model.addAttribute("map", page.map());
		model.addAttribute("statuses", TransferStatus.values());
		return "impact/map";
	}

}
