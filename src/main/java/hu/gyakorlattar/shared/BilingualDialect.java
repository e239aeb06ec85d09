package hu.gyakorlattar.shared;

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
 * English one. The one place that rule lives, for pages and PDFs alike.
 */
@Component
class BilingualDialect extends AbstractProcessorDialect {

	BilingualDialect() {
		super("Gyakorlattár", "gy", 1000);
	}

	@Override
	public java.util.Set<IProcessor> getProcessors(String dialectPrefix) {
		return java.util.Set.of(new TextProcessor(dialectPrefix));
	}

	static final class TextProcessor extends AbstractAttributeTagProcessor {

		TextProcessor(String prefix) {
			super(TemplateMode.HTML, prefix, null, false, "text", true, 1000, true);
		}

		@Override
		protected void doProcess(ITemplateContext context, IProcessableElementTag tag, AttributeName attributeName,
				String attributeValue, IElementTagStructureHandler structure) {
			Object value = StandardExpressions.getExpressionParser(context.getConfiguration())
				.parseExpression(context, attributeValue)
				.execute(context);
			Bilingual text = (value instanceof Bilingual bilingual) ? bilingual : new Bilingual("", "");
			structure.setBody(HtmlEscape.escapeHtml4Xml(text.in(context.getLocale())), false);
			String lang = text.lang(context.getLocale());
			if (lang != null) {
				structure.setAttribute("lang", lang);
			}
		}

	}

}
