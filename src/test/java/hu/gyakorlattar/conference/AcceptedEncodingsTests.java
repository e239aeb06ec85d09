package hu.gyakorlattar.conference;

import java.util.Collections;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cached page goes out compressed only to a browser that said it accepts gzip.
 */
class AcceptedEncodingsTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', nullValues = "NONE", textBlock = """
			gzip, deflate, br          | true
			GZIP                       | true
			br;q=1.0, gzip;q=0.8       | true
			x-gzip                     | true
			*                          | true
			NONE                       | false
			identity                   | false
			deflate, br                | false
			gzip;q=0                   | false
			gzip; q=0.000, *           | false
			*;q=0                      | false
			gzip;q=nonsense            | false
			br, *;q=0.1                | true
			""")
	void gzipIsAcceptedWhenNamedOrCoveredByAStarWithAWeightAboveZero(String header, boolean accepted) {
		List<String> headers = (header != null) ? List.of(header) : List.of();
		assertThat(AcceptedEncodings.gzip(Collections.enumeration(headers))).isEqualTo(accepted);
	}

}
