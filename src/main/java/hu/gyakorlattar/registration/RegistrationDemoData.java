package hu.gyakorlattar.registration;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import hu.gyakorlattar.conference.ConferenceManagement;
import hu.gyakorlattar.conference.ConferenceView;
import hu.gyakorlattar.municipality.MunicipalityDirectory;
import hu.gyakorlattar.municipality.MunicipalitySummary;
import hu.gyakorlattar.shared.ConditionalOnDemoData;
import hu.gyakorlattar.shared.HungarianFormats;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A handful of registrants for the demo conferences on the first start, so that the
 * office's list, the exports and the statistics show something: for a conference that is
 * over, registrants from across the country of whom most attended, one did not come and
 * one cancelled; for one ahead, registrants with a place, one still to confirm and one
 * who cancelled. Always the same people (their links are random). Written as rows, as the
 * people are made up: no mail goes to them, and no day-before link is planned for them.
 */
@Component
@Order(30)
@ConditionalOnDemoData
class RegistrationDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(RegistrationDemoData.class);

	private static final List<Person> OVER = List.of(
			new Person("", "Kovács", "Anna", "jegyző", "Szada", RegistrationStatus.ATTENDED),
			new Person("dr.", "Nagy", "Péter", "polgármester", "Pécs", RegistrationStatus.ATTENDED),
			new Person("", "Tóth", "Judit", "aljegyző", "Zalaegerszeg", RegistrationStatus.ATTENDED),
			new Person("", "Szabó", "László", "polgármester", "Tata", RegistrationStatus.ATTENDED),
			new Person("", "Horváth", "Eszter", "szociális referens", "Miskolc", RegistrationStatus.ATTENDED),
			new Person("", "Kiss", "Gábor", "településfejlesztési referens", "Gödöllő", RegistrationStatus.CONFIRMED),
			new Person("", "Molnár", "Zoltán", "jegyző", "Sopron", RegistrationStatus.ATTENDED),
			new Person("", "Farkas", "Ildikó", "ügyintéző", "Hódmezővásárhely", RegistrationStatus.CANCELLED),
			new Person("dr.", "Papp", "Mária", "osztályvezető", "Debrecen", RegistrationStatus.ATTENDED),
			new Person("", "Balogh", "Tamás", "kutató", "TINLAB", RegistrationStatus.ATTENDED));

	private static final List<Person> AHEAD = List.of(
			new Person("", "Kovács", "Anna", "jegyző", "Szada", RegistrationStatus.CONFIRMED),
			new Person("", "Németh", "Zsófia", "polgármester", "Szentendre", RegistrationStatus.CONFIRMED),
			new Person("dr.", "Fekete", "István", "jegyző", "Gyöngyös", RegistrationStatus.CONFIRMED),
			new Person("", "Oláh", "Krisztina", "szociális ügyintéző", "Eger", RegistrationStatus.CONFIRMED),
			new Person("", "Mészáros", "Attila", "polgármester", "Baja", RegistrationStatus.REQUESTED),
			new Person("", "Simon", "Réka", "idősügyi referens", "Szekszárd", RegistrationStatus.CONFIRMED),
			new Person("", "Takács", "Norbert", "alpolgármester", "Kaposvár", RegistrationStatus.CANCELLED),
			new Person("", "Juhász", "Edit", "programvezető", "Magyar Faluszövetség", RegistrationStatus.CONFIRMED));

	private final RegistrationRepository registrations;

	private final ConferenceManagement conferences;

	private final MunicipalityDirectory directory;

	private final RegistrationProperties properties;

	private final Clock clock;

	RegistrationDemoData(RegistrationRepository registrations, ConferenceManagement conferences,
			MunicipalityDirectory directory, RegistrationProperties properties, Clock clock) {
		this.registrations = registrations;
		this.conferences = conferences;
		this.directory = directory;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.registrations.count() > 0) {
			return;
		}
		Instant now = this.clock.instant();
		// On a first start the published conferences are the demo's own.
		List<ConferenceView> published = this.conferences.published();
		for (ConferenceView conference : published) {
			register(conference, conference.over(now) ? OVER : AHEAD, now);
		}
		if (!published.isEmpty()) {
			log.info("Demo registrations written for {} conference(s)", published.size());
		}
	}

	/** The people register one after the other while registration is open, up to now. */
	private void register(ConferenceView conference, List<Person> people, Instant now) {
		Instant from = conference.registrationOpensAt();
		Instant until = earliest(conference.registrationClosesAt(), now);
		if (!from.isBefore(until)) {
			return;
		}
		Duration step = Duration.between(from, until).dividedBy(people.size() + 1);
		Instant registeredAt = from;
		for (Person person : people) {
			registeredAt = registeredAt.plus(step);
			Registration registration = this.registrations
				.save(new Registration(conference.id(), person.registrant(this.directory),
						this.properties.privacyNoticeVersion(), HungarianFormats.HUNGARIAN, null,
						RegistrationTokens.newToken(), RegistrationTokens.newToken(), registeredAt));
			if (person.status() == RegistrationStatus.REQUESTED) {
				continue;
			}
			registration.confirm(registeredAt.plus(Duration.ofMinutes(20)));
			if (person.status() == RegistrationStatus.ATTENDED) {
				registration.joined(conference.techHelpFrom().plus(Duration.ofMinutes(people.indexOf(person))),
						RegistrationTokens.newCertificateCode());
			}
			else if (person.status() == RegistrationStatus.CANCELLED) {
				registration.cancel(earliest(registeredAt.plus(Duration.ofDays(2)), until));
			}
		}
	}

	private static Instant earliest(Instant one, Instant other) {
		return one.isBefore(other) ? one : other;
	}

	/**
	 * A made-up registrant from a municipality, or a guest of an organisation when
	 * {@code from} names no municipality in the directory.
	 */
	private record Person(String prefix, String familyName, String givenName, String post, String from,
			RegistrationStatus status) {

		Registrant registrant(MunicipalityDirectory directory) {
			MunicipalitySummary municipality = directory.search(this.from, 20)
				.stream()
				.filter((m) -> m.name().equals(this.from))
				.findFirst()
				.orElse(null);
			String email = HungarianFormats.fold(this.givenName + "." + this.familyName) + "@demo.example.hu";
			return new Registrant(this.prefix, this.familyName, this.givenName, email, this.post, municipality,
					(municipality != null) ? null : this.from, null, true, false);
		}

	}

}
