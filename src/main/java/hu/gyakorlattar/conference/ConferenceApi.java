package hu.gyakorlattar.conference;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import hu.gyakorlattar.shared.SiteAddress;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
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
 * with its speakers. Registration is posted to the registration module's endpoint under
 * the same path.
 */
@RestController
@RequestMapping(path = "/api/conferences", produces = "application/json")
@PreAuthorize("permitAll()")
@Tag(name = "Conferences", description = "The programme's online conferences, with agenda and speakers")
class ConferenceApi {

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
	List<ConferenceDocument> conferences() {
		return this.conferences.published().stream().map(this::document).toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "One published conference with its agenda and speakers")
	@ApiResponse(responseCode = "200", description = "The conference")
	@ApiResponse(responseCode = "404", description = "No published conference has this id",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	ConferenceDocument conference(@Parameter(description = "The conference's id") @PathVariable long id) {
		return this.conferences.find(id)
			.filter(ConferenceView::published)
			.map(this::document)
			.orElseThrow(NotFound::new);
	}

	private ConferenceDocument document(ConferenceView conference) {
		return new ConferenceDocument(conference.id(), conference.title(), conference.description(),
				offset(conference.startsAt()), offset(conference.endsAt()), offset(conference.techHelpFrom()),
				conference.capacity(), offset(conference.registrationOpensAt()),
				offset(conference.registrationClosesAt()), conference.registrationOpen(this.clock.instant()),
				this.baseUrl + "/esemenyek/" + conference.id(),
				this.baseUrl + "/esemenyek/" + conference.id() + "/regisztracio",
				(conference.moderator() != null) ? speaker(conference.moderator()) : null,
				conference.agenda()
					.stream()
					.map((item) -> new AgendaItemDocument(offset(item.startsAt()), offset(item.endsAt()), item.kind(),
							item.title(), item.speakers().stream().map(ConferenceApi::speaker).toList(),
							item.recordingUrl()))
					.toList());
	}

	private static SpeakerDocument speaker(PersonView person) {
		return new SpeakerDocument(person.name().toString(), person.name().prefix(), person.name().familyName(),
				person.name().givenName(), person.post(), person.organisation());
	}

	private static OffsetDateTime offset(Instant instant) {
		return instant.atZone(HungarianFormats.BUDAPEST).toOffsetDateTime();
	}

	@Schema(description = "A published conference")
	record ConferenceDocument(long id, String title, String description,
			@Schema(example = "2021-06-22T10:00:00+02:00") OffsetDateTime startsAt, OffsetDateTime endsAt,
			@Schema(description = "Technical help before the start; registrants may join from then") OffsetDateTime technicalHelpFrom,
			int capacity, OffsetDateTime registrationOpensAt, OffsetDateTime registrationClosesAt,
			boolean registrationOpen, String url, String registrationUrl, SpeakerDocument moderator,
			List<AgendaItemDocument> agenda) {

	}

	@Schema(description = "One slot of the agenda")
	record AgendaItemDocument(OffsetDateTime startsAt, OffsetDateTime endsAt, AgendaItemKind kind, String title,
			List<SpeakerDocument> speakers, String recordingUrl) {

	}

	@Schema(description = "A speaker or the moderator; name is written family name first")
	record SpeakerDocument(@Schema(example = "Dr. Zongor Gábor") String name, String prefix, String familyName,
			String givenName, String post, String organisation) {

	}

}
