package hu.gyakorlattar.contactrequest;

import java.util.Map;
import java.util.Optional;

import hu.gyakorlattar.practice.PracticeManagement;
import hu.gyakorlattar.practice.PracticePageSection;
import hu.gyakorlattar.practice.PublishedPractice;
import hu.gyakorlattar.shared.Viewer;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The practice page's contact request form, shown only when the practice's contact agreed
 * to be shown and has an address; below where the practice has been taken up.
 */
@Component
@Order(20)
class ContactRequestSection implements PracticePageSection {

	private final PracticeManagement practices;

	ContactRequestSection(PracticeManagement practices) {
		this.practices = practices;
	}

	@Override
	public Optional<Fragment> section(PublishedPractice practice, Viewer viewer) {
		return this.practices.consentedContact(practice.id())
			.map((contact) -> new Fragment("contactrequest/section", "section",
					Map.of("practice", practice, "contactName", contact.name())));
	}

}
