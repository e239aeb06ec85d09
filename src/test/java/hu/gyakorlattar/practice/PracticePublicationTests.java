package hu.gyakorlattar.practice;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules of a practice's publication, held by the practice and its publication
 * themselves: the date readers sort by is the first publication's, and publishing or
 * withdrawing twice changes nothing.
 */
class PracticePublicationTests {

	private static final Instant CREATED = Instant.parse("2021-03-01T09:00:00Z");

	private static final Instant PUBLISHED = Instant.parse("2021-06-22T08:00:00Z");

	private static final Instant LATER = Instant.parse("2021-09-01T08:00:00Z");

	private static final Instant AGAIN = Instant.parse("2022-01-10T08:00:00Z");

	@Test
	void aDraftIsPublishedWithTheDayItWasPublished() {
		Practice practice = new Practice("esovizgyujtes", CREATED);

		assertThat(practice.publish(PUBLISHED)).isTrue();

		assertThat(practice.isPublished()).isTrue();
		assertThat(practice.getStatus()).isEqualTo(Practice.Status.PUBLISHED);
		assertThat(practice.getPublishedAt()).isEqualTo(PUBLISHED);
		assertThat(practice.getUpdatedAt()).isEqualTo(PUBLISHED);
	}

	@Test
	void publishingAPublishedPracticeChangesNothing() {
		Practice practice = new Practice("esovizgyujtes", CREATED);
		practice.publish(PUBLISHED);

		assertThat(practice.publish(LATER)).isFalse();

		assertThat(practice.getPublishedAt()).isEqualTo(PUBLISHED);
		assertThat(practice.getUpdatedAt()).isEqualTo(PUBLISHED);
	}

	@Test
	void aWithdrawnPracticeIsADraftAgainAndKeepsItsFirstPublicationDateWhenPublishedAgain() {
		Practice practice = new Practice("esovizgyujtes", CREATED);
		practice.publish(PUBLISHED);

		assertThat(practice.withdraw(LATER)).isTrue();
		assertThat(practice.isPublished()).isFalse();
		assertThat(practice.getStatus()).isEqualTo(Practice.Status.DRAFT);
		assertThat(practice.getUpdatedAt()).isEqualTo(LATER);

		assertThat(practice.publish(AGAIN)).isTrue();
		assertThat(practice.getPublishedAt()).isEqualTo(PUBLISHED);
		assertThat(practice.getUpdatedAt()).isEqualTo(AGAIN);
	}

	@Test
	void withdrawingADraftChangesNothing() {
		Practice practice = new Practice("esovizgyujtes", CREATED);

		assertThat(practice.withdraw(LATER)).isFalse();

		assertThat(practice.getStatus()).isEqualTo(Practice.Status.DRAFT);
		assertThat(practice.getPublishedAt()).isNull();
		assertThat(practice.getUpdatedAt()).isEqualTo(CREATED);
	}

	@Test
	void askingTheOwnersForAnUpdateKeepsThePublicationAndAWithdrawalKeepsWhenTheyWereAsked() {
		Publication asked = Publication.DRAFT.published(PUBLISHED).updateRequested(LATER);

		assertThat(asked).isEqualTo(new Publication(Practice.Status.PUBLISHED, PUBLISHED, LATER));
		assertThat(asked.withdrawn()).isEqualTo(new Publication(Practice.Status.DRAFT, PUBLISHED, LATER));
	}

}
