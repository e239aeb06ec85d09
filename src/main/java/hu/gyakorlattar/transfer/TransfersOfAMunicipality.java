package hu.gyakorlattar.transfer;

import java.util.List;
import java.util.Locale;

import hu.gyakorlattar.municipality.MunicipalityPageSection;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A municipality's page lists the good practices it takes up from others, the latest
 * first, each with where the transfer stands.
 */
@Component
class TransfersOfAMunicipality implements MunicipalityPageSection {

	private final TransferLedger ledger;

	private final MessageSource messages;

	TransfersOfAMunicipality(TransferLedger ledger, MessageSource messages) {
		this.ledger = ledger;
		this.messages = messages;
	}

	@Override
	public int order() {
		return 2;
	}

	@Override
	public Content of(String kshCode, Locale locale) {
		List<Link> links = this.ledger.ofMunicipality(kshCode)
			.stream()
			.map((transfer) -> new Link(transfer.practiceTitle(), hungarianFor(locale),
					"/gyakorlatok/" + transfer.practiceSlug(),
					this.messages.getMessage(transfer.status().messageKey(), null, locale)))
			.toList();
		return new Content(this.messages.getMessage("transfer.ofMunicipality", null, locale), links);
	}

	/** The ledger keeps a practice's Hungarian title, marked so on an English page. */
	private static String hungarianFor(Locale locale) {
		return locale.getLanguage().equals("hu") ? null : "hu";
	}

}
