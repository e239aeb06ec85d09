package hu.gyakorlattar.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import hu.gyakorlattar.campaign.PracticesThatFit.FittingPractice;
import hu.gyakorlattar.conference.AgendaItemKind;
import hu.gyakorlattar.conference.AgendaItemView;
import hu.gyakorlattar.conference.ConferenceView;
import hu.gyakorlattar.conference.PersonView;
import hu.gyakorlattar.mail.OutgoingMail;
import hu.gyakorlattar.municipality.Gender;
import hu.gyakorlattar.shared.HungarianFormats;

/**
 * The invitation as the 2021 letter reads, for one recipient: the salutation that fits
 * the mayor, the office's own text, the conference's date and agenda from the conference
 * itself, the personal registration and unsubscribe links, the practices that fit the
 * recipient's municipality when the campaign carries them, and the signature. Becomes the
 * model of the {@code campaign/invitation} mail template.
 */
final class InvitationLetter {

	static final String TEMPLATE = "campaign/invitation";

	/** "10.00": Hungarian writes the hour without a leading zero and a full stop. */
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H.mm");

	/**
	 * A web address in running text, without the punctuation that ends its sentence or
	 * the quotation mark around it.
	 */
	private static final Pattern WEB_ADDRESS = Pattern.compile("https?://[^\\s<>\"„”»«]+[^\\s<>\"„”»«.,;:!?)]");

	private InvitationLetter() {
	}

	/**
	 * The mail for one recipient; {@code salutationKey} is the contact's (or, for a test
	 * to the office itself, the one greeting both).
	 */
	static OutgoingMail mail(InvitationCampaign campaign, ConferenceView conference, String recipient,
			String salutationKey, String baseUrl, String unsubscribeToken, List<FittingPractice> practicesThatFit) {
		return letter(campaign, conference, recipient, salutationKey, baseUrl, unsubscribeToken, practicesThatFit,
				false);
	}

	/**
	 * The same letter as a test the office sends itself, its subject marked as a test
	 * ("[Próbalevél] …") so that it is never taken for the campaign itself.
	 */
	static OutgoingMail test(InvitationCampaign campaign, ConferenceView conference, String recipient,
			String salutationKey, String baseUrl, String unsubscribeToken, List<FittingPractice> practicesThatFit) {
		return letter(campaign, conference, recipient, salutationKey, baseUrl, unsubscribeToken, practicesThatFit,
				true);
	}

	private static OutgoingMail letter(InvitationCampaign campaign, ConferenceView conference, String recipient,
			String salutationKey, String baseUrl, String unsubscribeToken, List<FittingPractice> practicesThatFit,
			boolean test) {
		String unsubscribeUrl = baseUrl + "/leiratkozas/" + unsubscribeToken;
		String registrationPage = baseUrl + "/esemenyek/" + conference.id() + "/regisztracio";
		String registrationUrl = registrationPage + "?kampany=" + campaign.getId();
		Map<String, Object> model = new HashMap<>();
		model.put("subject", campaign.getSubject());
		model.put("test", test);
		model.put("salutationKey", salutationKey);
		List<List<String>> paragraphs = paragraphs(counted(campaign.getBody(), registrationPage, registrationUrl));
		model.put("paragraphs", paragraphs);
		model.put("linkedParagraphs", linked(paragraphs));
		model.put("conferenceTitle", conference.title());
		model.put("startsAt", conference.startsAt());
		model.put("endTime", time(conference.endsAt()));
		model.put("registrationUrl", registrationUrl);
		model.put("unsubscribeUrl", unsubscribeUrl);
		model.put("techHelp", techHelp(conference));
		model.put("moderators",
				(conference.moderator() != null) ? List.of(speaker(conference.moderator())) : List.of());
		model.put("agenda", agenda(conference));
		model.put("signaturePlace", campaign.getSignaturePlace());
		model.put("signatureDate", campaign.getSignatureDate());
		model.put("sender", campaign.getSender());
		model.put("practicesThatFit", practicesThatFit);
		return new OutgoingMail(recipient, HungarianFormats.HUNGARIAN, TEMPLATE, model)
			// RFC 2369 and RFC 8058: mail providers offer an unsubscribe button that
			// posts "List-Unsubscribe=One-Click" to this address.
			.withHeader("List-Unsubscribe", "<" + unsubscribeUrl + ">")
			.withHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
	}

