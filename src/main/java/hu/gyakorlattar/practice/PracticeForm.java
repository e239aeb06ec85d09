package hu.gyakorlattar.practice;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import hu.gyakorlattar.shared.InputFormats;
import hu.gyakorlattar.shared.MailAddress;
import hu.gyakorlattar.shared.SingleLine;
import org.jspecify.annotations.Nullable;

/**
 * What an editor types to create or edit a practice. Municipalities are KSH codes
 * separated by commas or spaces (the lead municipality first), tags are separated by
 * commas. A form without the English fields has no English version.
 */
record PracticeForm(@NotBlank @Size(max = 200) @SingleLine String title, @NotBlank @Size(max = 1000) String summary,
		@Size(max = 20000) String problem, @Size(max = 20000) String solution, @Size(max = 20000) String implementation,
		@PastOrPresent @InputFormats.Date @Nullable LocalDate startedOn, @Size(max = 200) @SingleLine String duration,
		@NotNull Stage stage, @Size(max = 20000) String partners, @Size(max = 20000) String resources,
		@PositiveOrZero @Max(1_000_000_000_000L) @Nullable Long costHuf, @Size(max = 20000) String results,
		@Size(max = 20000) String innovation, @Size(max = 20000) String sustainability,
		@Size(max = 20000) String transferability, @Size(max = 20000) String challenges,
		@NotBlank @Size(max = 500) String municipalities, @NotNull @Min(2008) @Max(2200) Integer cycleYear,
		@Nullable List<Long> themeIds, @NotNull AwardLevel awardLevel, @Size(max = 500) @SingleLine String tags,
		@Size(max = 200) @SingleLine String contactName, @MailAddress @Size(max = 254) String contactEmail,
		@Size(max = 40) @Pattern(regexp = "[0-9 +()/-]*") String contactPhone, @Nullable Boolean contactConsent,
		@Size(max = 500) @Pattern(regexp = "(https?://\\S+)?") String websiteUrl,
		@Size(max = 500) @Pattern(regexp = "(https?://\\S+)?") String talkUrl,
		@Size(max = 500) @Pattern(regexp = "(https?://\\S+)?") String recordingUrl,
		@Valid PracticeEnglishForm english) {

	PracticeForm {
		english = (english != null) ? english : PracticeEnglishForm.NONE;
	}

	static PracticeForm empty(int year) {
		return new PracticeForm("", "", "", "", "", null, "", Stage.RUNNING, "", "", null, "", "", "", "", "", "", year,
				List.of(), AwardLevel.GOOD_PRACTICE, "", "", "", "", false, "", "", "", PracticeEnglishForm.NONE);
	}

	/**
	 * The practice as its edit form shows it, so that saving it unchanged changes
	 * nothing.
	 */
	static PracticeForm of(Practice practice) {
		PracticeStory story = practice.getStory();
		PracticeContact contact = practice.getContact();
		return new PracticeForm(practice.getTitle(), practice.getSummary(), story.problem(), story.solution(),
				story.implementation(), practice.getStartedOn(), practice.getDuration(), practice.getStage(),
				story.partners(), story.resources(), practice.getCostHuf(), story.results(), story.innovation(),
				story.sustainability(), story.transferability(), story.challenges(),
				practice.getMunicipalities()
					.stream()
					.map(OwnerMunicipality::getKshCode)
					.collect(Collectors.joining(", ")),
				practice.getCycleYear(), practice.getThemes().stream().map(PracticeTheme::getThemeId).toList(),
				practice.getAwardLevel(), String.join(", ", practice.getTags()), contact.name(), contact.email(),
				contact.phone(), contact.consent(), practice.getWebsiteUrl(), practice.getTalkUrl(),
				practice.getRecordingUrl(), PracticeEnglishForm.of(practice.english()));
	}

	PracticeStory story() {
		return new PracticeStory(this.problem, this.solution, this.implementation, this.partners, this.resources,
				this.results, this.innovation, this.sustainability, this.transferability, this.challenges);
	}

	PracticeContact contact() {
		return new PracticeContact(this.contactName, this.contactEmail, this.contactPhone,
				Boolean.TRUE.equals(this.contactConsent));
	}

	List<Long> themeIdsOrNone() {
		return (this.themeIds != null) ? this.themeIds : List.of();
	}

	/** The KSH codes as typed, in order, without repeats. */
	List<String> kshCodes() {
		return java.util.Arrays.stream(this.municipalities.split("[,;\\s]+"))
			.map(String::strip)
			.filter((code) -> !code.isEmpty())
			.distinct()
			.toList();
	}

	List<String> tagList() {
		if (this.tags == null) {
			return List.of();
		}
		return java.util.Arrays.stream(this.tags.split(","))
			.map((tag) -> tag.strip().toLowerCase(java.util.Locale.forLanguageTag("hu")))
			.filter((tag) -> !tag.isEmpty())
			.distinct()
			.toList();
	}

}
