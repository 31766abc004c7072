package nl.kernpunt.bootstrap.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The operations of the committed contract, read at test time, and for each a request the contract
 * calls valid: the starting point that tests then break on purpose or send with other credentials.
 */
final class ContractOperaties {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory KNOOP = JsonNodeFactory.instance;

    /** One operation; {@code openbaar} when the contract also allows it without any credentials. */
    record Operatie(String id, String methode, String pad, List<Parameter> parameters, Schema<?> body,
                    boolean openbaar, boolean eigenToken, Set<String> antwoorden) {

        boolean heeftHeader(String naam) {
            return parameters.stream().anyMatch(p -> "header".equals(p.getIn()) && p.getName().equalsIgnoreCase(naam));
        }

        @Override
        public String toString() {
            return id + " (" + methode + " " + pad + ")";
        }
    }

    private ContractOperaties() {
    }

    static List<Operatie> alle() {
        ParseOptions opties = new ParseOptions();
        opties.setResolve(true);
        opties.setResolveFully(true);
        OpenAPI contract = new OpenAPIV3Parser().read("META-INF/openapi.yaml", null, opties);
        Objects.requireNonNull(contract, "contract META-INF/openapi.yaml niet gevonden");
        List<SecurityRequirement> standaard = contract.getSecurity() == null ? List.of() : contract.getSecurity();
        List<Operatie> operaties = new ArrayList<>();
        contract.getPaths().forEach((pad, item) -> item.readOperationsMap().forEach((methode, operatie) ->
                operaties.add(operatie(pad, item, methode, operatie, standaard))));
        return operaties;
    }

    private static Operatie operatie(String pad, PathItem item, PathItem.HttpMethod methode, Operation operatie,
                                     List<SecurityRequirement> standaard) {
        List<Parameter> parameters = new ArrayList<>();
        if (item.getParameters() != null) {
            parameters.addAll(item.getParameters());
        }
        if (operatie.getParameters() != null) {
            parameters.addAll(operatie.getParameters());
        }
        Schema<?> body = null;
        if (operatie.getRequestBody() != null) {
            MediaType json = operatie.getRequestBody().getContent().get("application/json");
            body = json == null ? null : json.getSchema();
        }
        List<SecurityRequirement> beveiliging = operatie.getSecurity() == null ? standaard : operatie.getSecurity();
        boolean openbaar = beveiliging.isEmpty() || beveiliging.stream().anyMatch(Map::isEmpty);
        boolean eigenToken = beveiliging.stream().anyMatch(eis -> eis.containsKey("notificatieToken"));
        return new Operatie(operatie.getOperationId(), methode.name(), pad, parameters, body, openbaar, eigenToken,
                Set.copyOf(operatie.getResponses().keySet()));
    }

    /** Builds values that satisfy a schema; uuid fields take a known id of the same name where there is one. */
    static final class Voorbeelden {

        private final Map<String, String> ids;

        Voorbeelden(Map<String, String> ids) {
            this.ids = ids;
        }

        JsonNode geldig(Schema<?> schema, String naam, int diepte) {
            if (schema.getExample() != null && !(schema.getExample() instanceof Map) && !(schema.getExample() instanceof List)) {
                JsonNode voorbeeld = JSON.valueToTree(schema.getExample());
                if (!"uuid".equals(schema.getFormat())) {
                    return voorbeeld;
                }
            }
            if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
                return JSON.valueToTree(schema.getEnum().get(0));
            }
            String type = type(schema);
            return switch (type) {
                case "object" -> object(schema, diepte);
                case "array" -> {
                    ArrayNode lijst = KNOOP.arrayNode();
                    if (schema.getItems() != null && diepte < 6) {
                        lijst.add(geldig(schema.getItems(), naam, diepte + 1));
                    }
                    yield lijst;
                }
                case "integer" -> KNOOP.numberNode(getal(schema).longValue());
                case "number" -> KNOOP.numberNode(getal(schema));
                case "boolean" -> KNOOP.booleanNode(false);
                default -> KNOOP.textNode(tekst(schema, naam));
            };
        }

        private ObjectNode object(Schema<?> schema, int diepte) {
            ObjectNode object = KNOOP.objectNode();
            if (schema.getProperties() != null && diepte < 6) {
                schema.getProperties().forEach((eigenschap, deel) -> {
                    if (!Boolean.TRUE.equals(deel.getReadOnly())) {
                        object.set(eigenschap, geldig(deel, eigenschap, diepte + 1));
                    }
                });
            }
            return object;
        }

        String tekst(Schema<?> schema, String naam) {
            String formaat = schema.getFormat() == null ? "" : schema.getFormat();
            return switch (formaat) {
                case "uuid" -> bekendId(naam);
                case "date" -> "2026-03-16";
                case "date-time" -> "2026-03-16T10:00:00Z";
                case "email" -> "info@example.nl";
                case "uri", "uri-reference" -> "https://example.nl/a";
                default -> "x".repeat(Math.max(3, schema.getMinLength() == null ? 0 : schema.getMinLength()));
            };
        }

        String bekendId(String naam) {
            if (naam != null) {
                for (String sleutel : List.of(naam, naam + "Id", naam.replaceAll("en$", "") + "Id")) {
                    if (ids.containsKey(sleutel)) {
                        return ids.get(sleutel);
                    }
                }
            }
            return UUID.nameUUIDFromBytes(String.valueOf(naam).getBytes()).toString();
        }

        private static BigDecimal getal(Schema<?> schema) {
            BigDecimal waarde = schema.getMinimum() != null ? schema.getMinimum() : BigDecimal.ONE;
            return schema.getMaximum() != null && schema.getMaximum().compareTo(waarde) < 0 ? schema.getMaximum() : waarde;
        }
    }

    static String type(Schema<?> schema) {
        if (schema.getType() != null) {
            return schema.getType();
        }
        if (schema.getTypes() != null && !schema.getTypes().isEmpty()) {
            return schema.getTypes().iterator().next();
        }
        if (schema.getProperties() != null) {
            return "object";
        }
        return schema.getItems() != null ? "array" : "string";
    }
}
