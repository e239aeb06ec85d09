package hu.gyakorlattar.municipality;

import java.nio.charset.StandardCharsets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.Principal;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import hu.gyakorlattar.shared.InvalidInput;

import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The programme office keeps the directory current: uploads a newer gazetteer and follows
 * its import, imports mayors' contacts, and corrects one municipality's contact.
 */
@Controller
@RequestMapping("/admin/telepulesek")
@PreAuthorize("hasRole('ADMIN')")
class MunicipalityAdministration {

	static final String SAMPLE_CONTACTS = "municipality/kapcsolattartok-minta.csv";

	private static final int FOUND_LIMIT = 20;

	private static final int REFRESH_SECONDS = 2;

	private final MunicipalityDirectory directory;

	private final GazetteerImports imports;

	private final MunicipalityContacts contacts;

	private final MessageSource messages;

	MunicipalityAdministration(MunicipalityDirectory directory, GazetteerImports imports, MunicipalityContacts contacts,
			MessageSource messages) {
		this.directory = directory;
		this.imports = imports;
		this.contacts = contacts;
		this.messages = messages;
	}

	@GetMapping
	String overview(@RequestParam(name = "q", required = false) String text, Model model) {
		model.addAttribute("municipalityCount", this.directory.countInLatestGazetteer());
		model.addAttribute("latestYear", this.directory.latestYear().orElse(null));
		model.addAttribute("contactCount", this.contacts.count());
		model.addAttribute("runs", this.imports.recentRuns());
		model.addAttribute("columns", ContactListFile.Column.values());
		model.addAttribute("q", text);
		if (text != null && !text.isBlank()) {
			model.addAttribute("found",
					this.directory.search(new DirectoryQuery(text, null, null), PageRequest.of(0, FOUND_LIMIT)));
		}
		if (!model.containsAttribute("gazetteerUpload")) {
			model.addAttribute("gazetteerUpload", new GazetteerUpload(null));
		}
		if (!model.containsAttribute("contactListUpload")) {
			model.addAttribute("contactListUpload", new ContactListUpload(null));
		}
		return "municipality/admin/overview";
	}

	@PostMapping("/helysegnevtar")
	String uploadGazetteer(@ModelAttribute("gazetteerUpload") GazetteerUpload upload, BindingResult result,
			Principal principal, Model model) {
		try {
			GazetteerImport run = this.imports.start(bytes(upload.file()), fileName(upload.file()),
					(principal != null) ? principal.getName() : null);
			return "redirect:/admin/telepulesek/betoltesek/" + run.getId();
		}
		catch (InvalidInput ex) {
			ex.reportTo(result);
			return overview(null, model);
		}
	}

	/**
	 * While the import runs, the page reloads itself through the {@code Refresh} header:
	 * it works without JavaScript, like a meta refresh, without putting a timed reload in
	 * the markup (which accessibility checkers rightly flag); it stops once the run ends.
	 */
	@GetMapping("/betoltesek/{id}")
	String importRun(@PathVariable long id, Model model, HttpServletResponse response) {
		GazetteerImport run = this.imports.runOrFail(id);
		model.addAttribute("run", run);
		if (run.isRunning()) {
			response.setHeader("Refresh", String.valueOf(REFRESH_SECONDS));
		}
		else {
			model.addAttribute("changes", this.imports.changesOf(id));
		}
		return "municipality/admin/import";
	}

	@PostMapping("/kapcsolattartok")
	String uploadContacts(@ModelAttribute("contactListUpload") ContactListUpload upload, BindingResult result,
			Model model, Locale locale, RedirectAttributes redirect) {
		try {
			MunicipalityContacts.ContactImportReport report = this.contacts.importList(bytes(upload.file()));
			if (!report.refused()) {
				redirect.addFlashAttribute("contactReport", report);
				redirect.addFlashAttribute("flashKey", "municipality.contacts.imported");
				return "redirect:/admin/telepulesek#kapcsolattartok";
			}
			result.rejectValue("file", "municipality.contacts.file.rows", new Object[] { report.errors().size() },
					null);
			model.addAttribute("rowErrors", rowErrors(report.errors(), locale));
		}
		catch (InvalidInput ex) {
			ex.reportTo(result);
		}
		return overview(null, model);
	}

	@GetMapping("/kapcsolattartok/minta.csv")
	ResponseEntity<byte[]> sampleContacts() {
		try {
			byte[] sample = new ClassPathResource(SAMPLE_CONTACTS).getContentAsByteArray();
			return ResponseEntity.ok()
				.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename("kapcsolattartok-minta.csv").build().toString())
				.body(sample);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@GetMapping("/{kshCode:\\d{5}}")
	String municipality(@PathVariable String kshCode, Model model) {
		model.addAttribute("municipality", this.directory.municipalityOrFail(kshCode));
		boolean hasContact = this.contacts.contactOf(kshCode).isPresent();
		model.addAttribute("hasContact", hasContact);
		if (!model.containsAttribute(MunicipalityContacts.FORM)) {
			model.addAttribute(MunicipalityContacts.FORM, this.contacts.contactOf(kshCode).orElse(ContactForm.empty()));
		}
		model.addAttribute("genders", Gender.values());
		return "municipality/admin/municipality";
	}

	@PostMapping("/{kshCode:\\d{5}}")
	String describeContact(@PathVariable String kshCode,
			@Valid @ModelAttribute(MunicipalityContacts.FORM) ContactForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		this.directory.municipalityOrFail(kshCode);
		if (!result.hasErrors()) {
			try {
				this.contacts.describe(kshCode, form);
				redirect.addFlashAttribute("flashKey", "admin.saved");
				return "redirect:/admin/telepulesek/" + kshCode;
			}
			catch (InvalidInput ex) {
				ex.reportTo(result);
			}
		}
		return municipality(kshCode, model);
	}

	@PostMapping("/{kshCode:\\d{5}}/kapcsolattarto-torlese")
	String removeContact(@PathVariable String kshCode, RedirectAttributes redirect) {
		this.directory.municipalityOrFail(kshCode);
		this.contacts.remove(kshCode);
		redirect.addFlashAttribute("flashKey", "municipality.contact.removed");
		return "redirect:/admin/telepulesek/" + kshCode;
	}

	private List<String> rowErrors(List<MunicipalityContacts.RowError> errors, Locale locale) {
		return errors.stream()
			.map((error) -> this.messages.getMessage("municipality.contacts.row",
					new Object[] { error.row(), error.column(), this.messages.getMessage(error.reason(), locale) },
					locale))
			.toList();
	}

	private static byte[] bytes(MultipartFile file) {
		if (file == null) {
			return new byte[0];
		}
		try {
			return file.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String fileName(MultipartFile file) {
		String name = (file != null) ? file.getOriginalFilename() : null;
		return (name == null || name.isBlank()) ? "?" : name.strip();
	}

}
