package hu.gyakorlattar.mail;

import java.util.Map;
import java.util.Set;
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
 * mail. Every mail ends with the programme office's contact ({@code footer}).
 */
@Component
class MailTemplates {

	private static final Pattern TITLE = Pattern.compile("<title>(.*?)</title>", Pattern.DOTALL);

	private final SpringTemplateEngine engine = new SpringTemplateEngine();

	/**
	 * How the templates' expressions read properties and call methods, shared by every
	 * mail. Without it Thymeleaf makes one per rendering, whose reflection caches start
	 * empty, so every mail looked each getter up anew, partly under a lock shared by all
	 * renderings (profiled on a burst of registrations: 68 s of waiting on that lock in
	 * 15 s, 5 s after this change). It is only read while rendering.
	 */
	private final StandardEvaluationContext expressions = new StandardEvaluationContext();

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
		Context context = new Context(mail.locale(), Map.of());
		context.setVariables(mail.model());
		context.setVariable("baseUrl", this.baseUrl);
		context.setVariable("formats", this.formats);
		context.setVariable("footer", this.footer);
		context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				this.expressions);
		String html = HungarianFormats.inLanguage(mail.locale(),
				() -> this.engine.process("mail/" + mail.template() + ".html", context));
		String text = HungarianFormats.inLanguage(mail.locale(),
				() -> this.engine.process("mail/" + mail.template() + ".txt", context));
		Matcher title = TITLE.matcher(html);
		if (!title.find()) {
			throw new IllegalStateException("Mail template " + mail.template() + " has no <title> for the subject");
		}
		String subject = HtmlUtils.htmlUnescape(title.group(1)).strip().replaceAll("\\s+", " ");
		return new RenderedMail(subject, text.strip() + "\n", html);
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

	/**
	 * The programme office's contact that closes every mail ({@code mail/layout.html},
	 * {@code mail/footer.txt}); {@code email} is where replies go, if anywhere.
	 */
	record Footer(String address, String phone, @Nullable String email) {
	}

}
