package hu.gyakorlattar.mail;

import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
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
 * plain-text templates need Thymeleaf's TEXT mode.
 */
@Component
class MailTemplates {

	private static final Pattern TITLE = Pattern.compile("<title>(.*?)</title>", Pattern.DOTALL);

	private final SpringTemplateEngine engine = new SpringTemplateEngine();

	private final String baseUrl;

	private final ApplicationContext application;

	MailTemplates(MessageSource messages, ApplicationContext application,
			@Value("${gyakorlattar.base-url}") String baseUrl) {
		this.application = application;
		this.engine.addTemplateResolver(resolver(application, TemplateMode.HTML, ".html", 1));
		this.engine.addTemplateResolver(resolver(application, TemplateMode.TEXT, ".txt", 2));
		this.engine.setTemplateEngineMessageSource(messages);
		this.baseUrl = baseUrl;
	}

	Rendered render(OutgoingMail mail) {
		Context context = new Context(mail.locale(), Map.of());
		context.setVariables(mail.model());
		context.setVariable("baseUrl", this.baseUrl);
		// Lets mail templates use beans such as @formats, as page templates do.
		context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(this.application, null));
		String html = this.engine.process("mail/" + mail.template() + ".html", context);
		String text = this.engine.process("mail/" + mail.template() + ".txt", context);
		Matcher title = TITLE.matcher(html);
		if (!title.find()) {
			throw new IllegalStateException("Mail template " + mail.template() + " has no <title> for the subject");
		}
		String subject = HtmlUtils.htmlUnescape(title.group(1)).strip().replaceAll("\\s+", " ");
		return new Rendered(subject, text.strip() + "\n", html);
	}

	private static SpringResourceTemplateResolver resolver(ApplicationContext application, TemplateMode mode,
			String suffix, int order) {
		SpringResourceTemplateResolver resolver = new SpringResourceTemplateResolver();
		resolver.setApplicationContext(application);
		resolver.setPrefix("classpath:/templates/");
		resolver.setResolvablePatterns(Set.of("mail/*" + suffix));
		resolver.setTemplateMode(mode);
		resolver.setCharacterEncoding("UTF-8");
		resolver.setCheckExistence(true);
		resolver.setOrder(order);
		return resolver;
	}

	record Rendered(String subject, String text, String html) {
	}

}
