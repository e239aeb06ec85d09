package hu.gyakorlattar.conference;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

import hu.gyakorlattar.shared.Bilingual;
import hu.gyakorlattar.shared.SiteAddress;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import hu.gyakorlattar.shared.HungarianFormats;
import hu.gyakorlattar.shared.NotFound;

import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Published conferences as JSON: times in ISO-8601 with their Budapest offset, the agenda
 * with its speakers, the texts in the language asked the way the practice API gives them
 * ({@code language} is that of a title, {@code english} the English version as written).
 * Registration is posted to the registration module's endpoint under the same path.
 */
@RestController
@RequestMapping(path = "/api/conferences", produces = "application/json")
@PreAuthorize("permitAll()")
@Tag(name = "Conferences", description = "The programme's online conferences, with agenda and speakers")
class ConferenceApi {

	static final String LANG = "hu (the default) or en; any other value means hu. In English the texts' English "
			+ "versions where the office wrote them, the Hungarian ones where it did not: \"language\" tells which "
			+ "language a conference's or an agenda item's title came in, and \"english\" holds the English "
			+ "versions as written (null when there are none).";

	private final ConferenceManagement conferences;

	private final String baseUrl;

	private final Clock clock;

	ConferenceApi(ConferenceManagement conferences, SiteAddress site, Clock clock) {
		this.conferences = conferences;
		this.baseUrl = site.baseUrl();
		this.clock = clock;
	}

	@GetMapping
	@Operation(summary = "Published conferences", description = "Every published conference, earliest first.")
	@Parameter(name = "lang", in = ParameterIn.QUERY, description = LANG)
	List<ConferenceDocument> conferences(Locale locale) {
		return this.conferences.published().stream().map((conference) -> document(conference, locale)).toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "One published conference with its agenda and speakers")
	@Parameter(name = "lang", in = ParameterIn.QUERY, description = LANG)
	@ApiResponse(responseCode = "200", description = "The conference")
	@ApiResponse(responseCode = "404", description = "No published conference has this id",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	ConferenceDocument conference(@Parameter(description = "The conference's id") @PathVariable long id,
			Locale locale) {
		return this.conferences.find(id)
			.filter(ConferenceView::published)
			.map((conference) -> document(conference, locale))
			.orElseThrow(NotFound::new);
	}

	private ConferenceDocument document(ConferenceView conference, Locale locale) {
		Bilingual title = conference.bilingualTitle();
		Bilingual description = conference.bilingualDescription();
		return new ConferenceDocument(conference.id(), conference.kind(), title.languageIn(locale), title.in(locale),
				description.in(locale), offset(conference.startsAt()), offset(conference.endsAt()),
				offset(conference.techHelpFrom()), conference.capacity(), offset(conference.registrationOpensAt()),
				offset(conference.registrationClosesAt()), conference.registrationOpen(this.clock.instant()),
				this.baseUrl + "/esemenyek/" + conference.id(),
				this.baseUrl + "/esemenyek/" + conference.id() + "/regisztracio",
				(conference.moderator() != null) ? speaker(conference.moderator(), locale) : null,
				conference.agenda().stream().map((item) -> agendaItem(item, locale)).toList(),
				EnglishConferenceDocument.of(title, description));
	}

	private static AgendaItemDocument agendaItem(AgendaItemView item, Locale locale) {
		Bilingual title = item.bilingualTitle();
		return new AgendaItemDocument(offset(item.startsAt()), offset(item.endsAt()), item.kind(),
				title.languageIn(locale), title.in(locale),
				item.speakers().stream().map((speaker) -> speaker(speaker, locale)).toList(), item.recordingUrl(),
				title.hasEnglish() ? new EnglishAgendaItemDocument(title.en()) : null);
	}

	private static SpeakerDocument speaker(PersonView person, Locale locale) {
		Bilingual post = person.bilingualPost();
		Bilingual organisation = person.bilingualOrganisation();
		return new SpeakerDocument(person.name().toString(), person.name().prefix(), person.name().familyName(),
				person.name().givenName(), post.in(locale), organisation.in(locale),
				EnglishSpeakerDocument.of(post, organisation));
	}

	/** The English version as written, null where there is none. */
	private static String english(Bilingual text) {
		return text.hasEnglish() ? text.en() : null;
	}

	private static OffsetDateTime offset(Instant instant) {
		return instant.atZone(HungarianFormats.BUDAPEST).toOffsetDateTime();
	}

	@Schema(description = "A published conference; title and description in the language asked where there is "
			+ "that version, language being that of the title")
	record ConferenceDocument(long id,
			@Schema(description = "A knowledge programme conference during the call, the final presentations, the "
					+ "award ceremony or an open day") EventKind kind,
			@Schema(example = "hu") String language, String title, String description,
			@Schema(example = "2021-06-22T10:00:00+02:00") OffsetDateTime startsAt, OffsetDateTime endsAt,
			@Schema(description = "Technical help before the start; registrants may join from then") OffsetDateTime technicalHelpFrom,
			int capacity, OffsetDateTime registrationOpensAt, OffsetDateTime registrationClosesAt,
			boolean registrationOpen, String url, String registrationUrl, SpeakerDocument moderator,
			List<AgendaItemDocument> agenda, EnglishConferenceDocument english) {

	}

	@Schema(description = "A conference's English version as written; null when it has none")
	record EnglishConferenceDocument(String title, String description) {

		static EnglishConferenceDocument of(Bilingual title, Bilingual description) {
			return (title.hasEnglish() || description.hasEnglish())
					? new EnglishConferenceDocument(english(title), english(description)) : null;
		}

	}

	@Schema(description = "One slot of the agenda; language is that of its title")
	record AgendaItemDocument(OffsetDateTime startsAt, OffsetDateTime endsAt, AgendaItemKind kind,
			@Schema(example = "hu") String language, String title, List<SpeakerDocument> speakers, String recordingUrl,
			EnglishAgendaItemDocument english) {

	}

	@Schema(description = "An agenda item's English title as written; null when it has none")
	record EnglishAgendaItemDocument(String title) {

	}

	@Schema(description = "A speaker or the moderator; name is written family name first; post and organisation "
			+ "each in the language asked where there is that version (english tells which)")
	record SpeakerDocument(@Schema(example = "Dr. Zongor Gábor") String name, String prefix, String familyName,
			String givenName, String post, String organisation, EnglishSpeakerDocument english) {

	}

	@Schema(description = "A speaker's English post and organisation as written; null when neither has one")
	record EnglishSpeakerDocument(String post, String organisation) {

		static EnglishSpeakerDocument of(Bilingual post, Bilingual organisation) {
			return (post.hasEnglish() || organisation.hasEnglish())
					? new EnglishSpeakerDocument(english(post), english(organisation)) : null;
		}

	}

}
