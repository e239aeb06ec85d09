package hu.gyakorlattar.practice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;
import org.jspecify.annotations.Nullable;

import hu.gyakorlattar.shared.Bilingual;

/**
 * A good practice: what the municipality did, why, how, with what result, and what others
 * should know to adapt it. A draft is seen only by the office; a published practice has a
 * readable address (slug) that keeps working when the title changes.
 */
@Entity
@Table(name = "practice")
class Practice {

	/** How many practices' owners, themes or tags one statement reads for a list. */
	static final int READ_TOGETHER = 500;

	enum Status {

		DRAFT, PUBLISHED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String slug;

	@Embedded
	private Publication publication = Publication.DRAFT;

	private int cycleYear;

	@Enumerated(EnumType.STRING)
	private AwardLevel awardLevel;

	private String title;

	private String summary;

	@Embedded
	private @Nullable PracticeStory story = PracticeStory.EMPTY;

	/**
	 * Its English texts are indexed through the getters below, for the English analysis.
	 */
	@Embedded
	private @Nullable PracticeInEnglish english = PracticeInEnglish.NONE;

	private @Nullable LocalDate startedOn;

	private String duration = "";

	@Enumerated(EnumType.STRING)
	private Stage stage = Stage.RUNNING;

	private @Nullable Long costHuf;

	@Embedded
	private @Nullable PracticeContact contact = PracticeContact.NONE;

	private String websiteUrl = "";

	private String talkUrl = "";

	private String recordingUrl = "";

	private Instant createdAt;

	private Instant updatedAt;

	/** The application this practice was made from, if it won in the programme. */
	private @Nullable Long originSubmissionId;

	/** Indexed too: the start-up check finds a practice whose index entry is older. */
	@Version
	private int version;

	// Lists of practices (the open-data export, the editors' list) read each collection
	// for
	// up to this many practices in one statement instead of one statement per practice.
	@ElementCollection
	@BatchSize(size = READ_TOGETHER)
	@CollectionTable(name = "practice_municipality", joinColumns = @JoinColumn(name = "practice_id"))
	@OrderColumn(name = "position")
	private List<OwnerMunicipality> municipalities = new ArrayList<>();

	@ElementCollection
	@BatchSize(size = READ_TOGETHER)
	@CollectionTable(name = "practice_theme", joinColumns = @JoinColumn(name = "practice_id"))
	private Set<PracticeTheme> themes = new LinkedHashSet<>();

	@ElementCollection
	@BatchSize(size = READ_TOGETHER)
	@CollectionTable(name = "practice_tag", joinColumns = @JoinColumn(name = "practice_id"))
	@Column(name = "tag")
	private Set<String> tags = new LinkedHashSet<>();

	protected Practice() {
	}

	Practice(String slug, Instant now) {
		this.slug = slug;
		this.createdAt = now;
		this.updatedAt = now;
	}

	void cameFrom(long submissionId) {
		this.originSubmissionId = submissionId;
	}

	public @Nullable Long getOriginSubmissionId() {
		return this.originSubmissionId;
	}

	void describe(PracticeForm form, List<OwnerMunicipality> owners, List<PracticeTheme> themes, Instant now) {
		this.title = form.title().strip();
		this.summary = form.summary().strip();
		this.story = form.story();
		this.startedOn = form.startedOn();
		this.duration = text(form.duration());
		this.stage = form.stage();
		this.costHuf = form.costHuf();
		this.cycleYear = form.cycleYear();
		this.awardLevel = form.awardLevel();
		this.contact = form.contact();
		this.websiteUrl = text(form.websiteUrl());
		this.talkUrl = text(form.talkUrl());
		this.recordingUrl = text(form.recordingUrl());
		this.municipalities.clear();
		this.municipalities.addAll(owners);
		this.themes.clear();
		this.themes.addAll(themes);
		this.tags.clear();
		this.tags.addAll(form.tagList());
		this.english = form.english().texts();
		this.updatedAt = now;
	}

	/** Publishes a draft; false when it was published already. */
	boolean publish(Instant now) {
		return publication(this.publication.published(now), now);
	}

	/** Takes a published practice back to the office; false when it was a draft. */
	boolean withdraw(Instant now) {
		return publication(this.publication.withdrawn(), now);
	}

	private boolean publication(Publication changed, Instant now) {
		boolean moved = changed.status() != this.publication.status();
		if (moved) {
			this.publication = changed;
			this.updatedAt = now;
		}
		return moved;
	}

	void moveTo(String newSlug) {
		this.slug = newSlug;
	}

	void updateRequested(Instant now) {
		this.publication = this.publication.updateRequested(now);
	}