	static String salutationFor(Gender gender) {
		return ((gender != null) ? gender : Gender.UNKNOWN).salutationKey();
	}

	/**
	 * The office's text with the registration page it names (the proposed letter does)
	 * tagged with the campaign, so that a registration through it counts for the
	 * invitation as one through the letter's button does.
	 */
	static String counted(String body, String registrationPage, String registrationUrl) {
		return body.replaceAll(Pattern.quote(registrationPage) + "(?![\\w/?#&=-])",
				Matcher.quoteReplacement(registrationUrl));
	}

	/**
	 * The office's text as paragraphs of lines: a blank line starts a paragraph, a single
	 * line break stays a line break.
	 */
	static List<List<String>> paragraphs(String body) {
		List<List<String>> paragraphs = new ArrayList<>();
		for (String paragraph : body.strip().split("\\R[ \\t]*\\R\\s*")) {
			List<String> lines = Arrays.stream(paragraph.split("\\R")).map(String::strip).toList();
			if (!paragraph.isBlank()) {
				paragraphs.add(lines);
			}
		}
		return paragraphs;
	}

	/**
	 * The paragraphs' lines in pieces, each web address a piece of its own, so that the
	 * HTML part links what the office wrote as an address.
	 */
	static List<List<List<Piece>>> linked(List<List<String>> paragraphs) {
		return paragraphs.stream().map((lines) -> lines.stream().map(InvitationLetter::pieces).toList()).toList();
	}

	private static List<Piece> pieces(String line) {
		List<Piece> pieces = new ArrayList<>();
		Matcher address = WEB_ADDRESS.matcher(line);
		int at = 0;
		while (address.find()) {
			if (address.start() > at) {
				pieces.add(new Piece(line.substring(at, address.start()), null));
			}
			pieces.add(new Piece(address.group(), address.group()));
			at = address.end();
		}
		if (at < line.length()) {
			pieces.add(new Piece(line.substring(at), null));
		}
		return pieces;
	}

	/** Text of a line, or a web address to link ({@code href}, otherwise null). */
	record Piece(String text, String href) {

	}

	/** "10.00–10.25", with an en dash as Hungarian typography wants. */
	static String timeRange(Instant from, Instant to) {
		return time(from) + "–" + time(to);
	}

	static String time(Instant instant) {
		return TIME.format(instant.atZone(HungarianFormats.BUDAPEST));
	}

	/**
	 * The agenda's slots in time order. A technical-help slot the agenda does not list is
	 * announced on its own line ({@link #techHelp}).
	 */
	static List<AgendaLine> agenda(ConferenceView conference) {
		return conference.agenda()
			.stream()
			.sorted(java.util.Comparator.comparing(AgendaItemView::startsAt))
			.map((item) -> new AgendaLine(timeRange(item.startsAt(), item.endsAt()), item.kind().name(), item.title(),
					item.speakers().stream().map(InvitationLetter::speaker).toList()))
			.toList();
	}

	/**
	 * When the technical help starts, as "9.30", if the conference has some and its
	 * agenda does not list it as a slot; otherwise empty.
	 */
	static String techHelp(ConferenceView conference) {
		boolean listed = conference.agenda().stream().anyMatch((item) -> item.kind() == AgendaItemKind.TECH_HELP);
		return (listed || conference.techHelpMinutes() <= 0) ? "" : time(conference.techHelpFrom());
	}

	static Speaker speaker(PersonView person) {
		return new Speaker(person.name().toString(), person.affiliation());
	}

	/** One agenda slot: "10.25–10.55", the kind's name, the title and who speaks. */
	record AgendaLine(String time, String kind, String title, List<Speaker> speakers) {

	}

	/** "Dr. Zongor Gábor" and "szakértő, programkoordinátor, …". */
	record Speaker(String name, String affiliation) {

	}

	/** The date a new letter is signed: today in Budapest. */
	static LocalDate today(Instant now) {
		return now.atZone(HungarianFormats.BUDAPEST).toLocalDate();
	}

}
