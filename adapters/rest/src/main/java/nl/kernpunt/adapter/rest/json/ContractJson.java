package nl.kernpunt.adapter.rest.json;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.AnnotationIntrospector;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.NopAnnotationIntrospector;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * Reads request bodies the way the contract describes them. Runs after Quarkus applied its
 * {@code quarkus.jackson.*} configuration, so these rules hold whatever that says. Jackson is
 * lenient by default (7.9 becomes 7, "" an absent date, 12 the text "12"); the contract is not,
 * so every such coercion is refused here, for every body at once (docs/adr/0014).
 */
@Singleton
public class ContractJson implements ObjectMapperCustomizer {

    /** Last, so its readers win over those of the modules Quarkus registers (java.time's among them). */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        // the request schemas say additionalProperties: false
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        // one JSON text per body, each name once (RFC 8259): Jackson would read {"a":1}} as {"a":1}
        // and keep the last of two equal names, so what was checked and what was meant could differ
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        // a name it has seen ("rol") Jackson looks up by its bytes, and found "\xFFrol" as "rol"; decoded
        // each time, a name with a byte that is no UTF-8 can no longer pass for a field it is not
        mapper.getFactory().disable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES);
        // Jackson would stop at the first missing required creator property, without a usable
        // path; left to Bean Validation, every missing field is reported as "verplicht" by its path
        mapper.setAnnotationIntrospector(AnnotationIntrospector.pair(new VerplichtNegeren(),
                mapper.getDeserializationConfig().getAnnotationIntrospector()));
        weigerOmzettingen(mapper);
        // no array of the contract allows null elements; the DTOs would carry them into the domain
        mapper.setDefaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
        mapper.registerModule(new SimpleModule("contract-tekst")
                .addDeserializer(String.class, new TekstZonderNul())
                .addDeserializer(LocalDate.class, StrikteDatums.DATUM)
                .addDeserializer(OffsetDateTime.class, StrikteDatums.DATUM_TIJD)
                .setDeserializerModifier(new ZonderDubbelen.Aanpasser()));
    }

    private static void weigerOmzettingen(ObjectMapper mapper) {
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        // "" is no date, date-time, uuid or number: absent is leaving the field out (or null)
        mapper.coercionConfigDefaults()
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                .setAcceptBlankAsEmpty(false);
        for (LogicalType type : new LogicalType[] {LogicalType.Integer, LogicalType.Float, LogicalType.Boolean}) {
            mapper.coercionConfigFor(type)
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    }

    private static final class VerplichtNegeren extends NopAnnotationIntrospector {

        @Override
        public Boolean hasRequiredMarker(AnnotatedMember lid) {
            return Boolean.FALSE;
        }
    }
}
