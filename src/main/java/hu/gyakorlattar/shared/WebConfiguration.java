package hu.gyakorlattar.shared;

import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleLocaleContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Hungarian first: every visitor starts in Hungarian and switches with {@code ?lang=en};
 * the choice is kept in a cookie so that app instances stay stateless.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	/**
	 * The texts: {@code messages_hu.properties} and {@code messages_en.properties},
	 * Hungarian whenever a language has no text. Declared here because Boot only
	 * configures a message source when a {@code messages.properties} without language
	 * exists, and we have none on purpose. A sentence's "a(z)" becomes the article of
	 * what its argument turned out to be, and a quoted title's own quotes nest.
	 */
	@Bean
	MessageSource messageSource() {
		ResourceBundleMessageSource messages = new HungarianMessages();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		messages.setDefaultLocale(Languages.HUNGARIAN);
		return messages;
	}

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new SupportedLanguages();
		resolver.setDefaultLocale(Languages.HUNGARIAN);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		return resolver;
	}

	/** Spring MVC's mappings, with paths that have a variable looked up faster. */
	@Bean
	WebMvcRegistrations mappingsByPrefix() {
		return new WebMvcRegistrations() {
			@Override
			public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
				return new MappingsByPrefix();
			}
		};
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}

	/**
	 * Keeps the choice to the languages we have texts for: {@code ?lang=de} means
	 * Hungarian, not missing texts.
	 */
	static class SupportedLanguages extends CookieLocaleResolver {

		SupportedLanguages() {
			super("lang");
		}

		@Override
		public void setLocaleContext(HttpServletRequest request, HttpServletResponse response,
				LocaleContext localeContext) {
			Locale wanted = (localeContext != null) ? localeContext.getLocale() : null;
			Locale supported = (wanted != null && "en".equals(wanted.getLanguage())) ? Languages.ENGLISH
					: Languages.HUNGARIAN;
			super.setLocaleContext(request, response, new SimpleLocaleContext(supported));
		}

	}

	/** The languages the interface speaks. */
	public static final class Languages {

		public static final Locale HUNGARIAN = Locale.forLanguageTag("hu-HU");

		public static final Locale ENGLISH = Locale.ENGLISH;

		private Languages() {
		}

	}

	/**
	 * The bundles, with {@link HungarianArticles} and {@link HungarianQuotes} applied to
	 * every formatted sentence.
	 */
	private static final class HungarianMessages extends ResourceBundleMessageSource {

		@Override
		protected @Nullable String getMessageInternal(@Nullable String code, @Nullable Object @Nullable [] args,
				@Nullable Locale locale) {
			return HungarianQuotes.nested(HungarianArticles.resolve(super.getMessageInternal(code, args, locale)));
		}

	}

}
