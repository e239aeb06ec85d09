package hu.gyakorlattar.registration;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The questions registrants asked, told by whoever keeps them (the {@code questions}
 * module implements it), so that the office's list, the exports and the personal page
 * show them without this module knowing of the Q&A.
 */
public interface RegistrantQuestions {

	/** Each registration's questions as typed, oldest first; absent ids asked nothing. */
	Map<Long, List<String>> askedBy(Collection<Long> registrationIds);

}
