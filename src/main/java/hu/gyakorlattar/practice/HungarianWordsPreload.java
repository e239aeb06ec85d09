package hu.gyakorlattar.practice;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Loads the Hunspell dictionary ({@link HungarianWords}, a second or two of CPU) once the
 * application is ready, so that the first search does not wait for it. Loaded while the
 * application started, it shared the two cores with Hibernate's bootstrap and the JIT
 * compilers, and delayed the start.
 */
@Component
class HungarianWordsPreload {

	@EventListener(ApplicationReadyEvent.class)
	void load() {
		Thread loading = new Thread(HungarianWords::get, "hunspell-hu");
		loading.setDaemon(true);
		loading.start();
	}

}
