package de.magdeburg.integration.netzwerk.web.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI 3.1 description of the HTTP API, generated from the controllers by springdoc and
 * served at {@code /api/v1/openapi.json}; the committed copy ({@code openapi/netzwerk-api-v1.json})
 * is checked against it in the build. The server is relative, so the description is the same
 * whichever host and port serve it.
 */
@Configuration
class OpenApiConfig {
    /** The security scheme the operations name with the scopes they need. */
    static final String API_KEY = "apiKey";
    private static final String PROBLEM = "Problem";

    @Bean
    OpenAPI netzwerkApi() {
        return new OpenAPI()
                .info(new Info().title("Netzwerk API").version("v1")
                        .description("The rules, forms and documents of the Magdeburg network for integration work "
                                + "(Geschäftsordnung of 23.11.2016) for the city's other systems. Errors are RFC 9457 "
                                + "problem details with the rule id and the field where one applies.")
                        .license(new License().name("EUPL-1.2").identifier("EUPL-1.2")))
                .servers(List.of(new Server().url("/")))
                .components(new Components().addSecuritySchemes(API_KEY, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("nzk_<key id>_<secret>")
                        .description("A scoped API key. The scopes an operation needs are listed in its security "
                                + "requirement: forms, declarations:submit, register:apply, register:read, documents, meetings:write.")));
    }

    @Bean
    OpenApiCustomizer formatsAndProblems() {
        return api -> {
            for (ApiFormats f : ApiFormats.values()) {
                api.getComponents().addSchemas(f.component(), f.schema());
            }
            api.getComponents().addSchemas(PROBLEM, problem());
            api.getPaths().values().forEach(path -> path.readOperations().forEach(op -> {
                op.getResponses().addApiResponse("default", response("A problem (RFC 9457)."));
                if (op.getSecurity() != null && !op.getSecurity().isEmpty()) {
                    op.getResponses().addApiResponse("401", response("No API key, or an unknown or revoked one."));
                    op.getResponses().addApiResponse("403", response("The API key lacks the operation's scope."));
                }
            }));
        };
    }

    private static ApiResponse response(String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType(
                "application/problem+json", new MediaType().schema(new Schema<>().$ref("#/components/schemas/"
                        + PROBLEM))));
    }

    private static Schema<?> problem() {
        return new ObjectSchema().description("RFC 9457 problem details; rule, field and findings where a rule "
                        + "of the catalogue applies.")
                .addProperty("type", new StringSchema().format("uri"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema().description("One line, German then English."))
                .addProperty("instance", new StringSchema().format("uri-reference"))
                .addProperty("rule", new StringSchema().description("Rule id of the rules catalogue, e.g. GO-1.2."))
                .addProperty("field", new StringSchema().description("The form field or JSON path concerned."))
                .addProperty("findings", new Schema<>().$ref("#/components/schemas/Findings"));
    }
}
