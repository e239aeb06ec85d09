package hu.gyakorlattar.call;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
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
import org.jspecify.annotations.Nullable;

/** A call for applications of one cycle's theme. */
@Entity
@Table(name = "call_for_applications")
class Call {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private int cycleYear;

	private long themeId;

	private String textHu;

	private String textEn = "";

	private String eligibilityHu;

	private String eligibilityEn = "";

	private Instant opensAt;

	private Instant deadline;

	private int scaleMin;

	private int scaleMax;

	private @Nullable Instant publishedAt;

	private Instant createdAt;

	@Version
	private long version;

	@ElementCollection
	@CollectionTable(name = "call_section", joinColumns = @JoinColumn(name = "call_id"))
	@OrderColumn(name = "position")
	private List<Section> sections = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "call_criterion", joinColumns = @JoinColumn(name = "call_id"))
	@OrderColumn(name = "position")
	private List<Criterion> criteria = new ArrayList<>();

	protected Call() {
	}

	Call(int cycleYear, long themeId, Instant now) {
		this.cycleYear = cycleYear;
		this.themeId = themeId;
		this.createdAt = now;
	}

	void describe(String textHu, String textEn, String eligibilityHu, String eligibilityEn, Instant opensAt,
			Instant deadline) {
		this.textHu = textHu;
		this.textEn = textEn;
		this.eligibilityHu = eligibilityHu;
		this.eligibilityEn = eligibilityEn;
		this.opensAt = opensAt;
		this.deadline = deadline;
	}

	/**
	 * The form and how it is judged; fixed once published, so that nobody is judged by
	 * rules they did not apply under.
	 */
	void judgeBy(List<SectionView> sections, List<CriterionView> criteria, int scaleMin, int scaleMax) {
		this.sections.clear();
		sections.forEach(
				(section) -> this.sections.add(new Section(section.kind(), section.required(), section.maxLength())));
		this.criteria.clear();
		criteria.forEach((criterion) -> this.criteria.add(new Criterion(criterion.kind(), criterion.weight())));
		this.scaleMin = scaleMin;
		this.scaleMax = scaleMax;
	}

	void publish(Instant now) {
		if (this.publishedAt == null) {
			this.publishedAt = now;
		}
	}

	boolean isPublished() {
		return this.publishedAt != null;
	}

	Long getId() {
		return this.id;
	}

	int getCycleYear() {
		return this.cycleYear;
	}

	long getThemeId() {
		return this.themeId;
	}

	CallView toView(String themeNameHu, String themeNameEn) {
		return new CallView(this.id, this.cycleYear, this.themeId, themeNameHu, themeNameEn, this.textHu, this.textEn,
				this.eligibilityHu, this.eligibilityEn, this.opensAt, this.deadline, this.scaleMin, this.scaleMax,
				this.publishedAt,
				this.sections.stream()
					.map((section) -> new SectionView(section.kind, section.required, section.maxLength))
					.toList(),
				this.criteria.stream()
					.filter((criterion) -> criterion.weight > 0)
					.map((criterion) -> new CriterionView(criterion.kind, criterion.weight))
					.toList());
	}

	List<Criterion> getCriteria() {
		return this.criteria;
	}

	@Embeddable
	static class Section {

		@Enumerated(EnumType.STRING)
		private SectionKind kind;

		private boolean required;

		@Column(name = "max_length")
		private int maxLength;

		protected Section() {
		}

		Section(SectionKind kind, boolean required, int maxLength) {
			this.kind = kind;
			this.required = required;
			this.maxLength = maxLength;
		}

	}

	@Embeddable
	static class Criterion {

		@Enumerated(EnumType.STRING)
		private CriterionKind kind;

		private int weight;

		protected Criterion() {
		}

		Criterion(CriterionKind kind, int weight) {
			this.kind = kind;
			this.weight = weight;
		}

		CriterionKind getKind() {
			return this.kind;
		}

		int getWeight() {
			return this.weight;
		}

	}

}
