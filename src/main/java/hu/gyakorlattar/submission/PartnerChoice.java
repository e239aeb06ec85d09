package hu.gyakorlattar.submission;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import hu.gyakorlattar.municipality.MunicipalityDirectory;
import hu.gyakorlattar.municipality.MunicipalitySummary;
import hu.gyakorlattar.shared.InvalidInput;

import org.springframework.stereotype.Component;

/**
 * The partner municipalities of a joint application, as the applicant picks them from the
 * gazetteer with the picker every form uses: each one names a municipality of the
 * gazetteer, other than the applying one, once. Every refused field gets its own message.
 */
@Component
class PartnerChoice {

	static final int MAX_PARTNERS = 10;

	private final MunicipalityDirectory directory;

	PartnerChoice(MunicipalityDirectory directory) {
		this.directory = directory;
	}

	/** The partners' KSH codes in the order given, and every problem with them. */
	Resolved resolve(ApplicationForm form, String applyingKshCode) {
		Map<Integer, String> typed = form.typedPartners();
		List<InvalidInput> problems = new ArrayList<>();
		if (typed.size() > MAX_PARTNERS) {
			problems.add(new InvalidInput(null, "submission.partner.tooMany", MAX_PARTNERS));
		}
		Set<String> partners = new LinkedHashSet<>();
		typed.forEach((index, text) -> {
			String field = "partners[" + index + "]";
			try {
				MunicipalitySummary partner = this.directory.resolve(text, field, "submission.partner");
				if (partner.kshCode().equals(applyingKshCode)) {
					problems.add(new InvalidInput(field, "submission.partner.applying", partner.name()));
				}
				else if (!partners.add(partner.kshCode())) {
					problems.add(new InvalidInput(field, "submission.partner.twice", partner.name()));
				}
			}
			catch (InvalidInput ex) {
				problems.add(ex);
			}
		});
		return new Resolved(List.copyOf(partners), problems);
	}

	record Resolved(List<String> kshCodes, List<InvalidInput> problems) {

	}

}
