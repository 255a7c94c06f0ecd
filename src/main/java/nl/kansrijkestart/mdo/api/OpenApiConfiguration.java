package nl.kansrijkestart.mdo.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI mdoOpenApi() {
        return new OpenAPI()
                .info(new Info().title("MDO Kansrijke Start API").version("v1")
                        .description("Cases, consent and instrument results for EPD systems and signalling "
                                + "platforms. Same access rules and access log as the web application."))
                .components(new Components()
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                        .addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").bearerFormat("JWT")
                                .description("Keycloak access token (profile \"keycloak\"), audience mdo-api")));
    }
}
