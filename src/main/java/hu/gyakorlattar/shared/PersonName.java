package hu.gyakorlattar.shared;

import org.springframework.util.StringUtils;

/**
 * A person's name as Hungarians write it: prefix, family name, given name ("Dr. Zongor
 * Gábor").
 */
public record PersonName(String prefix, String familyName, String givenName) {

	@Override
	public String toString() {
		StringBuilder name = new StringBuilder();
		for (String part : new String[] { this.prefix, this.familyName, this.givenName }) {
			if (StringUtils.hasText(part)) {
				name.append(name.isEmpty() ? "" : " ").append(part.strip());
			}
		}
		return name.toString();
	}

}
