package hu.gyakorlattar.questions;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import hu.gyakorlattar.shared.InvalidInput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** A question's moderation rules, as the question itself keeps them. */
class QuestionTests {

	private static final Instant ASKED = Instant.parse("2021-06-22T08:10:00Z");

	@Test
	void aQuestionAwaitsTheModeratorUnlessTheConferenceApprovesAsQuestionsCome() {
		assertThat(asked(false).getStatus()).isEqualTo(QuestionStatus.NEW);
		assertThat(asked(true).getStatus()).isEqualTo(QuestionStatus.APPROVED);
		assertThat(asked(false).visible()).isFalse();
	}

	@Test
	void aQuestionIsKeptWithoutSurroundingSpaceAndNeverBlankOrTooLong() {
		assertThat(question("  Mennyibe került?\n").getText()).isEqualTo("Mennyibe került?");
		assertRefused(() -> question("   "), "text", "questions.text.blank");
		assertRefused(() -> question(null), "text", "questions.text.blank");
		assertRefused(() -> question("x".repeat(QuestionForm.MAX_LENGTH + 1)), "text", "questions.text.tooLong");
		assertThat(question("x".repeat(QuestionForm.MAX_LENGTH)).getText()).hasSize(QuestionForm.MAX_LENGTH);
	}

	@Test
	void pinningApprovesAHiddenQuestionAndPinningAgainLetsItGo() {
		Question question = asked(false);
		question.hide();

		assertThat(question.pinOrLetGo()).isTrue();
		assertThat(question.getStatus()).isEqualTo(QuestionStatus.APPROVED);
		assertThat(question.isPinned()).isTrue();
		assertThat(question.pinOrLetGo()).isFalse();
		assertThat(question.isPinned()).isFalse();
		assertThat(question.getStatus()).isEqualTo(QuestionStatus.APPROVED);
	}

	@Test
	void hidingAPinnedQuestionLetsThePinGo() {
		Question question = asked(true);
		question.pinOrLetGo();

		question.hide();

		assertThat(question.getStatus()).isEqualTo(QuestionStatus.HIDDEN);
		assertThat(question.isPinned()).isFalse();
	}

	@Test
	void answeringShowsTheQuestionLetsThePinGoAndKeepsOnlyAWrittenAnswerForTheArchive() {
		Question spoken = asked(false);
		spoken.pinOrLetGo();
		spoken.answered(ASKED.plusSeconds(600), "   ");
		assertThat(spoken.getStatus()).isEqualTo(QuestionStatus.APPROVED);
		assertThat(spoken.isPinned()).isFalse();
		assertThat(spoken.getAnsweredAt()).isEqualTo(ASKED.plusSeconds(600));
		assertThat(spoken.getAnswer()).isNull();
		assertThat(spoken.answeredInWriting()).isFalse();

		Question written = asked(false);
		written.answered(ASKED.plusSeconds(600), " A felét pályázat fedezte. ");
		assertThat(written.getAnswer()).isEqualTo("A felét pályázat fedezte.");
		assertThat(written.answeredInWriting()).isTrue();
	}

	@Test
	void theModeratorsCorrectionIsNeverBlankOrLongerThanAParticipantMayWrite() {
		Question question = asked(true);
		question.edit(" Mennyibe került a beruházás? ");
		assertThat(question.getText()).isEqualTo("Mennyibe került a beruházás?");

		assertRefused(() -> question.edit(" "), "text", "questions.text.blank.moderator");
		assertRefused(() -> question.edit("y".repeat(QuestionForm.MAX_LENGTH + 1)), "text",
				"questions.text.tooLong.moderator");
		assertThat(question.getText()).isEqualTo("Mennyibe került a beruházás?");
	}

	@Test
	void aMergedDuplicateTakesNoFurtherModeration() {
		Question duplicate = asked(true);
		duplicate.pinOrLetGo();
		duplicate.mergeInto(asked(true));
		assertThat(duplicate.getStatus()).isEqualTo(QuestionStatus.MERGED);
		assertThat(duplicate.isPinned()).isFalse();

		assertRefused(duplicate::approve, null, "questions.merged");
		assertRefused(duplicate::hide, null, "questions.merged");
		assertRefused(duplicate::pinOrLetGo, null, "questions.merged");
		assertRefused(() -> duplicate.edit("Javítás"), null, "questions.merged");
		assertRefused(() -> duplicate.answered(ASKED, "Válasz"), null, "questions.merged");
		assertRefused(() -> duplicate.mergeInto(asked(true)), null, "questions.merged");
		assertThat(duplicate.getStatus()).isEqualTo(QuestionStatus.MERGED);
	}

	@Test
	void aQuestionMergesOnlyIntoAnotherLiveQuestionOfItsOwnConference() {
		Question duplicate = asked(true);
		assertRefused(() -> duplicate.mergeInto(duplicate), "into", "questions.merge.self");
		assertRefused(() -> duplicate.mergeInto(null), "into", "questions.merge.unknown");
		Question hidden = asked(true);
		hidden.hide();
		assertRefused(() -> duplicate.mergeInto(hidden), "into", "questions.merge.unknown");
		Question merged = asked(true);
		merged.mergeInto(asked(true));
		assertRefused(() -> duplicate.mergeInto(merged), "into", "questions.merge.unknown");
		Question elsewhere = new Question(2, null, 11L, "Gál Gergő", false, "Máshol?", true, ASKED);
		assertRefused(() -> duplicate.mergeInto(elsewhere), "into", "questions.merge.unknown");
		assertThat(duplicate.getStatus()).isEqualTo(QuestionStatus.APPROVED);

		duplicate.mergeInto(asked(false));
		assertThat(duplicate.getStatus()).isEqualTo(QuestionStatus.MERGED);
	}

	private static Question asked(boolean autoApprove) {
		return new Question(1, null, 10L, "Deák Dóra", false, "Mennyibe került?", autoApprove, ASKED);
	}

	private static Question question(String text) {
		return new Question(1, null, 10L, "Deák Dóra", false, text, false, ASKED);
	}

	private static void assertRefused(Runnable move, String field, String messageKey) {
		assertThatExceptionOfType(InvalidInput.class).isThrownBy(move::run).satisfies((refused) -> {
			assertThat(refused.field()).isEqualTo(field);
			assertThat(refused.messageKey()).isEqualTo(messageKey);
		});
	}

}
