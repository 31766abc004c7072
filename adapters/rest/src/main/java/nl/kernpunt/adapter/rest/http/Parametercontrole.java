package nl.kernpunt.adapter.rest.http;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import nl.kernpunt.adapter.rest.fout.Problemen;
import nl.kernpunt.api.model.InvalidParam;
import nl.kernpunt.api.model.Problem;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The query and path of every request, before any parameter is converted (docs/adr/0014): a query
 * parameter the operation does not declare is a mistyped filter, which silently ignored would return
 * the wrong data; a typed parameter may not be empty; no parameter may carry NUL, which PostgreSQL
 * cannot compare; and an Idempotency-Key has 1 to 255 characters. Only {@code _}, the cache-buster
 * some HTTP libraries add, passes without being declared.
 */
public class Parametercontrole {

    static final Set<String> ALTIJD_TOEGESTAAN = Set.of("_");
    private static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final int MAX_SLEUTEL = 255;

    private final Map<Method, Map<String, Class<?>>> bekend = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public Optional<RestResponse<Problem>> controleer(ContainerRequestContext verzoek, ResourceInfo resource) {
        UriInfo uri = verzoek.getUriInfo();
        Method methode = resource.getResourceMethod();
        Map<String, Class<?>> namen = methode == null ? Map.of() : bekend.computeIfAbsent(methode, Parametercontrole::gedeclareerd);
        List<InvalidParam> fouten = new ArrayList<>();
        MultivaluedMap<String, String> query = uri.getQueryParameters();
        query.forEach((naam, waarden) -> {
            if (!namen.containsKey(naam) && !ALTIJD_TOEGESTAAN.contains(naam)) {
                fouten.add(Problemen.invalidParam(naam, "onbekende-parameter", namen.isEmpty()
                        ? "deze bewerking kent geen queryparameters"
                        : "bestaat niet; bekend zijn: " + String.join(", ", namen.keySet())));
            } else if (waarden.stream().anyMatch(Parametercontrole::metNul)) {
                fouten.add(nul(naam));
            } else if (namen.get(naam) != String.class && waarden.stream().anyMatch(String::isEmpty)) {
                // Quarkus REST hands an empty value of a typed parameter over as absent
                fouten.add(Problemen.invalidParam(naam, "ongeldige-waarde", "is leeg; laat de parameter weg of geef een waarde"));
            }
        });
        uri.getPathParameters().forEach((naam, waarden) -> {
            if (waarden.stream().anyMatch(Parametercontrole::metNul)) {
                fouten.add(nul(naam));
            }
        });
        String sleutel = verzoek.getHeaderString(IDEMPOTENCY_KEY);
        if (sleutel != null && (sleutel.isBlank() || sleutel.length() > MAX_SLEUTEL)) {
            // Quarkus REST would hand an empty header value over as absent: a create without replay protection
            fouten.add(Problemen.invalidParam(IDEMPOTENCY_KEY, "ongeldige-waarde", "moet 1 tot " + MAX_SLEUTEL + " tekens zijn"));
        }
        if (fouten.isEmpty()) {
            return Optional.empty();
        }
        String detail = fouten.size() == 1 ? "De parameter " + fouten.get(0).getName() + " " + fouten.get(0).getReason() + "."
                : "Deze parameters zijn ongeldig: " + String.join(", ", fouten.stream().map(InvalidParam::getName).toList()) + ".";
        String code = fouten.stream().allMatch(f -> f.getCode().equals("onbekende-parameter")) ? "onbekende-parameter" : "ongeldige-parameter";
        return Optional.of(Problemen.antwoord(400, code, detail, uri, fouten));
    }

    private static boolean metNul(String waarde) {
        return waarde != null && waarde.indexOf('\u0000') >= 0;
    }

    private static InvalidParam nul(String naam) {
        return Problemen.invalidParam(naam, "ongeldige-waarde", "bevat een NUL-teken (U+0000)");
    }

    /** The @QueryParam names and types of the method, which the generated interface carries, not its implementation. */
    static Map<String, Class<?>> gedeclareerd(Method methode) {
        Map<String, Class<?>> namen = new TreeMap<>();
        for (Method kandidaat : metInterfaces(methode)) {
            Annotation[][] perParameter = kandidaat.getParameterAnnotations();
            for (int i = 0; i < perParameter.length; i++) {
                for (Annotation annotatie : perParameter[i]) {
                    if (annotatie instanceof QueryParam query) {
                        namen.put(query.value(), kandidaat.getParameterTypes()[i]);
                    }
                }
            }
        }
        return Collections.unmodifiableMap(namen);
    }

    private static List<Method> metInterfaces(Method methode) {
        List<Method> kandidaten = new ArrayList<>(List.of(methode));
        for (Class<?> type = methode.getDeclaringClass(); type != null; type = type.getSuperclass()) {
            for (Class<?> contract : type.getInterfaces()) {
                try {
                    kandidaten.add(contract.getMethod(methode.getName(), methode.getParameterTypes()));
                } catch (NoSuchMethodException e) {
                    // not this interface's method
                }
            }
        }
        return kandidaten;
    }
}
