package hu.gyakorlattar.municipality;

import java.text.Collator;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import hu.gyakorlattar.shared.HungarianFormats;
import hu.gyakorlattar.shared.InvalidInput;
import hu.gyakorlattar.shared.NotFound;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The municipality directory as other modules and this module's pages read it: a
 * municipality by its KSH code, searches in Hungarian alphabetical order, and the
 * contacts selected for a mailing.
 */
@Service
@Transactional(readOnly = true)
public class MunicipalityDirectory {

	/** Hungarian alphabetical order, computed once per name by the import. */
	static final Sort HUNGARIAN_ORDER = Sort.by("sortKey", "kshCode");

	private static final Pattern KSH_CODE_IN_TEXT = Pattern.compile("(?:^|\\()\\s*(\\d{5})\\s*\\)?\\s*$");

	private final MunicipalityRepository municipalities;

	private final MunicipalityContactRepository contacts;

	MunicipalityDirectory(MunicipalityRepository municipalities, MunicipalityContactRepository contacts) {
		this.municipalities = municipalities;
		this.contacts = contacts;
	}

	public Optional<MunicipalitySummary> find(String kshCode) {
		return municipality(kshCode).map(Municipality::toSummary);
	}

	/**
	 * The municipalities with these KSH codes, read at once, by code; a code the
	 * directory does not know is left out.
	 */
	public Map<String, MunicipalitySummary> findAll(Collection<String> kshCodes) {
		return this.municipalities.findAllById(kshCodes)
			.stream()
			.map(Municipality::toSummary)
			.collect(Collectors.toMap(MunicipalitySummary::kshCode, Function.identity()));
	}

	/**
	 * Municipalities whose name (accents and case aside) or KSH code contains the text,
	 * in Hungarian order; for pickers in other modules.
	 */
	public List<MunicipalitySummary> search(String text, int limit) {
		return search(new DirectoryQuery(text, null, null), PageRequest.of(0, Math.max(1, limit))).stream()
			.map(Municipality::toSummary)
			.toList();
	}

	/**
	 * The municipality a picker's text names: a KSH code, "Name (code)" as the type-ahead
	 * fills it in, or a name only one municipality has (accents and case aside).
	 * @param field the form field the text came from, named by the error
	 * @param messagePrefix the form's messages: {@code .unknownCode} (with the code),
	 * {@code .unknown} and {@code .ambiguous}
	 * @throws InvalidInput when the text names no municipality or several
	 */
	public MunicipalitySummary resolve(String text, String field, String messagePrefix) {
		String typed = text.strip();
		Matcher code = KSH_CODE_IN_TEXT.matcher(typed);
		if (code.find()) {
			return find(code.group(1))
				.orElseThrow(() -> new InvalidInput(field, messagePrefix + ".unknownCode", code.group(1)));
		}
		String folded = HungarianFormats.fold(typed);
		List<MunicipalitySummary> named = search(typed, 50).stream()
			.filter((m) -> HungarianFormats.fold(m.name()).equals(folded))
			.toList();
		if (named.size() == 1) {
			return named.get(0);
		}
		throw new InvalidInput(field, messagePrefix + (named.isEmpty() ? ".unknown" : ".ambiguous"));
	}

	/**
	 * Municipalities a picker's text may mean, for the form's choice when a name was
	 * ambiguous or unknown.
	 */
	public List<MunicipalitySummary> suggestions(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return search(KSH_CODE_IN_TEXT.matcher(text.strip()).replaceAll("").strip(), 20);
	}

	/**
	 * The contacts of the selected municipalities of the latest gazetteer that have one,
	 * in Hungarian order of the municipality's name.
	 */
	public List<MunicipalityContactView> contacts(ContactSelection selection) {
		List<MunicipalityContact> all = this.contacts.findAll();
		Map<String, Municipality> named = this.municipalities
			.findAllById(all.stream().map(MunicipalityContact::getKshCode).toList())
			.stream()
			.collect(Collectors.toMap(Municipality::getKshCode, Function.identity()));
		Collator collator = HungarianFormats.collator();
		return all.stream()
			.filter((contact) -> named.containsKey(contact.getKshCode()))
			.filter((contact) -> named.get(contact.getKshCode()).isInLatestGazetteer())
			.filter((contact) -> selection.selects(named.get(contact.getKshCode()).toSummary()))
			.map((contact) -> contact.toView(named.get(contact.getKshCode()).getName()))
			.sorted(Comparator.comparing(MunicipalityContactView::municipalityName, collator))
			.toList();
	}

	Page<Municipality> search(DirectoryQuery query, Pageable pageable) {
		Pageable ordered = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), HUNGARIAN_ORDER);
		return this.municipalities.findAll(query.toSpecification(), ordered);
	}

	Optional<Municipality> municipality(String kshCode) {
		if (kshCode == null || !kshCode.matches("\\d{5}")) {
			return Optional.empty();
		}
		return this.municipalities.findById(kshCode);
	}

	Municipality municipalityOrFail(String kshCode) {
		return municipality(kshCode).orElseThrow(NotFound::new);
	}

	/**
	 * The counties as they appear in the directory, in the Hungarian order of the names
	 * readers see ({@link CountyNames}).
	 */
	List<String> counties() {
		return this.municipalities.findCounties()
			.stream()
			.sorted(Comparator.comparing(CountyNames::of, HungarianFormats.collator()))
			.toList();
	}

	long countInLatestGazetteer() {
		return this.municipalities.countByInLatestGazetteerTrue();
	}

	long count() {
		return this.municipalities.count();
	}

	Optional<Integer> latestYear() {
		return this.municipalities.findLatestYear();
	}

}
