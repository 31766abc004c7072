package nl.kernpunt.adapter.rest.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The methods a path supports, for the {@code Allow} header a 405 must carry (RFC 9110). Quarkus
 * REST throws its NotAllowedException without one, so the routes are read from the resources'
 * JAX-RS annotations once.
 */
@ApplicationScoped
public class ToegestaneMethoden {

    private static final Pattern VARIABELE = Pattern.compile("\\{[^}]+}");

    private final List<Route> routes;

    @Inject
    public ToegestaneMethoden(BeanManager beans) {
        this(beans.getBeans(Object.class, Any.Literal.INSTANCE).stream().map(Bean::getBeanClass).toList());
    }

    ToegestaneMethoden(Collection<Class<?>> resources) {
        this.routes = resources.stream().flatMap(ToegestaneMethoden::routes).toList();
    }

    /** @param pad relative to the application path, as {@code UriInfo.getPath()} gives it */
    public String allow(String pad) {
        String genormaliseerd = ("/" + pad).replaceAll("/+", "/").replaceAll("(.)/$", "$1");
        Set<String> methoden = routes.stream().filter(route -> route.patroon().matcher(genormaliseerd).matches())
                .map(Route::methode).collect(Collectors.toCollection(TreeSet::new));
        if (methoden.isEmpty()) {
            return null;
        }
        // JAX-RS answers these two itself for every resource
        if (methoden.contains(HttpMethod.GET)) {
            methoden.add(HttpMethod.HEAD);
        }
        methoden.add(HttpMethod.OPTIONS);
        return String.join(", ", methoden);
    }

    private static Stream<Route> routes(Class<?> klasse) {
        return Stream.concat(Stream.of(klasse), Arrays.stream(klasse.getInterfaces()))
                .filter(type -> type.isAnnotationPresent(Path.class))
                .flatMap(type -> Arrays.stream(type.getMethods())
                        .flatMap(methode -> httpMethode(methode).map(http -> new Route(patroon(type, methode), http)).stream()));
    }

    private static Optional<String> httpMethode(Method methode) {
        return Arrays.stream(methode.getAnnotations())
                .map(Annotation::annotationType)
                .filter(type -> type.isAnnotationPresent(HttpMethod.class))
                .map(type -> type.getAnnotation(HttpMethod.class).value())
                .findFirst();
    }

    private static Pattern patroon(Class<?> type, Method methode) {
        String sjabloon = "/" + type.getAnnotation(Path.class).value()
                + (methode.isAnnotationPresent(Path.class) ? "/" + methode.getAnnotation(Path.class).value() : "");
        String pad = sjabloon.replaceAll("/+", "/").replaceAll("(.)/$", "$1");
        return Pattern.compile(Arrays.stream(VARIABELE.split(pad, -1)).map(Pattern::quote)
                .collect(Collectors.joining("[^/]+")));
    }

    private record Route(Pattern patroon, String methode) {
    }
}
