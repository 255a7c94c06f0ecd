package nl.kansrijkestart.mdo.api;

import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Under /api/ every answer is the API's own, never the Vaadin page or a redirect to /login: a path
 * that no controller takes is 404 (Vaadin would otherwise serve its start page for it), and
 * Spring's own refusals and unexpected errors become problems ({@link ApiExceptionResolver}).
 */
@Configuration(proxyBeanMethods = false)
class ApiErrorAnswers implements WebMvcConfigurer {

    /** After the controllers' mapping (order 0), before Vaadin's and the static resources' catch-alls. */
    private static final int AFTER_CONTROLLERS = 100;

    private final ApiExceptionResolver resolver;

    ApiErrorAnswers(ApiExceptionResolver resolver) {
        this.resolver = resolver;
    }

    /** Right after the controller advice (ApiProblems), before Spring's default resolvers answer with an empty body. */
    @Override
    public void extendHandlerExceptionResolvers(List<HandlerExceptionResolver> resolvers) {
        resolvers.add(Math.min(1, resolvers.size()), resolver);
    }

    @Bean
    SimpleUrlHandlerMapping unknownApiPaths() {
        HttpRequestHandler notFound = (request, response) -> {
            throw new NoResourceFoundException(org.springframework.http.HttpMethod.valueOf(request.getMethod()),
                    request.getRequestURI(), request.getRequestURI());
        };
        SimpleUrlHandlerMapping mapping = new SimpleUrlHandlerMapping(Map.of("/api/**", notFound), AFTER_CONTROLLERS);
        return mapping;
    }
}
