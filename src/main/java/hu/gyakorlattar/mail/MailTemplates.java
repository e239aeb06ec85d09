package hu.gyakorlattar.mail;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import hu.gyakorlattar.shared.HungarianFormats;
import hu.gyakorlattar.shared.SiteAddress;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.expression.spel.support.StandardEvaluationContext;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.spring6.templateresolver.SpringResourceTemplateResolver;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * Renders a mail from its two templates: the HTML part, whose {@code <title>} is the
 * subject, and the plain-text part. A separate engine from the pages' one, because the
 * plain-text templates need Thymeleaf's TEXT mode. Dates and numbers are written with
 * {@code ${formats.dateTime(...)}} (not the pages' {@code @formats}: TEXT mode forbids
 * bean references), in the recipient's language rather than that of whoever caused the
 * mail. Every mail ends with the programme office's contact ({@code footer}). A mail with
 * personal values is written into a stencil rendered once for all that share the rest of
 * its model.
 */
@Component
class MailTemplates {

	private static final Pattern TITLE = Pattern.compile("<title>(.*?)</title>", Pattern.DOTALL);

	/** Stencils kept at most; then they are made again as they are needed. */
	private static final int STENCILS = 256;

	private final SpringTemplateEngine engine = new SpringTemplateEngine();

	/**
	 * How the templates' expressions read properties and call methods, shared by every
	 * mail. Without it Thymeleaf makes one per rendering, whose reflection caches start
	 * empty, so every mail looked each getter up anew, partly under a lock shared by all
	 * renderings (profiled on a burst of registrations: 68 s of waiting on that lock in
	 * 15 s, 5 s after this change). It is only read while rendering.
	 */
	private final StandardEvaluationContext expressions = new StandardEvaluationContext();

	/**
	 * The stencils by template, language and the model without its personal values; empty
	 * for a mail whose stencil did not write what its rendering did. Profiled on a burst
	 * of registrations, rendering the same confirmation request for each registrant was
	 * 13 % of the CPU.
	 */
	private final Map<StencilKey, Optional<MailStencil>> stencils = new ConcurrentHashMap<>();

	private final HungarianFormats formats;

	private final String baseUrl;

	private final Footer footer;

	MailTemplates(ApplicationContext application, MessageSource messages, HungarianFormats formats,
			MailProperties properties, SiteAddress site) {
		this.engine.addTemplateResolver(resolver(application, TemplateMode.HTML, ".html", 1));
		this.engine.addTemplateResolver(resolver(application, TemplateMode.TEXT, ".txt", 2));
		this.engine.setTemplateEngineMessageSource(messages);
		// Made now, not lazily by the first renderings at once.
		this.expressions.getPropertyAccessors();
		this.expressions.getMethodResolvers();
		this.expressions.getTypeLocator();
		this.formats = formats;
		this.baseUrl = site.baseUrl();
		this.footer = new Footer(properties.office().address(), properties.office().phone(),
				properties.replyToAddress());
	}

	RenderedMail render(OutgoingMail mail) {
		List<String> personal = mail.personal().stream().filter(mail.model()::containsKey).sorted().toList();
		if (personal.isEmpty()) {
			return rendered(mail.template(), render(mail.template(), mail.locale(), mail.model()));
		}
		Map<String, Object> shared = new HashMap<>(mail.model());
		String[] values = new String[personal.size()];
		for (int slot = 0; slot < values.length; slot++) {
			values[slot] = (String) shared.put(personal.get(slot), MailStencil.marker(slot));
		}
		StencilKey key = new StencilKey(mail.template(), mail.locale(), shared);
		Optional<MailStencil> stencil = this.stencils.get(key);
		if (stencil == null) {
			// Its first mail is rendered in full, and the stencil kept only if it writes
			// the same.
			RenderedMail full = rendered(mail.template(), render(mail.template(), mail.locale(), mail.model()));
			Parts marked = render(mail.template(), mail.locale(), shared);
			stencil = MailStencil.of(marked.html(), marked.text())
				.filter((made) -> full.equals(rendered(mail.template(), written(made, values))));
			if (this.stencils.size() >= STENCILS) {
				this.stencils.clear();
			}
			this.stencils.put(key, stencil);
			return full;
		}
		return rendered(mail.template(), stencil.map((made) -> written(made, values))
			.orElseGet(() -> render(mail.template(), mail.locale(), mail.model())));
	}

	private static Parts written(MailStencil stencil, String[] values) {
		return new Parts(stencil.html(values), stencil.text(values));
	}

	private Parts render(String template, Locale locale, Map<String, Object> model) {
		Context context = new Context(locale, Map.of());
		context.setVariables(model);
		context.setVariable("baseUrl", this.baseUrl);
		context.setVariable("formats", this.formats);
		context.setVariable("footer", this.footer);
		context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				this.expressions);
		String html = HungarianFormats.inLanguage(locale,
				() -> this.engine.process("mail/" + template + ".html", context));
		String text = HungarianFormats.inLanguage(locale,
				() -> this.engine.process("mail/" + template + ".txt", context));
		return new Parts(html, text);
	}

	/** The mail with the subject from the HTML part's title. */
	private static RenderedMail rendered(String template, Parts parts) {
		Matcher title = TITLE.matcher(parts.html());
		if (!title.find()) {
			throw new IllegalStateException("Mail template " + template + " has no <title> for the subject");
		}
		String subject = HtmlUtils.htmlUnescape(title.group(1)).strip().replaceAll("\\s+", " ");
		return new RenderedMail(subject, parts.text().strip() + "\n", parts.html());
	}

	private static SpringResourceTemplateResolver resolver(ApplicationContext application, TemplateMode mode,
			String suffix, int order) {
		SpringResourceTemplateResolver resolver = new SpringResourceTemplateResolver();
		// Loads the classpath: templates through the context; without it nothing renders.
		resolver.setApplicationContext(application);
		resolver.setPrefix("classpath:/templates/");
		resolver.setResolvablePatterns(Set.of("mail/*" + suffix));
		resolver.setTemplateMode(mode);
		resolver.setCharacterEncoding("UTF-8");
		resolver.setCheckExistence(true);
		resolver.setOrder(order);
		return resolver;
	}

	/** The HTML and the plain-text part as the templates write them. */
	private record Parts(String html, String text) {
	}

	/** What a stencil is made of: the model holds markers in place of personal values. */
	private record StencilKey(String template, Locale locale, Map<String, Object> model) {
	}

	/**
	 * The programme office's contact that closes every mail ({@code mail/layout.html},
	 * {@code mail/footer.txt}); {@code email} is where replies go, if anywhere.
	 */
	record Footer(String address, String phone, @Nullable String email) {
	}

}
