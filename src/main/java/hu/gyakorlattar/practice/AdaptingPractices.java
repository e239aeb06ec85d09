package hu.gyakorlattar.practice;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import hu.gyakorlattar.mail.MailOutbox;
import hu.gyakorlattar.mail.OutgoingMail;
import hu.gyakorlattar.municipality.MunicipalityDirectory;
import hu.gyakorlattar.municipality.MunicipalitySummary;
import hu.gyakorlattar.shared.InvalidInput;
import hu.gyakorlattar.shared.NotFound;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A municipality says it is adapting a published practice; the practice's contact hears
 * of it.
 */
@Service
@Transactional
class AdaptingPractices {

	private final PracticeRepository practices;

	private final AdoptionRepository adoptions;

	private final MunicipalityDirectory municipalities;

	private final MailOutbox outbox;

	private final Clock clock;

	private final String baseUrl;

	AdaptingPractices(PracticeRepository practices, AdoptionRepository adoptions, MunicipalityDirectory municipalities,
			MailOutbox outbox, Clock clock, @Value("${gyakorlattar.base-url}") String baseUrl) {
		this.practices = practices;
		this.adoptions = adoptions;
		this.municipalities = municipalities;
		this.outbox = outbox;
		this.clock = clock;
		this.baseUrl = baseUrl;
	}

	/**
	 * A municipality's account says it is adapting a published practice; the practice's
	 * contact gets a mail when there is one.
	 */
	void adapt(String slug, String kshCode, String accountEmail, String note, Locale locale) {
		Practice practice = this.practices.findBySlug(slug).filter(Practice::isPublished).orElseThrow(NotFound::new);
		MunicipalitySummary municipality = this.municipalities.find(kshCode)
			.orElseThrow(() -> new InvalidInput("note", "practice.adoption.noMunicipality"));
		if (practice.getMunicipalities().stream().anyMatch((owner) -> owner.getKshCode().equals(kshCode))) {
			throw new InvalidInput("note", "practice.adoption.own");
		}
		if (this.adoptions.existsByPracticeIdAndKshCode(practice.getId(), kshCode)) {
			throw new InvalidInput("note", "practice.adoption.already");
		}
		String text = (note != null) ? note.strip() : "";
		this.adoptions.save(
				new Adoption(practice.getId(), kshCode, municipality.name(), accountEmail, text, this.clock.instant()));
		if (!practice.getContact().email().isBlank()) {
			this.outbox.queue(new OutgoingMail(practice.getContact().email(), locale, "practice/adoption",
					Map.of("practice", practice.getTitle(), "municipality", municipality.name(), "note", text, "link",
							this.baseUrl + "/gyakorlatok/" + practice.getSlug())));
		}
	}

	@Transactional(readOnly = true)
	List<Adoption> adoptions(long practiceId) {
		return this.adoptions.findByPracticeIdOrderByCreatedAt(practiceId);
	}

}
