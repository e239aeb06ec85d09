package hu.gyakorlattar.municipality;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import hu.gyakorlattar.shared.InvalidInput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * An empty directory is filled from the KSH gazetteer shipped with the application
 * ({@code ksh/hnt_letoltes_2024.xlsx}, CC BY 4.0), so that every installation knows every
 * municipality from its first start. Later years come through the admin upload.
 */
@Component
@Order(5)
class GazetteerOnFirstStart implements ApplicationRunner {

	static final String BUNDLED_GAZETTEER = "ksh/hnt_letoltes_2024.xlsx";

	private static final Logger log = LoggerFactory.getLogger(GazetteerOnFirstStart.class);

	private final MunicipalityRepository municipalities;

	private final GazetteerImports imports;

	GazetteerOnFirstStart(MunicipalityRepository municipalities, GazetteerImports imports) {
		this.municipalities = municipalities;
		this.imports = imports;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.municipalities.count() > 0) {
			return;
		}
		long started = System.nanoTime();
		try {
			Gazetteer gazetteer = GazetteerWorkbook.read(bundledGazetteer());
			GazetteerImport run = this.imports.importNow(gazetteer, BUNDLED_GAZETTEER, true);
			log.info("Municipality directory filled from the bundled KSH gazetteer {}: {} municipalities in {} ms",
					gazetteer.year(), run.getAdded(), (System.nanoTime() - started) / 1_000_000);
		}
		catch (InvalidInput ex) {
			// Another instance started at the same moment and is loading it.
			log.info("The bundled gazetteer is not loaded by this instance: {}", ex.messageKey());
		}
	}

	static byte[] bundledGazetteer() {
		try (InputStream in = new ClassPathResource(BUNDLED_GAZETTEER).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The bundled gazetteer " + BUNDLED_GAZETTEER + " is missing", ex);
		}
	}

}
