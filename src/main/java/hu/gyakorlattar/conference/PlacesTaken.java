package hu.gyakorlattar.conference;

/**
 * How many of a conference's places are taken, told by whoever keeps the registrations
 * (the {@code registration} module implements it), so that the conference's page can show
 * the places left without this module knowing of registrations.
 */
public interface PlacesTaken {

	/** Confirmed registrations (and those awaiting confirmation that hold a place). */
	int placesTaken(long conferenceId);

}
