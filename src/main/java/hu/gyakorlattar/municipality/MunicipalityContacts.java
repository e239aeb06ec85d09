package hu.gyakorlattar.municipality;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import hu.gyakorlattar.shared.InvalidInput;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * The administrators' use cases for mayors' contacts: edit one, remove one, import a
 * list. An import applies every row or none: one bad row refuses the file, with every
 * problem listed by row number.
 */
@Service
@Transactional
class MunicipalityContacts {

	/** The form object name, so imports and the edit form share message codes. */
	static final String FORM = "contactForm";

	private final MunicipalityRepository municipalities;

	private final MunicipalityContactRepository contacts;

	private final SpringValidatorAdapter validator;

	MunicipalityContacts(MunicipalityRepository municipalities, MunicipalityContactRepository contacts,
			jakarta.validation.Validator validator) {
		this.municipalities = municipalities;
		this.contacts = contacts;
		this.validator = new SpringValidatorAdapter(validator);
	}

	@Transactional(readOnly = true)
	Optional<ContactForm> contactOf(String kshCode) {
		return this.contacts.findById(kshCode).map(MunicipalityContact::toForm);
	}

	/** Saves a checked form (the controller validated it). */
	void describe(String kshCode, ContactForm form) {
		if (!this.municipalities.existsById(kshCode)) {
			throw new InvalidInput(null, "municipality.contact.unknownMunicipality");
		}
		MunicipalityContact contact = this.contacts.findById(kshCode).orElseGet(() -> new MunicipalityContact(kshCode));
		contact.describe(form);
		this.contacts.save(contact);
	}

	void remove(String kshCode) {
		this.contacts.deleteById(kshCode);
	}

	@Transactional(readOnly = true)
	long count() {
		return this.contacts.count();
	}

	/**
	 * Reads, checks and, only if every row is right, applies a contact list. A file that
	 * cannot be read at all is refused with {@link InvalidInput}; row problems come back
	 * in the report, and then nothing was written.
	 */
	ContactImportReport importList(byte[] file) {
		List<ContactListFile.ContactRow> rows = ContactListFile.read(file);
		Set<String> known = new HashSet<>(
				this.municipalities.findAll().stream().map(Municipality::getKshCode).toList());
		List<RowError> errors = new ArrayList<>();
		Map<String, ContactForm> accepted = new HashMap<>();
		Map<String, Integer> firstRow = new HashMap<>();
		for (ContactListFile.ContactRow row : rows) {
			String code = row.kshCode().replace(" ", "");
			if (code.matches("\\d{4}")) {
				// Excel drops the leading zero of codes like 09566.
				code = "0" + code;
			}
			if (!code.matches("\\d{5}")) {
				errors.add(RowError.of(row.row(), ContactListFile.Column.KSH_CODE, "municipality.contacts.row.code",
						row.kshCode()));
				continue;
			}
			if (!known.contains(code)) {
				errors.add(RowError.of(row.row(), ContactListFile.Column.KSH_CODE, "municipality.contacts.row.unknown",
						code));
				continue;
			}
			if (firstRow.containsKey(code)) {
				errors.add(RowError.of(row.row(), ContactListFile.Column.KSH_CODE,
						"municipality.contacts.row.duplicate", code, firstRow.get(code)));
				continue;
			}
			firstRow.put(code, row.row());
			Optional<Gender> gender = ContactListFile.gender(row.gender());
			if (gender.isEmpty()) {
				errors.add(RowError.of(row.row(), ContactListFile.Column.GENDER, "municipality.contacts.row.gender",
						row.gender()));
			}
			ContactForm form = new ContactForm(row.prefix(), row.familyName(), row.givenName(),
					gender.orElse(Gender.UNKNOWN), row.email(), row.phone())
				.normalised();
			BeanPropertyBindingResult result = new BeanPropertyBindingResult(form, FORM);
			this.validator.validate(form, result);
			for (FieldError error : result.getFieldErrors()) {
				errors.add(new RowError(row.row(), column(error.getField()).header(), error));
			}
			accepted.put(code, form);
		}
		if (!errors.isEmpty()) {
			return ContactImportReport.refused(errors);
		}
		int created = 0;
		int updated = 0;
		Map<String, MunicipalityContact> existing = new HashMap<>();
		this.contacts.findAllById(accepted.keySet()).forEach((contact) -> existing.put(contact.getKshCode(), contact));
		for (Map.Entry<String, ContactForm> entry : accepted.entrySet()) {
			MunicipalityContact contact = existing.get(entry.getKey());
			if (contact == null) {
				contact = new MunicipalityContact(entry.getKey());
				contact.describe(entry.getValue());
				this.contacts.save(contact);
				created++;
			}
			else if (contact.describe(entry.getValue())) {
				updated++;
			}
		}
		return new ContactImportReport(List.of(), created, updated, accepted.size() - created - updated);
	}

	private static ContactListFile.Column column(String field) {
		return switch (field) {
			case "prefix" -> ContactListFile.Column.PREFIX;
			case "familyName" -> ContactListFile.Column.FAMILY_NAME;
			case "givenName" -> ContactListFile.Column.GIVEN_NAME;
			case "gender" -> ContactListFile.Column.GENDER;
			case "phone" -> ContactListFile.Column.PHONE;
			default -> ContactListFile.Column.EMAIL;
		};
	}

	/**
	 * What a contact import did, or why it did nothing. Serializable because the page
	 * shows it after a redirect, from the session.
	 */
	record ContactImportReport(List<RowError> errors, int created, int updated, int unchanged) implements Serializable {

		static ContactImportReport refused(List<RowError> errors) {
			return new ContactImportReport(List.copyOf(errors), 0, 0, 0);
		}

		boolean refused() {
			return !this.errors.isEmpty();
		}

	}

	/** A problem in one row of an uploaded list: its row number, column and reason. */
	record RowError(int row, String column, MessageSourceResolvable reason) implements Serializable {

		static RowError of(int row, ContactListFile.Column column, String key, Object... arguments) {
			return new RowError(row, column.header(),
					new DefaultMessageSourceResolvable(new String[] { key }, arguments));
		}

	}

}
