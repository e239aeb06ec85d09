package hu.gyakorlattar.call;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import hu.gyakorlattar.shared.HungarianWorkingDays;
import hu.gyakorlattar.shared.InputFormats;
import org.jspecify.annotations.Nullable;

/**
 * What the programme office writes into a call. Times are Budapest wall-clock times; the
 * deadline is the last minute accepted. Sections and criteria list every kind once, in
 * the catalogue's order.
 *
 * <p>
 * A bean rather than a record: a mistyped number or time in one of the table's rows must
 * leave the rest of the form as the admin wrote it, and constructor binding would drop
 * the whole form.
 */
class CallForm {

	@NotNull
	private @Nullable Long themeId;

	@NotBlank
	@Size(max = 20000)
	private String textHu;

	@Size(max = 20000)
	private String textEn;

	@NotBlank
	@Size(max = 5000)
	private String eligibilityHu;

	@Size(max = 5000)
	private String eligibilityEn;

	@NotNull
	@InputFormats.Date
	private LocalDate opensOn;

	@NotNull
	@InputFormats.Time
	private LocalTime opensAt;

	@NotNull
	@InputFormats.Date
	private LocalDate deadlineOn;

	@NotNull
	@InputFormats.Time
	private LocalTime deadlineAt;

	@NotNull
	@Min(0)
	@Max(10)
	private Integer scaleMin;

	@NotNull
	@Min(1)
	@Max(100)
	private Integer scaleMax;

	@Valid
	private List<SectionSetting> sections = new ArrayList<>();

	@Valid
	private List<CriterionSetting> criteria = new ArrayList<>();

	CallForm() {
	}

	CallForm(@Nullable Long themeId, String textHu, String textEn, String eligibilityHu, String eligibilityEn,
			LocalDate opensOn, LocalTime opensAt, LocalDate deadlineOn, LocalTime deadlineAt, Integer scaleMin,
			Integer scaleMax, List<SectionSetting> sections, List<CriterionSetting> criteria) {
		this.themeId = themeId;
		this.textHu = textHu;
		this.textEn = textEn;
		this.eligibilityHu = eligibilityHu;
		this.eligibilityEn = eligibilityEn;
		this.opensOn = opensOn;
		this.opensAt = opensAt;
		this.deadlineOn = deadlineOn;
		this.deadlineAt = deadlineAt;
		this.scaleMin = scaleMin;
		this.scaleMax = scaleMax;
		this.sections = new ArrayList<>(sections);
		this.criteria = new ArrayList<>(criteria);
	}

	/**
	 * A new call: open from today, due at 23.59 on the first working day a month ahead
	 * (as an administrative deadline ending on a weekend or public holiday moves to the
	 * next working day), every section with its default, the eight criteria weighted
	 * equally on a 1–5 scale.
	 */
	static CallForm proposal(@Nullable Long themeId, LocalDate today) {
		return new CallForm(themeId, "", "", "", "", today, LocalTime.MIDNIGHT,
				HungarianWorkingDays.onOrAfter(today.plusMonths(1)), LocalTime.of(23, 59), 1, 5, defaultSections(),
				defaultCriteria());
	}

	static List<SectionSetting> defaultSections() {
		return Arrays.stream(SectionKind.values())
			.map((kind) -> new SectionSetting(kind, true, kind.requiredByDefault(), kind.defaultMaxLength()))
			.toList();
	}

	static List<CriterionSetting> defaultCriteria() {
		return Arrays.stream(CriterionKind.values()).map((kind) -> new CriterionSetting(kind, 1)).toList();
	}

	public @Nullable Long getThemeId() {
		return this.themeId;
	}

	public void setThemeId(@Nullable Long themeId) {
		this.themeId = themeId;
	}

	public String getTextHu() {
		return this.textHu;
	}

	public void setTextHu(String textHu) {
		this.textHu = textHu;
	}

	public String getTextEn() {
		return this.textEn;
	}

	public void setTextEn(String textEn) {
		this.textEn = textEn;
	}

	public String getEligibilityHu() {
		return this.eligibilityHu;
	}

	public void setEligibilityHu(String eligibilityHu) {
		this.eligibilityHu = eligibilityHu;
	}

	public String getEligibilityEn() {
		return this.eligibilityEn;
	}

	public void setEligibilityEn(String eligibilityEn) {
		this.eligibilityEn = eligibilityEn;
	}

	public LocalDate getOpensOn() {
		return this.opensOn;
	}

	public void setOpensOn(LocalDate opensOn) {
		this.opensOn = opensOn;
	}

	public LocalTime getOpensAt() {
		return this.opensAt;
	}

	public void setOpensAt(LocalTime opensAt) {
		this.opensAt = opensAt;
	}

	public LocalDate getDeadlineOn() {
		return this.deadlineOn;
	}

	public void setDeadlineOn(LocalDate deadlineOn) {
		this.deadlineOn = deadlineOn;
	}

	public LocalTime getDeadlineAt() {
		return this.deadlineAt;
	}

	public void setDeadlineAt(LocalTime deadlineAt) {
		this.deadlineAt = deadlineAt;
	}

	public Integer getScaleMin() {
		return this.scaleMin;
	}

	public void setScaleMin(Integer scaleMin) {
		this.scaleMin = scaleMin;
	}

	public Integer getScaleMax() {
		return this.scaleMax;
	}

	public void setScaleMax(Integer scaleMax) {
		this.scaleMax = scaleMax;
	}

	public List<SectionSetting> getSections() {
		return this.sections;
	}

	public void setSections(List<SectionSetting> sections) {
		this.sections = (sections != null) ? sections : new ArrayList<>();
	}

	public List<CriterionSetting> getCriteria() {
		return this.criteria;
	}

	public void setCriteria(List<CriterionSetting> criteria) {
		this.criteria = (criteria != null) ? criteria : new ArrayList<>();
	}

	/** One row of the form's sections table. */
	public static class SectionSetting {

		@NotNull
		private SectionKind kind;

		private boolean included;

		private boolean required;

		@NotNull
		@Min(100)
		@Max(20000)
		private Integer maxLength;

		public SectionSetting() {
		}

		SectionSetting(SectionKind kind, boolean included, boolean required, Integer maxLength) {
			this.kind = kind;
			this.included = included;
			this.required = required;
			this.maxLength = maxLength;
		}

		public SectionKind getKind() {
			return this.kind;
		}

		public void setKind(SectionKind kind) {
			this.kind = kind;
		}

		public boolean isIncluded() {
			return this.included;
		}

		public void setIncluded(boolean included) {
			this.included = included;
		}

		public boolean isRequired() {
			return this.required;
		}

		public void setRequired(boolean required) {
			this.required = required;
		}

		public Integer getMaxLength() {
			return this.maxLength;
		}

		public void setMaxLength(Integer maxLength) {
			this.maxLength = maxLength;
		}

	}

	/** One row of the criteria table. */
	public static class CriterionSetting {

		@NotNull
		private CriterionKind kind;

		@NotNull
		@Min(0)
		@Max(10)
		private Integer weight;

		public CriterionSetting() {
		}

		CriterionSetting(CriterionKind kind, Integer weight) {
			this.kind = kind;
			this.weight = weight;
		}

		public CriterionKind getKind() {
			return this.kind;
		}

		public void setKind(CriterionKind kind) {
			this.kind = kind;
		}

		public Integer getWeight() {
			return this.weight;
		}

		public void setWeight(Integer weight) {
			this.weight = weight;
		}

	}

}
