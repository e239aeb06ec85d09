package hu.gyakorlattar.registration;

import java.util.List;

import hu.gyakorlattar.municipality.MunicipalityDirectory;
import hu.gyakorlattar.municipality.MunicipalitySummary;
import hu.gyakorlattar.shared.InvalidInput;

import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.jspecify.annotations.Nullable;

/**
 * Where a registrant comes from, as the forms take it: a KSH code, "Name (code)" from the
 * type-ahead, or a name that only one municipality has (accents and case aside); or no
 * municipality at all for a guest of an organisation. Each look-up is the directory's own
 * read: a guest's registration takes no connection here.
 */
@Component
class MunicipalityChoice {

	private final MunicipalityDirectory directory;

	MunicipalityChoice(MunicipalityDirectory directory) {
		this.directory = directory;
	}

	/**
	 * The municipality the text names, or {@code null} for a guest who named an
	 * organisation instead.
	 * @throws InvalidInput on the municipality field when neither is given, or the text
	 * names no municipality or several
	 */
	@Nullable MunicipalitySummary resolve(String municipality, String organisation) {
		if (StringUtils.hasText(municipality)) {
			return resolve(municipality.strip());
		}
		if (!StringUtils.hasText(organisation)) {
			throw new InvalidInput("municipality", "registration.municipality.missing");
		}
		return null;
	}

	private MunicipalitySummary resolve(String text) {
		return this.directory.resolve(text, "municipality", "registration.municipality");
	}

	/**
	 * Municipalities matching a text, for the form's choice when a name was ambiguous.
	 */
	List<MunicipalitySummary> matching(String text) {
		return this.directory.suggestions(text);
	}

}
