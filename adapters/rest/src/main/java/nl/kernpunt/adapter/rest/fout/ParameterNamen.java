package nl.kernpunt.adapter.rest.fout;

import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * The contract's name of a resource method parameter ({@code If-Match}, {@code pageSize}). The
 * JAX-RS annotations sit on the generated interface, not on the resource that implements it, so
 * the whole type hierarchy is searched.
 */
public final class ParameterNamen {

    private ParameterNamen() {
    }

    /** Empty for a parameter without a JAX-RS name: the request body. */
    public static Optional<String> contractNaam(Class<?> resource, String methode, List<Class<?>> parameterTypes, int index) {
        Class<?>[] types = parameterTypes.toArray(Class<?>[]::new);
        Deque<Class<?>> teDoorzoeken = new ArrayDeque<>();
        teDoorzoeken.add(resource);
        while (!teDoorzoeken.isEmpty()) {
            Class<?> type = teDoorzoeken.poll();
            Optional<String> naam = gedeclareerdIn(type, methode, types)
                    .flatMap(m -> naamIn(m.getParameterAnnotations()[index]));
            if (naam.isPresent()) {
                return naam;
            }
            if (type.getSuperclass() != null) {
                teDoorzoeken.add(type.getSuperclass());
            }
            teDoorzoeken.addAll(List.of(type.getInterfaces()));
        }
        return Optional.empty();
    }

    private static Optional<Method> gedeclareerdIn(Class<?> type, String methode, Class<?>[] types) {
        try {
            return Optional.of(type.getDeclaredMethod(methode, types));
        } catch (NoSuchMethodException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> naamIn(Annotation[] annotaties) {
        for (Annotation annotatie : annotaties) {
            if (annotatie instanceof QueryParam param) {
                return Optional.of(param.value());
            }
            if (annotatie instanceof HeaderParam param) {
                return Optional.of(param.value());
            }
            if (annotatie instanceof PathParam param) {
                return Optional.of(param.value());
            }
            if (annotatie instanceof CookieParam param) {
                return Optional.of(param.value());
            }
            if (annotatie instanceof FormParam param) {
                return Optional.of(param.value());
            }
        }
        return Optional.empty();
    }
}
