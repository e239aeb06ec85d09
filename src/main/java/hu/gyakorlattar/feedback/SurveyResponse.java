package hu.gyakorlattar.feedback;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * One registrant's answers to a conference's survey, kept as given (pages escape them);
 * answering again replaces them.
 */
@Entity
@Table(name = "feedback_response")
class SurveyResponse {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long conferenceId;

	private long registrationId;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "feedback_rating", joinColumns = @JoinColumn(name = "response_id"))
	@MapKeyColumn(name = "agenda_item_id")
	@Column(name = "rating")
	private Map<Long, Short> ratings = new HashMap<>();

	private @Nullable String comment;

	private @Nullable Long practiceId;

	private @Nullable String practiceTitle;

	private String practiceText;

	private Instant submittedAt;

	private Instant updatedAt;

	protected SurveyResponse() {
	}

	/** The answers, checked by the caller, replace the earlier ones. */
	void answer(Map<Long, Integer> ratings, String comment, Long practiceId, String practiceTitle, String practiceText,
			Instant now) {
		this.ratings.clear();
		ratings.forEach((item, rating) -> this.ratings.put(item, rating.shortValue()));
		this.comment = comment;
		this.practiceId = practiceId;
		this.practiceTitle = practiceTitle;
		this.practiceText = practiceText;
		this.updatedAt = now;
	}

	Long getId() {
		return this.id;
	}

	long getConferenceId() {
		return this.conferenceId;
	}

	long getRegistrationId() {
		return this.registrationId;
	}

	Map<Long, Short> getRatings() {
		return this.ratings;
	}

	@Nullable String getComment() {
		return this.comment;
	}

	@Nullable Long getPracticeId() {
		return this.practiceId;
	}

	@Nullable String getPracticeTitle() {
		return this.practiceTitle;
	}

	String getPracticeText() {
		return this.practiceText;
	}

	Instant getSubmittedAt() {
		return this.submittedAt;
	}

	Instant getUpdatedAt() {
		return this.updatedAt;
	}

}
