package hu.gyakorlattar.practice;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import hu.gyakorlattar.municipality.MunicipalityPageSection;
import hu.gyakorlattar.shared.Bilingual;
import hu.gyakorlattar.shared.HungarianFormats;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A municipality's page lists the published good practices it runs (alone or with
 * others), by title, with the year each was recognised.
 */
@Component
class PracticesOfAMunicipality implements MunicipalityPageSection {

	private final PracticeRepository practices;

	private final MessageSource messages;

	PracticesOfAMunicipality(PracticeRepository practices, MessageSource messages) {
		this.practices = practices;
		this.messages = messages;
	}

	@Override
	public int order() {
		return 1;
	}

	@Override
	@Transactional(readOnly = true)
	public Content of(String kshCode, Locale locale) {
		List<Link> links = this.practices.findByMunicipality(kshCode, Practice.Status.PUBLISHED)
			.stream()
			.map((practice) -> link(practice, locale))
			.sorted(Comparator.comparing(Link::text, HungarianFormats.collator()))
			.toList();
		return new Content(this.messages.getMessage("practice.ofMunicipality", null, locale), links);
	}

	private static Link link(Practice practice, Locale locale) {
		Bilingual title = practice.getBilingualTitle();
		return new Link(title.in(locale), title.lang(locale), "/gyakorlatok/" + practice.getSlug(),
				String.valueOf(practice.getCycleYear()));
	}

}
