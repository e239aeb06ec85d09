package hu.gyakorlattar.impact;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

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
			@RequestParam(name = ImpactMapFilter.YEAR, required = false) String year, Locale locale, Model model) {
		Map<Long, String> themes = this.drawing.themes(locale);
		Set<Integer> years = this.drawing.years();
		ImpactMapFilter filter = ImpactMapFilter.read(theme, year, themes.keySet(), years);
		model.addAttribute("themes", themes);
		model.addAttribute("years", years);
		model.addAttribute("filter", filter);
		model.addAttribute("map", this.drawing.draw(filter));
		model.addAttribute("statuses", TransferStatus.values());
		return "impact/map";
	}

}
