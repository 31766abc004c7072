package nl.kernpunt.adapter.rest.json;

import com.fasterxml.jackson.databind.AnnotationIntrospector;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.NopAnnotationIntrospector;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Reads request bodies the way the contract describes them. Runs after Quarkus applied its
 * {@code quarkus.jackson.*} configuration, so these two rules hold whatever that says.
 */
@Singleton
public class ContractJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        // the request schemas say additionalProperties: false
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        // Jackson would stop at the first missing required creator property, without a usable
        // path; left to Bean Validation, every missing field is reported as "verplicht" by its path
        mapper.setAnnotationIntrospector(AnnotationIntrospector.pair(new VerplichtNegeren(),
                mapper.getDeserializationConfig().getAnnotationIntrospector()));
    }

    private static final class VerplichtNegeren extends NopAnnotationIntrospector {

        @Override
        public Boolean hasRequiredMarker(AnnotatedMember lid) {
            return Boolean.FALSE;
        }
    }
}
