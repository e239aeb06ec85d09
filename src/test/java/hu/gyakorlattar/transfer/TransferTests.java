package hu.gyakorlattar.transfer;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import hu.gyakorlattar.practice.PublishedPractice;
import hu.gyakorlattar.shared.InvalidInput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of a transfer, as sentences. */
class TransferTests {

	private static final Instant START = Instant.parse("2021-06-22T08:00:00Z");

	private static final PublishedPractice SZADA = new PublishedPractice(1, "szepkoruak-nappali-klubja",
			"Szépkorúak nappali klubja", "Day club for older people", 2021, List.of("21458"), List.of("Szada"),
			List.of(7L), "gazda@szada.hu");

	@Test
	void aTransferStartsWhereTheMunicipalityHasAlreadyGot() {
		Transfer transfer = start(TransferStatus.ADAPTING);
		assertThat(transfer.getStatus()).isEqualTo(TransferStatus.ADAPTING);
		assertThat(transfer.getStartedAt()).isEqualTo(START);
	}

	@Test
	void aMunicipalityNeverTakesUpItsOwnPractice() {
		assertThatThrownBy(() -> Transfer.start(SZADA, "21458", "Szada", plan(TransferStatus.CONSIDERING, ""),
				"anna@szada.hu", START))
			.isInstanceOfSatisfying(InvalidInput.class,
					(refused) -> assertThat(refused.messageKey()).isEqualTo("transfer.own"));
	}

	@Test
	void aTransferCannotStartStopped() {
		assertThatThrownBy(() -> start(TransferStatus.STOPPED)).isInstanceOfSatisfying(InvalidInput.class,
				(refused) -> assertThat(refused.field()).isEqualTo("status"));
	}

	@Test
	void aTransferMovesForwardAndMaySkipAStep() {
		Transfer transfer = start(TransferStatus.CONSIDERING);
		transfer.moveTo(TransferStatus.RUNNING, "", START.plus(Duration.ofDays(30)));
		assertThat(transfer.getStatus()).isEqualTo(TransferStatus.RUNNING);
		assertThat(transfer.getStatusChangedAt()).isEqualTo(START.plus(Duration.ofDays(30)));
	}

	@Test
	void aTransferNeverMovesBack() {
		Transfer transfer = start(TransferStatus.RUNNING);
		assertThatThrownBy(() -> transfer.moveTo(TransferStatus.ADAPTING, "", START)).isInstanceOfSatisfying(
				InvalidInput.class,
				(refused) -> assertThat(refused.messageKey()).isEqualTo("transfer.status.backwards"));
		assertThat(transfer.getStatus()).isEqualTo(TransferStatus.RUNNING);
	}

	@Test
	void stoppingNeedsAReason() {
		Transfer transfer = start(TransferStatus.ADAPTING);
		assertThatThrownBy(() -> transfer.moveTo(TransferStatus.STOPPED, "  ", START)).isInstanceOfSatisfying(
				InvalidInput.class, (refused) -> assertThat(refused.field()).isEqualTo("stopReason"));
		transfer.moveTo(TransferStatus.STOPPED, " Nem jutott rá pénz. ", START);
		assertThat(transfer.getStopReason()).isEqualTo("Nem jutott rá pénz.");
	}

	@Test
	void aStoppedTransferStaysStoppedButItsReasonMayBeReworded() {
		Transfer transfer = start(TransferStatus.ADAPTING);
		transfer.moveTo(TransferStatus.STOPPED, "Nem jutott rá pénz.", START);
		assertThatThrownBy(() -> transfer.moveTo(TransferStatus.RUNNING, "", START)).isInstanceOfSatisfying(
				InvalidInput.class,
				(refused) -> assertThat(refused.messageKey()).isEqualTo("transfer.status.alreadyStopped"));
		transfer.moveTo(TransferStatus.STOPPED, "A pályázati forrás elmaradt.", START);
		assertThat(transfer.getStopReason()).isEqualTo("A pályázati forrás elmaradt.");
	}

	@Test
	void aMentorIsNamedOnlyWithTheirConsent() {
		Transfer transfer = start(TransferStatus.CONSIDERING);
		assertThatThrownBy(
				() -> transfer.answer(new OriginAnswer("Szívesen segítünk.", "Simon Erika", "", false), START))
			.isInstanceOfSatisfying(InvalidInput.class,
					(refused) -> assertThat(refused.field()).isEqualTo("mentorConsents"));
		transfer.answer(new OriginAnswer("Szívesen segítünk.", "Simon Erika", "erika@szada.hu", true), START);
		assertThat(transfer.getMentorName()).isEqualTo("Simon Erika");
		transfer.answer(new OriginAnswer("Szívesen segítünk.", "", "", false), START);
		assertThat(transfer.getMentorName()).isEmpty();
		assertThat(transfer.getMentorEmail()).isEmpty();
	}

	@Test
	void theCheckInsFallDueSixAndTwelveMonthsAfterTheStartInBudapest() {
		Transfer transfer = start(TransferStatus.CONSIDERING);
		org.springframework.test.util.ReflectionTestUtils.setField(transfer, "id", 42L);
		assertThat(transfer.planCheckIns()).extracting(CheckIn::getMonthsAfter, CheckIn::getDueAt)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(6, Instant.parse("2021-12-22T09:00:00Z")),
					org.assertj.core.groups.Tuple.tuple(12, Instant.parse("2022-06-22T08:00:00Z")));
		assertThat(transfer.planCheckIns()).extracting(CheckIn::getToken).doesNotHaveDuplicates();
	}

	@Test
	void aHungarianTypedNumberIsReadAndANegativeOneRefused() {
		assertThat(ReportingOutcomes.number("1 250,5", "value1")).isEqualByComparingTo("1250.5");
		assertThat(ReportingOutcomes.number("12.5", "value1")).isEqualByComparingTo("12.5");
		assertThatThrownBy(() -> ReportingOutcomes.number("-3", "value2")).isInstanceOfSatisfying(InvalidInput.class,
				(refused) -> assertThat(refused.messageKey()).isEqualTo("transfer.checkIn.value.range"));
		assertThatThrownBy(() -> ReportingOutcomes.number("sok", "value2")).isInstanceOfSatisfying(InvalidInput.class,
				(refused) -> assertThat(refused.messageKey()).isEqualTo("transfer.checkIn.value.number"));
	}

	private static Transfer start(TransferStatus status) {
		return Transfer.start(SZADA, "20127", "Tata", plan(status, ""), "anna@tata.hu", START);
	}

	private static TransferPlan plan(TransferStatus status, String reason) {
		return new TransferPlan("Jövő tavasszal indítjuk a klubot.", "Kiss Anna", "anna@tata.hu", status, reason);
	}

}
