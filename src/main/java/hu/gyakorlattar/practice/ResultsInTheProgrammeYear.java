package hu.gyakorlattar.practice;

import java.util.Comparator;
import java.util.List;

import hu.gyakorlattar.programme.ProgrammeYearResults;
import hu.gyakorlattar.shared.HungarianFormats;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A programme year's page lists its results: the year's published practices recognised
 * beyond the knowledge base's selection, in each of their themes, the highest recognition
 * first, then in Hungarian order of their titles.
 */
@Component
class ResultsInTheProgrammeYear implements ProgrammeYearResults {

	private final PracticeRepository practices;

	ResultsInTheProgrammeYear(PracticeRepository practices) {
		this.practices = practices;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Recognition> resultsOf(int year) {
		return this.practices.findByStatusAndCycleYearOrderById(Practice.Status.PUBLISHED, year)
			.stream()
			.filter((practice) -> practice.getAwardLevel().isAResult())
			.sorted(Comparator.comparing(Practice::getAwardLevel)
				.thenComparing(Practice::getTitle, HungarianFormats.collator()))
			.flatMap((practice) -> practice.getThemes()
				.stream()
				.map((theme) -> new Recognition(theme.getThemeId(), practice.getAwardLevel().messageKey(),
						practice.getTitle(), practice.getTitleEn(),
						practice.getMunicipalities().stream().map(OwnerMunicipality::getName).toList(),
						"/gyakorlatok/" + practice.getSlug())))
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public boolean anyPublished(int year) {
		return this.practices.existsByStatusAndCycleYear(Practice.Status.PUBLISHED, year);
	}

}
