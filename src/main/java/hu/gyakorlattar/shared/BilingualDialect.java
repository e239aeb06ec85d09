package hu.gyakorlattar.shared;

import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.engine.AttributeName;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.processor.element.AbstractAttributeTagProcessor;
import org.thymeleaf.processor.element.IElementTagStructureHandler;
import org.thymeleaf.standard.expression.StandardExpressions;
import org.thymeleaf.templatemode.TemplateMode;
import org.unbescape.html.HtmlEscape;

import org.springframework.stereotype.Component;

/**
 * {@code gy:text="${practice.bilingualTitle}"}: the element's text is the
 * {@link Bilingual} text in the page's language, and the element is marked
 * {@code lang="hu"} when an English page shows the Hungarian version because there is no
 * English one. {@code gy:message="call.title" gy:args="${call.bilingualThemeName()}"}
 * does the same for a sentence of the bundles that quotes content: each {@link Bilingual}
 * argument that falls back to Hungarian sits in a {@code <span lang="hu">} inside the
 * sentence, and the sentence's "a(z)" and nested quotes are set once the arguments stand
 * in it ({@code gy:args} may be an inline list, {@code ${ {a, b} }}). The one place that
 * rule lives, for pages and PDFs alike. {@code gy:hungarian} marks an element whose
 * content exists in Hungarian only (what a municipality typed: a plan, a lesson, an
 * indicator, a tag) {@code lang="hu"} on an English page.
 */
@Component
class BilingualDialect extends AbstractProcessorDialect {

	BilingualDialect() {
		super("Gyakorlattár", "gy", 1000);
	}

	@Override
	public Set<IProcessor> getProcessors(String dialectPrefix) {
		return Set.of(new TextProcessor(dialectPrefix), new MessageProcessor(dialectPrefix),
				new HungarianOnlyProcessor(dialectPrefix));
	}

	private static Object evaluate(ITemplateContext context, String expression) {
		return StandardExpressions.getExpressionParser(context.getConfiguration())
			.parseExpression(context, expression)
			.execute(context);
	}

	static final class TextProcessor extends AbstractAttributeTagProcessor {

		TextProcessor(String prefix) {
			super(TemplateMode.HTML, prefix, null, false, "text", true, 1000, true);
		}

		@Override
		protected void doProcess(ITemplateContext context, IProcessableElementTag tag, AttributeName attributeName,
				String attributeValue, IElementTagStructureHandler structure) {
			Object value = evaluate(context, attributeValue);
			Bilingual text = (value instanceof Bilingual bilingual) ? bilingual : new Bilingual("", "");
			structure.setBody(HtmlEscape.escapeHtml4Xml(text.in(context.getLocale())), false);
			String lang = text.lang(context.getLocale());
			if (lang != null) {
				structure.setAttribute("lang", lang);
			}
		}

	}

	static final class HungarianOnlyProcessor extends AbstractAttributeTagProcessor {

		HungarianOnlyProcessor(String prefix) {
			super(TemplateMode.HTML, prefix, null, false, "hungarian", true, 1000, true);
		}

		@Override
		protected void doProcess(ITemplateContext context, IProcessableElementTag tag, AttributeName attributeName,
				String attributeValue, IElementTagStructureHandler structure) {
			if (Bilingual.english(context.getLocale())) {
				structure.setAttribute("lang", "hu");
			}
		}

	}

	static final class MessageProcessor extends AbstractAttributeTagProcessor {

		/**
		 * Stand-ins for the arguments while the sentence is escaped: private-use
		 * characters, which no bundle text contains.
		 */
		private static final char OPEN = '\uE000';

		private static final char CLOSE = '\uE001';

		private final String prefix;

		MessageProcessor(String prefix) {
			super(TemplateMode.HTML, prefix, null, false, "message", true, 1000, true);
			this.prefix = prefix;
		}

		@Override
		protected void doProcess(ITemplateContext context, IProcessableElementTag tag, AttributeName attributeName,
				String attributeValue, IElementTagStructureHandler structure) {
			String argsExpression = tag.getAttributeValue(this.prefix, "args");
			List<?> args = (argsExpression != null) ? asList(evaluate(context, argsExpression)) : List.of();
			structure.removeAttribute(this.prefix, "args");
			Object[] standIns = new Object[args.size()];
			for (int i = 0; i < standIns.length; i++) {
				standIns[i] = OPEN + Integer.toString(i) + CLOSE;
			}
			String sentence = HtmlEscape
				.escapeHtml4Xml(context.getMessage(getClass(), attributeValue.strip(), standIns, true));
			for (int i = 0; i < standIns.length; i++) {
				sentence = sentence.replace((String) standIns[i], html(args.get(i), context));
			}
			structure.setBody(HungarianQuotes.nested(HungarianArticles.resolve(sentence)), false);
		}

		private static List<?> asList(Object value) {
			return (value instanceof List<?> list) ? list : Collections.singletonList(value);
		}

		private static String html(Object arg, ITemplateContext context) {
			if (arg instanceof Bilingual text) {
				String escaped = HtmlEscape.escapeHtml4Xml(text.in(context.getLocale()));
				String lang = text.lang(context.getLocale());
				return (lang != null) ? "<span lang=\"" + lang + "\">" + escaped + "</span>" : escaped;
			}
			return HtmlEscape.escapeHtml4Xml(String.valueOf(arg));
		}

	}

}
