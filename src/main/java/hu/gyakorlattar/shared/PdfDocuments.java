package hu.gyakorlattar.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.templateresolver.SpringResourceTemplateResolver;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * Turns a Thymeleaf template into a tagged, accessible PDF (PDF/UA): certificates,
 * application print-outs. Templates live in {@code templates/pdf/<module>/<name>.html};
 * like mail templates they get {@code formats} and {@code baseUrl} and write links in
 * full. DejaVu Sans is embedded, so ő and ű print on any machine.
 */
@Component
public class PdfDocuments {

	private static final String FONT = "DejaVu Sans";

	private final SpringTemplateEngine engine = new SpringTemplateEngine();

	private final HungarianFormats formats;

	private final String baseUrl;

	PdfDocuments(ApplicationContext application, MessageSource messages, HungarianFormats formats, SiteAddress site) {
		SpringResourceTemplateResolver resolver = new SpringResourceTemplateResolver();
		resolver.setApplicationContext(application);
		resolver.setPrefix("classpath:/templates/");
		resolver.setSuffix(".html");
		resolver.setResolvablePatterns(Set.of("pdf/*"));
		resolver.setTemplateMode(TemplateMode.HTML);
		resolver.setCharacterEncoding("UTF-8");
		this.engine.addTemplateResolver(resolver);
		this.engine.setTemplateEngineMessageSource(messages);
		this.engine.addDialect(new BilingualDialect());
		this.formats = formats;
		this.baseUrl = site.baseUrl();
	}

	/** Renders {@code templates/pdf/<template>.html} in the given language as a PDF. */
	public byte[] render(String template, Map<String, Object> model, Locale locale) {
		Context context = new Context(locale, Map.of());
		context.setVariables(model);
		context.setVariable("formats", this.formats);
		context.setVariable("baseUrl", this.baseUrl);
		String html = HungarianFormats.inLanguage(locale, () -> this.engine.process("pdf/" + template, context));
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		builder.usePdfUaAccessibility(true);
		builder.useFont(() -> font("fonts/DejaVuSans.ttf"), FONT, 400, FontStyle.NORMAL, true);
		builder.useFont(() -> font("fonts/DejaVuSans-Bold.ttf"), FONT, 700, FontStyle.NORMAL, true);
		builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), this.baseUrl);
		builder.toStream(pdf);
		try {
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return pdf.toByteArray();
	}

	private static InputStream font(String path) {
		try {
			return new ClassPathResource(path).getInputStream();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
