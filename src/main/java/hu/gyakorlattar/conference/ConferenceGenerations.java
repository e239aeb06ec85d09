package hu.gyakorlattar.conference;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * How often each conference changed on this instance, for what is kept of it in memory
 * (its pages, its recent view): a copy made at an older generation is stale. A change
 * counts at once and again when its transaction commits, so that a copy made meanwhile
 * from the rows as they were is never kept.
 */
@Component
class ConferenceGenerations {

	private final Map<Long, AtomicLong> generations = new ConcurrentHashMap<>();

	/** The conference is changing (or its published answers changed). */
	void changed(long conferenceId) {
		increment(conferenceId);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					increment(conferenceId);
				}
			});
		}
	}

	@EventListener
	void publishedAnswersChanged(PublishedAnswersChanged changed) {
		changed(changed.conferenceId());
	}

	long of(long conferenceId) {
		AtomicLong generation = this.generations.get(conferenceId);
		return (generation != null) ? generation.get() : 0;
	}

	private void increment(long conferenceId) {
		this.generations.computeIfAbsent(conferenceId, (id) -> new AtomicLong()).incrementAndGet();
	}

}
