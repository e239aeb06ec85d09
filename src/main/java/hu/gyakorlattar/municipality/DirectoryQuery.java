package hu.gyakorlattar.municipality;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.Predicate;

import hu.gyakorlattar.shared.HungarianFormats;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.util.StringUtils;
import org.jspecify.annotations.Nullable;

/**
 * What a visitor looks for in the directory: part of a name (accents and case do not
 * matter) or of a KSH code, a county, a legal status. Empty criteria select everything.
 */
record DirectoryQuery(@Nullable String text, @Nullable String county, @Nullable LegalStatus status) {

	static DirectoryQuery everything() {
		return new DirectoryQuery(null, null, null);
	}

	DirectoryQuery {
		text = StringUtils.hasText(text) ? SheetRow.clean(text) : null;
		county = StringUtils.hasText(county) ? SheetRow.clean(county) : null;
	}

	Specification<Municipality> toSpecification() {
		return (root, query, builder) -> {
			List<Predicate> predicates = new ArrayList<>();
			if (this.text != null) {
				String folded = like(HungarianFormats.fold(this.text));
				Predicate byName = builder.like(root.get("searchName"), "%" + folded + "%", '\\');
				predicates.add(this.text.matches("\\d{1,5}")
						? builder.or(byName, builder.like(root.get("kshCode"), this.text + "%")) : byName);
			}
			if (this.county != null) {
				predicates.add(builder.equal(root.get("county"), this.county));
			}
			if (this.status != null) {
				predicates.add(builder.equal(root.get("legalStatus"), this.status));
			}
			return builder.and(predicates.toArray(Predicate[]::new));
		};
	}

	/** The text taken literally, even if it holds LIKE's wildcards. */
	private static String like(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
