package hu.gyakorlattar.campaign;

/**
 * How many registrations came from an invitation campaign, told by the
 * {@code registration} module (which implements it), so that a campaign's page can show
 * its response without this module knowing of registrations.
 */
public interface CampaignResponses {

	/** Registrations whose registrant arrived through the campaign's link. */
	long registrationsFrom(long campaignId);

}
