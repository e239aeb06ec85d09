package hu.gyakorlattar.questions;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import hu.gyakorlattar.conference.AgendaItemKind;
import hu.gyakorlattar.conference.AgendaItemView;
import hu.gyakorlattar.conference.ConferenceView;

/**
 * Where the conference is now, as the moderator's console shows it. {@code minutes} and
 * {@code seconds}: the running item's time left, or its overrun when {@code overrun};
 * {@code startedByModerator}: the moderator, not the clock, says what runs.
 */
record RunOfShow(ConferenceView conference, Instant now, AgendaItemView running, boolean startedByModerator,
		AgendaItemView next, long minutes, int seconds, boolean overrun, boolean warning, boolean over,
		boolean notYetStarted, List<QuestionView> queue) {

	private static final Duration WARNING = Duration.ofMinutes(2);

	/**
	 * The item running (the one the moderator started, else the one the clock says), its
	 * time left or overrun, the next item, and the questions of the running block. An
	 * item the moderator started has its planned length from the moment they started it,
	 * so one started late overruns only when it runs longer than planned.
	 * @param startedItemId the item the moderator started; null: the clock leads
	 * @param startedAt when they started it; null counts from its planned start
	 * @param questions the conference's questions
	 */
	static RunOfShow at(Instant now, ConferenceView conference, Long startedItemId, Instant startedAt,
			List<QuestionView> questions) {
		List<AgendaItemView> agenda = conference.agenda();
		AgendaItemView byClock = agenda.stream()
			.filter((item) -> !now.isBefore(item.startsAt()) && now.isBefore(item.endsAt()))
			.findFirst()
			.orElse(null);
		AgendaItemView started = agenda.stream()
			.filter((item) -> startedItemId != null && item.id() == startedItemId)
			.findFirst()
			.orElse(null);
		AgendaItemView running = (started != null) ? started : byClock;
		AgendaItemView next = (running != null) ? after(agenda, running)
				: agenda.stream().filter((item) -> now.isBefore(item.startsAt())).findFirst().orElse(null);
		Duration left = (running != null) ? Duration.between(now, endOf(running, started, startedAt)) : Duration.ZERO;
		boolean overrun = running != null && left.isNegative();
		boolean warning = running != null && !overrun && left.compareTo(WARNING) <= 0;
		List<QuestionView> queue = (running != null) ? queue(agenda, running, questions) : List.of();
		Duration shown = left.abs();
		return new RunOfShow(conference, now, running, started != null, next, shown.toMinutes(), shown.toSecondsPart(),
				overrun, warning, conference.over(now),
				running == null && !agenda.isEmpty() && now.isBefore(agenda.get(0).startsAt()), queue);
	}

	/** When the running item is due to end: its planned length after its actual start. */
	private static Instant endOf(AgendaItemView running, AgendaItemView started, Instant startedAt) {
		if (running != started || startedAt == null) {
			return running.endsAt();
		}
		return startedAt.plus(Duration.between(running.startsAt(), running.endsAt()));
	}

	/**
	 * The questions awaiting or open about the running item; a Q&A block also takes those
	 * about the item before it, and a Q&A block or the closing the general ones.
	 */
	private static List<QuestionView> queue(List<AgendaItemView> agenda, AgendaItemView running,
			List<QuestionView> questions) {
		Set<Long> topics = new HashSet<>();
		topics.add(running.id());
		if (running.kind() == AgendaItemKind.QUESTIONS) {
			AgendaItemView before = before(agenda, running);
			if (before != null) {
				topics.add(before.id());
			}
		}
		boolean general = running.kind() == AgendaItemKind.QUESTIONS || running.kind() == AgendaItemKind.CLOSING;
		return questions.stream()
			.filter((q) -> q.status() == QuestionStatus.NEW || (q.status() == QuestionStatus.APPROVED && !q.answered()))
			.filter((q) -> (q.agendaItemId() == null) ? general : topics.contains(q.agendaItemId()))
			.sorted(QuestionOrder.VOTES.comparator())
			.toList();
	}

	private static AgendaItemView after(List<AgendaItemView> agenda, AgendaItemView item) {
		int index = agenda.indexOf(item);
		return (index >= 0 && index + 1 < agenda.size()) ? agenda.get(index + 1) : null;
	}

	private static AgendaItemView before(List<AgendaItemView> agenda, AgendaItemView item) {
		int index = agenda.indexOf(item);
		return (index > 0) ? agenda.get(index - 1) : null;
	}

}
