package hu.gyakorlattar.shared;

import java.util.List;

/**
 * Work that waits for the programme office, which its start page lists first ("2 pályázói
 * fiókigénylés vár döntésre"): each module that keeps such work says how much of it waits
 * and where the office does it, so nobody has to look through every page to find a
 * request that came in overnight.
 */
public interface OfficeTasks {

	/** This module's waiting work, one entry per kind that has any. */
	List<Waiting> waiting();

	/**
	 * {@code count} of one kind of work, told by the message {@code messageKey} (the
	 * count its argument), done at {@code path}.
	 */
	record Waiting(String messageKey, long count, String path) {

		/** The entry, or none when nothing of the kind waits. */
		public static List<Waiting> of(String messageKey, long count, String path) {
			return (count > 0) ? List.of(new Waiting(messageKey, count, path)) : List.of();
		}

	}

}
