/**
 * The programme office's invitation campaigns: a letter about a conference, proposed from
 * the conference and its programme year, previewed and tested, then sent once to a
 * selection of municipality contacts through the mail outbox, each mail carrying a
 * one-click unsubscribe (RFC 8058); unsubscribed addresses are left out of later
 * campaigns. Sits above {@code conference}, {@code municipality}, {@code call},
 * {@code programme} and {@code mail}. Other modules learn when invitations about a
 * conference went out from {@link hu.gyakorlattar.campaign.Invitations}, and tell a
 * campaign's response through {@link hu.gyakorlattar.campaign.CampaignResponses}.
 */
@NullMarked
package hu.gyakorlattar.campaign;

import org.jspecify.annotations.NullMarked;
