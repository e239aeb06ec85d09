package hu.gyakorlattar.conference;

import java.util.Enumeration;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Whether a browser's {@code Accept-Encoding} headers (RFC 9110, 12.5.3) accept gzip:
 * named ({@code gzip}, or the old {@code x-gzip}) or by {@code *}, with a weight above
 * zero. A coding named with {@code q=0} is refused even when {@code *} would accept it.
 */
final class AcceptedEncodings {

	private AcceptedEncodings() {
	}

	static boolean gzip(@Nullable Enumeration<String> headers) {
		Double named = null;
		double anyOther = 0;
		while (headers != null && headers.hasMoreElements()) {
			for (String element : headers.nextElement().split(",")) {
				String[] parts = element.split(";");
				String coding = parts[0].strip().toLowerCase(Locale.ROOT);
				double weight = weight(parts);
				if (coding.equals("gzip") || coding.equals("x-gzip")) {
					named = Math.max((named != null) ? named : 0, weight);
				}
				else if (coding.equals("*")) {
					anyOther = weight;
				}
			}
		}
		return ((named != null) ? named : anyOther) > 0;
	}

	private static double weight(String[] parameters) {
		for (int i = 1; i < parameters.length; i++) {
			String parameter = parameters[i].strip().toLowerCase(Locale.ROOT);
			if (parameter.startsWith("q=")) {
				try {
					return Double.parseDouble(parameter.substring(2).strip());
				}
				catch (NumberFormatException ex) {
					return 0;
				}
			}
		}
		return 1;
	}

}