	private static String text(String value) {
		return (value != null) ? value.strip() : "";
	}

	// Values computed for the search index (PracticeIndexMapping) and the pages.

	public String getBody() {
		return getStory().body();
	}

	/**
	 * The practice's words, for spelling suggestions (only published practices are
	 * indexed).
	 */
	public String getVocabulary() {
		return String.join(" ", this.title, this.summary, String.join(" ", this.tags), getBody(), getTitleEn(),
				getSummaryEn(), getBodyEn());
	}

	public String getBodyEn() {
		return getStoryEn().body();
	}

	public String getPlaceAndTheme() {
		return Stream
			.concat(this.municipalities.stream().flatMap((owner) -> Stream.of(owner.getName(), owner.getCounty())),
					this.themes.stream().map(PracticeTheme::getNameHu))
			.collect(Collectors.joining(" "));
	}

	/**
	 * Its themes' English names, for English queries as {@link #getPlaceAndTheme()} has
	 * the Hungarian ones: "elderly care" finds every practice of the elderly care theme.
	 */
	public String getThemesEn() {
		return this.themes.stream().map((theme) -> theme.name(Locale.ENGLISH)).collect(Collectors.joining(" "));
	}

	public List<Long> getThemeIds() {
		return this.themes.stream().map(PracticeTheme::getThemeId).toList();
	}

	public List<String> getCounties() {
		return this.municipalities.stream().map(OwnerMunicipality::getCounty).distinct().toList();
	}

	public List<String> getLegalStatuses() {
		return this.municipalities.stream().map((owner) -> owner.getLegalStatus().name()).distinct().toList();
	}

	public List<String> getPopulationBands() {
		return this.municipalities.stream().map((owner) -> owner.getBand().name()).distinct().toList();
	}

	public int getLeadPopulation() {
		return this.municipalities.isEmpty() ? 0 : this.municipalities.get(0).getPopulation();
	}

	// Reading

	public Long getId() {
		return this.id;
	}

	public String getSlug() {
		return this.slug;
	}

	public Status getStatus() {
		return this.publication.status();
	}

	public boolean isPublished() {
		return this.publication.isPublished();
	}

	public int getCycleYear() {
		return this.cycleYear;
	}

	public AwardLevel getAwardLevel() {
		return this.awardLevel;
	}

	public String getTitle() {
		return this.title;
	}

	public String getSummary() {
		return this.summary;
	}

	public @Nullable LocalDate getStartedOn() {
		return this.startedOn;
	}

	public String getDuration() {
		return this.duration;
	}

	public Stage getStage() {
		return this.stage;
	}

	public @Nullable Long getCostHuf() {
		return this.costHuf;
	}

	/** Never null, also when Hibernate finds every section empty. */
	public PracticeStory getStory() {
		return (this.story != null) ? this.story : PracticeStory.EMPTY;
	}

	public PracticeStory getStoryEn() {
		return english().story();
	}

	public String getTitleEn() {
		return english().title();
	}

	public String getSummaryEn() {
		return english().summary();
	}

	public EnglishVersion getEnglishVersion() {
		return english().version();
	}

	/** Never null, also when Hibernate finds every English column empty. */
	PracticeInEnglish english() {
		return (this.english != null) ? this.english : PracticeInEnglish.NONE;
	}

	public Bilingual getBilingualTitle() {
		return new Bilingual(this.title, getTitleEn());
	}

	public Bilingual getBilingualSummary() {
		return new Bilingual(this.summary, getSummaryEn());
	}

	/** The story's sections told in either language, in order. */
	public List<StorySection> getSections() {
		return StorySection.of(getStory(), getStoryEn());
	}

	public PracticeContact getContact() {
		return (this.contact != null) ? this.contact : PracticeContact.NONE;
	}

	public String getWebsiteUrl() {
		return this.websiteUrl;
	}

	public String getTalkUrl() {
		return this.talkUrl;
	}

	public String getRecordingUrl() {
		return this.recordingUrl;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public @Nullable Instant getPublishedAt() {
		return this.publication.publishedAt();
	}

	public List<OwnerMunicipality> getMunicipalities() {
		return this.municipalities;
	}

	public Set<PracticeTheme> getThemes() {
		return this.themes;
	}

	public Set<String> getTags() {
		return this.tags;
	}

	/**
	 * The themes' names for the practice's page and case study, each in its languages.
	 */
	public List<Bilingual> themeNames() {
		return this.themes.stream().map(PracticeTheme::bilingualName).toList();
	}

	public String municipalityNames() {
		return this.municipalities.stream().map(OwnerMunicipality::getName).collect(Collectors.joining(", "));
	}

}
