package hu.gyakorlattar.shared;

import java.util.Arrays;
import java.util.List;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.customizers.OperationCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * What an integrator reads at {@code /v3/api-docs}: who runs the API, under which licence
 * its data may be reused (CC BY 4.0, as the open-data export), that every operation is
 * public (no security requirement), and the problem details an operation answers with
 * when a request is wrong, asks for something that does not exist, or comes too often.
 */
@Configuration(proxyBeanMethods = false)
class ApiDescription {

	static final String VERSION = "1";

	@Bean
	OpenAPI openApi(SiteAddress site) {
		return new OpenAPI()
			.info(new Info().title("Gyakorlattár API")
				.version(VERSION)
				.description("The open data of the Hungarian Best Municipal Practices Programme (Legjobb Önkormányzati "
						+ "Gyakorlatok Programja): the knowledge base of good practices, the directory of Hungarian "
						+ "municipalities (KSH gazetteer), the online conferences, and registration for them. Every "
						+ "operation is public. The data may be reused under CC BY 4.0, naming the programme (and, for "
						+ "settlement data, the KSH Helységnévtár) as the source. Errors are RFC 9457 problem details "
						+ "that name each invalid field.")
				.contact(new Contact().name("A program irodája (programme office)").url(site.baseUrl()))
				.license(new License().name("CC BY 4.0").url("https://creativecommons.org/licenses/by/4.0/")))
			.servers(List.of(new Server().url(site.baseUrl()).description("Gyakorlattár")))
			.security(List.of())
			.components(new Components().addSchemas("ProblemDetail", problemDetail()));
	}

	/**
	 * Every operation documents the problem details it may answer with: 400 for a bad
	 * request, 404 where it looks something up by its address, 429 when a client asks too
	 * often (public forms and the registration API are rate-limited).
	 */
	@Bean
	OperationCustomizer problemResponses() {
		return (operation, handler) -> {
			ApiResponses responses = (operation.getResponses() != null) ? operation.getResponses() : new ApiResponses();
			responses.putIfAbsent("400", problem("The request is not valid; the problem names each invalid field."));
			boolean looksUp = Arrays.stream(handler.getMethodParameters())
				.anyMatch((parameter) -> parameter.hasParameterAnnotation(PathVariable.class));
			if (looksUp) {
				responses.putIfAbsent("404", problem("Nothing (published) at this address."));
			}
			responses.putIfAbsent("429",
					problem("Too many requests from this client; retry after Retry-After seconds."));
			operation.setResponses(responses);
			return operation;
		};
	}

	/** RFC 9457, with the invalid fields this API adds. */
	private static Schema<?> problemDetail() {
		return new ObjectSchema().description("RFC 9457 problem details")
			.addProperty("type", new StringSchema().format("uri"))
			.addProperty("title", new StringSchema())
			.addProperty("status", new IntegerSchema())
			.addProperty("detail", new StringSchema())
			.addProperty("instance", new StringSchema().format("uri-reference"))
			.addProperty("errors",
					new ArraySchema().description("Each invalid field with its message")
						.items(new ObjectSchema()
							.addProperty("field", new StringSchema().description("A field of the request body"))
							.addProperty("parameter", new StringSchema().description("A query or path parameter"))
							.addProperty("message", new StringSchema())));
	}

	private static ApiResponse problem(String description) {
		return new ApiResponse().description(description)
			.content(new Content().addMediaType("application/problem+json",
					new MediaType().schema(new Schema<>().$ref("#/components/schemas/ProblemDetail"))));
	}

}
