package hu.gyakorlattar.shared;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The application's classes (not the tests') as ArchUnit reads them, for the rules that
 * hold across modules. Reading them takes seconds, so a test JVM reads them once.
 */
public final class ApplicationClasses {

	private static JavaClasses classes;

	private ApplicationClasses() {
	}

	public static synchronized JavaClasses all() {
		if (classes == null) {
			classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
				.importPackages("hu.gyakorlattar");
		}
		return classes;
	}

}
