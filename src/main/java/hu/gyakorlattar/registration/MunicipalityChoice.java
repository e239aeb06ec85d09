package hu.gyakorlattar.registration;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import hu.gyakorlattar.municipality.MunicipalityDirectory;
import hu.gyakorlattar.municipality.MunicipalitySummary;
import hu.gyakorlattar.shared.HungarianFormats;
import hu.gyakorlattar.shared.InvalidInput;

import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Where a registrant comes from, as the forms take it: a KSH code, "Name (code)" from the
 * type-ahead, or a name that only one municipality has (accents and case aside); or no
 * municipality at all for a guest of an organisation. Each look-up is the directory's own
 * read: a guest's registration takes no connection here.
 */
@Component
class MunicipalityChoice {

	private static final Pattern KSH_CODE_IN_TEXT = Pattern.compile("(?:^|\\()\\s*(\\d{5})\\s*\\)?\\s*$");

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
	MunicipalitySummary resolve(String municipality, String organisation) {
		if (StringUtils.hasText(municipality)) {
			return resolve(municipality.strip());
		}
		if (!StringUtils.hasText(organisation)) {
			throw new InvalidInput("municipality", "registration.municipality.missing");
		}
		return null;
	}

	private MunicipalitySummary resolve(String text) {
		Matcher code = KSH_CODE_IN_TEXT.matcher(text);
		if (code.find()) {
			return this.directory.find(code.group(1))
				.orElseThrow(
						() -> new InvalidInput("municipality", "registration.municipality.unknownCode", code.group(1)));
		}
		String folded = HungarianFormats.fold(text);
		List<MunicipalitySummary> named = this.directory.search(text, 50)
			.stream()
			.filter((m) -> HungarianFormats.fold(m.name()).equals(folded))
			.toList();
		if (named.size() == 1) {
			return named.get(0);
		}
		if (named.isEmpty()) {
			throw new InvalidInput("municipality", "registration.municipality.unknown");
		}
		throw new InvalidInput("municipality", "registration.municipality.ambiguous");
	}

	/**
	 * Municipalities matching a text, for the form's choice when a name was ambiguous.
	 */
	List<MunicipalitySummary> matching(String text) {
		if (!StringUtils.hasText(text)) {
			return List.of();
		}
		return this.directory.search(KSH_CODE_IN_TEXT.matcher(text.strip()).replaceAll("").strip(), 20);
	}

}
