package nl.kernpunt.adapter.rest.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.type.CollectionType;
import java.io.IOException;
import java.util.Collection;
import java.util.Set;

/**
 * A {@code uniqueItems} array of the contract arrives as a Set; a Set would drop a repeated element
 * without a word. This counts the elements first and refuses the body when the Set came out smaller.
 */
final class ZonderDubbelen extends DelegatingDeserializer {

    static final String REDEN = "bevat dubbele waarden; elke waarde mag maar een keer voorkomen";

    ZonderDubbelen(JsonDeserializer<?> set) {
        super(set);
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> nieuw) {
        return new ZonderDubbelen(nieuw);
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        JsonNode lijst = context.readTree(parser);
        try (JsonParser opnieuw = lijst.traverse(parser.getCodec())) {
            opnieuw.nextToken();
            Object gelezen = _delegatee.deserialize(opnieuw, context);
            if (lijst.isArray() && gelezen instanceof Collection<?> verzameling && verzameling.size() < lijst.size()) {
                throw new Contractschending(parser, REDEN);
            }
            return gelezen;
        }
    }

    static final class Aanpasser extends BeanDeserializerModifier {

        @Override
        public JsonDeserializer<?> modifyCollectionDeserializer(DeserializationConfig config, CollectionType type,
                                                                BeanDescription beschrijving, JsonDeserializer<?> deserializer) {
            return Set.class.isAssignableFrom(type.getRawClass()) ? new ZonderDubbelen(deserializer) : deserializer;
        }
    }
}
