package nl.kernpunt.bootstrap.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import nl.kernpunt.bootstrap.api.ContractOperaties.Operatie;
import nl.kernpunt.bootstrap.api.ContractOperaties.Voorbeelden;
import nl.kernpunt.bootstrap.testsupport.PostgresTestResource;
import nl.kernpunt.bootstrap.testsupport.TestTokens;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Walks every operation of the contract with malformed and boundary input, as a careless client or
 * an attacker would send it, and holds every answer to the API's promises: never a 5xx, every 4xx
 * problem+json, {@code API-Version} and the security headers on everything, and a refusal (not
 * silent acceptance) for what the contract forbids. Fixed seed, so a failure repeats.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class RobuustheidTest extends ApiTestBasis {

    private static final Logger LOG = Logger.getLogger(RobuustheidTest.class);
    private static final JsonNodeFactory KNOOP = JsonNodeFactory.instance;
    private static final long ZAAD = 11;
    private static final String[] ROLLEN = {"beheerder", "kernambtenaar", "medewerker"};
    private static final List<String> BEVEILIGINGSHEADERS = List.of("api-version", "strict-transport-security",
            "x-content-type-options", "x-frame-options", "content-security-policy");

    /** Replaced by a fresh key on every send, so no request is answered from an earlier one's replay. */
    private static final String NIEUWE_SLEUTEL = "{nieuw}";

    /** A request to send; {@code moetWeigeren}: the contract forbids it, so only a 4xx is right. */
    private record Geval(String klasse, String methode, String doel, Map<String, String> headers, byte[] body,
                         boolean moetWeigeren) {
    }

    private final Random toeval = new Random(ZAAD);
    private final Map<String, String> ids = new HashMap<>();
    private final Map<String, Integer> perStatus = new TreeMap<>();
    private final Map<String, String> fouten = new TreeMap<>();
    private RuweHttp http;
    private String gemeente;
    private String token;
    private String andereGemeente;
    private int verzoeken;

    @BeforeEach
    void omgeving() {
        http = new RuweHttp(RestAssured.port);
        gemeente = nieuweGemeente();
        token = TestTokens.voor(gemeente, ROLLEN);
        andereGemeente = nieuweGemeente();
        ids.put("gemeentecode", gemeente);
        ids.put("kernId", nieuweKern(gemeente, "Robuust"));
    }

    @Test
    void geenOperatieBezwijktOnderMisvormdeInvoer() {
        long begin = System.nanoTime();
        List<Operatie> operaties = ContractOperaties.alle();
        maakBestaandeResources(operaties);
        for (Operatie operatie : operaties) {
            for (Geval geval : gevallen(operatie)) {
                controleer(operatie, geval);
            }
        }
        for (Geval geval : transportgevallen()) {
            controleer(null, geval);
        }
        long seconden = Duration.ofNanos(System.nanoTime() - begin).toSeconds();
        LOG.infof("Robuustheid: %d operaties, %d verzoeken in %d s, per status %s; gebroken beloften: %d",
                operaties.size(), verzoeken, seconden, perStatus, fouten.size());
        assertThat(verzoeken).as("verzoeken").isGreaterThan(3000);
        assertThat(fouten.size()).as("antwoorden die een belofte van de API breken:\n" + fouten.entrySet().stream()
                .limit(300).map(fout -> fout.getKey() + ": " + fout.getValue()).collect(Collectors.joining("\n"))).isZero();
    }

    /** Gives the path parameters real ids, so writes get past "not found" and reach the database. */
    private void maakBestaandeResources(List<Operatie> operaties) {
        for (int ronde = 0; ronde < 2; ronde++) {
            for (Operatie operatie : operaties) {
                if (!operatie.methode().equals("POST") || operatie.body() == null || operatie.eigenToken()) {
                    continue;
                }
                RuweHttp.Antwoord antwoord = stuur(basis(operatie));
                if (antwoord.status() / 100 == 2) {
                    onthoud(operaties, operatie, antwoord.body());
                }
            }
        }
    }

    private void onthoud(List<Operatie> operaties, Operatie aangemaakt, String body) {
        JsonNode json = leesJson(body);
        if (json == null) {
            return;
        }
        json.fields().forEachRemaining(veld -> {
            if (veld.getValue().isTextual() && !veld.getKey().equals("id")) {
                ids.putIfAbsent(veld.getKey(), veld.getValue().asText());
            }
        });
        if (json.hasNonNull("id")) {
            String voorvoegsel = aangemaakt.pad() + "/{";
            operaties.stream().map(Operatie::pad).filter(p -> p.startsWith(voorvoegsel)).findFirst().ifPresent(pad ->
                    ids.putIfAbsent(pad.substring(voorvoegsel.length(), pad.indexOf('}', voorvoegsel.length())), json.get("id").asText()));
        }
    }

    private List<Geval> gevallen(Operatie operatie) {
        List<Geval> gevallen = new ArrayList<>();
        Geval basis = basis(operatie);
        gevallen.add(basis);
        gevallen.addAll(credentials(operatie, basis));
        gevallen.addAll(headers(operatie, basis));
        gevallen.addAll(padparameters(operatie, basis));
        gevallen.addAll(queryparameters(operatie, basis));
        if (operatie.body() != null) {
            gevallen.addAll(bodies(operatie, basis));
        }
        return gevallen;
    }

    private Geval basis(Operatie operatie) {
        Voorbeelden voorbeelden = new Voorbeelden(ids);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", "application/json");
        headers.put("Authorization", operatie.eigenToken() ? "onbekend-notificatietoken" : "Bearer " + token);
        if (operatie.heeftHeader("If-Match")) {
            headers.put("If-Match", "*");
        }
        if (operatie.heeftHeader("Idempotency-Key")) {
            headers.put("Idempotency-Key", NIEUWE_SLEUTEL);
        }
        byte[] body = null;
        if (operatie.body() != null) {
            headers.put("Content-Type", "application/json");
            body = bytes(voorbeelden.geldig(operatie.body(), null, 0));
        }
        StringBuilder query = new StringBuilder();
        for (Parameter parameter : operatie.parameters()) {
            if ("query".equals(parameter.getIn()) && Boolean.TRUE.equals(parameter.getRequired())) {
                query.append(query.isEmpty() ? "?" : "&").append(parameter.getName()).append('=')
                        .append(voorbeelden.geldig(parameter.getSchema(), parameter.getName(), 0).asText());
            }
        }
        return new Geval("geldig", operatie.methode(), pad(operatie, Map.of()) + query, headers, body, false);
    }

    private String pad(Operatie operatie, Map<String, String> anders) {
        String pad = "/api/v1" + operatie.pad();
        for (Parameter parameter : operatie.parameters()) {
            if ("path".equals(parameter.getIn())) {
                String waarde = anders.containsKey(parameter.getName()) ? anders.get(parameter.getName())
                        : ids.getOrDefault(parameter.getName(),
                        new Voorbeelden(ids).geldig(parameter.getSchema(), parameter.getName(), 0).asText());
                pad = pad.replace("{" + parameter.getName() + "}", waarde);
            }
        }
        return pad;
    }

    private List<Geval> credentials(Operatie operatie, Geval basis) {
        List<Geval> gevallen = new ArrayList<>();
        boolean personeel = !operatie.openbaar() && !operatie.eigenToken();
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("zonder Authorization", null);
        tokens.put("Bearer zonder token", "Bearer");
        tokens.put("geen JWT", "Bearer abc.def.ghi");
        tokens.put("Basic", "Basic Zm9vOmJhcg==");
        tokens.put("verlopen token", "Bearer " + TestTokens.verlopen(gemeente, ROLLEN));
        tokens.put("vreemde sleutel", "Bearer " + TestTokens.vanVreemdeSleutel(gemeente, ROLLEN));
        tokens.put("iat een uur vooruit", "Bearer " + TestTokens.uitgegevenOver(Duration.ofHours(1), gemeente, ROLLEN));
        tokens.put("token zonder rol", "Bearer " + TestTokens.voor(gemeente));
        tokens.put("onbekende rol", "Bearer " + TestTokens.voor(gemeente, "burgemeester"));
        tokens.put("andere gemeente", "Bearer " + TestTokens.voor(andereGemeente, ROLLEN));
        tokens.forEach((klasse, waarde) -> {
            // a scheme other than Bearer is no token of ours: a public operation ignores it
            boolean ongeldig = !klasse.equals("andere gemeente") && !klasse.equals("zonder Authorization")
                    && !klasse.contains("rol") && !klasse.equals("Basic");
            gevallen.add(metHeader(basis, "credentials: " + klasse, "Authorization", waarde,
                    !operatie.eigenToken() && (ongeldig || personeel && !klasse.equals("andere gemeente"))));
        });
        return gevallen;
    }

    private List<Geval> headers(Operatie operatie, Geval basis) {
        List<Geval> gevallen = new ArrayList<>();
        if (operatie.heeftHeader("If-Match")) {
            for (String waarde : List.of("onzin", "\"999999\"", "W/\"1\"", "\"" + "9".repeat(40) + "\"", "x".repeat(5000))) {
                gevallen.add(metHeader(basis, "If-Match " + RuweHttp.afgekort(waarde), "If-Match", waarde, true));
            }
            gevallen.add(metHeader(basis, "zonder If-Match", "If-Match", null, true));
        }
        if (operatie.heeftHeader("Idempotency-Key")) {
            gevallen.add(metHeader(basis, "lege Idempotency-Key", "Idempotency-Key", "", true));
            gevallen.add(metHeader(basis, "te lange Idempotency-Key", "Idempotency-Key", "k".repeat(300), true));
        }
        gevallen.add(metHeader(basis, "Accept application/xml", "Accept", "application/xml", false));
        gevallen.add(metHeader(basis, "Accept onzin", "Accept", "onzin/%%;q=x", false));
        gevallen.add(metHeader(basis, "If-None-Match onzin", "If-None-Match", "\"" + "x".repeat(200), false));
        gevallen.add(metHeader(basis, "Origin van elders", "Origin", "https://aanvaller.example", false));
        Map<String, String> voorcontrole = new LinkedHashMap<>();
        voorcontrole.put("Origin", "https://aanvaller.example");
        voorcontrole.put("Access-Control-Request-Method", operatie.methode());
        gevallen.add(new Geval("CORS-voorcontrole van elders", "OPTIONS", basis.doel(), voorcontrole, null, true));
        if (basis.body() != null) {
            for (String type : List.of("onzin", "text/plain", "application/xml", "/")) {
                gevallen.add(metHeader(basis, "Content-Type " + type, "Content-Type", type, true));
            }
            // JSON is UTF-8 whatever the charset parameter says (RFC 8259)
            gevallen.add(metHeader(basis, "Content-Type met charset onzin", "Content-Type", "application/json; charset=onzin", false));
            gevallen.add(metHeader(basis, "zonder Content-Type", "Content-Type", null, true));
        }
        return gevallen;
    }

    private List<Geval> padparameters(Operatie operatie, Geval basis) {
        List<Geval> gevallen = new ArrayList<>();
        for (Parameter parameter : operatie.parameters()) {
            if (!"path".equals(parameter.getIn())) {
                continue;
            }
            for (String waarde : List.of("x", "%00", "%%", "%zz", "%", "%C0%AE", "a".repeat(3000), "..%2F..%2Fgemeenten",
                    "00000000-0000-0000-0000-000000000000", "%20")) {
                String doel = pad(operatie, Map.of(parameter.getName(), waarde)) + query(basis.doel());
                boolean bestaatMogelijk = waarde.equals("x") && !"uuid".equals(parameter.getSchema().getFormat())
                        && parameter.getSchema().getEnum() == null && parameter.getSchema().getPattern() == null;
                gevallen.add(new Geval("pad " + parameter.getName() + "=" + RuweHttp.afgekort(waarde), basis.methode(), doel,
                        basis.headers(), basis.body(), !bestaatMogelijk));
            }
        }
        return gevallen;
    }

    private List<Geval> queryparameters(Operatie operatie, Geval basis) {
        List<Geval> gevallen = new ArrayList<>();
        String zonderQuery = basis.doel().replaceFirst("\\?.*$", "");
        String bestaand = query(basis.doel());
        String voor = bestaand.isEmpty() ? "?" : bestaand + "&";
        gevallen.add(new Geval("onbekende queryparameter", basis.methode(), zonderQuery + voor + "gemeentee=0214",
                basis.headers(), basis.body(), true));
        gevallen.add(new Geval("queryparameter zonder naam", basis.methode(), zonderQuery + voor + "=1&&",
                basis.headers(), basis.body(), false));
        for (Parameter parameter : operatie.parameters()) {
            if (!"query".equals(parameter.getIn())) {
                continue;
            }
            Schema<?> schema = parameter.getSchema();
            String type = ContractOperaties.type(schema);
            String formaat = schema.getFormat() == null ? "" : schema.getFormat();
            boolean getypeerd = !type.equals("string") || !formaat.isEmpty() || schema.getEnum() != null;
            Map<String, Boolean> waarden = new LinkedHashMap<>();
            waarden.put("", getypeerd);
            waarden.put("%00", true);
            waarden.put("a%00b", true);
            waarden.put("%%%%", true);
            waarden.put("%zz", true);
            waarden.put("a%", true);
            waarden.put("a|b", true);
            // invalid UTF-8 decodes to U+FFFD, an ordinary character
            waarden.put("%C3%28", getypeerd);
            waarden.put("q".repeat(2000), getypeerd || schema.getMaxLength() != null);
            waarden.put("onbekend", getypeerd);
            waarden.put("-1", getypeerd && !type.equals("integer"));
            waarden.put("7.9", getypeerd);
            waarden.put("99999999999999999999", getypeerd);
            waarden.put("2026-02-30", getypeerd);
            waarden.put("2026-02-30T10:00:00Z", getypeerd);
            waarden.put("%27%3B--", getypeerd);
            waarden.forEach((waarde, weigeren) -> gevallen.add(new Geval(
                    "query " + parameter.getName() + "=" + RuweHttp.afgekort(waarde), basis.methode(),
                    zonderQuery + voor + parameter.getName() + "=" + waarde, basis.headers(), basis.body(), weigeren)));
            if (parameter.getName().equals("cursor")) {
                gevallen.addAll(gemanipuleerdeCursors(basis, zonderQuery, voor));
            }
        }
        return gevallen;
    }

    /** A real cursor, cut short and altered: the service must notice, not fail on the decoded rest. */
    private List<Geval> gemanipuleerdeCursors(Geval basis, String zonderQuery, String voor) {
        List<Geval> gevallen = new ArrayList<>();
        RuweHttp.Antwoord pagina = stuur(new Geval("eerste pagina", "GET", zonderQuery + voor + "pageSize=1",
                basis.headers(), null, false));
        JsonNode json = leesJson(pagina.body());
        String cursor = json != null && json.hasNonNull("volgendeCursor") ? json.get("volgendeCursor").asText()
                : "eyJ2IjoiMjAyNi0wMy0xNlQxMDowMDowMFoiLCJpZCI6IngifQ";
        List<String> varianten = List.of(cursor.substring(0, cursor.length() / 2), cursor.substring(0, cursor.length() - 3),
                cursor + "AAAA", new StringBuilder(cursor).reverse().toString(), cursor.replace(cursor.charAt(cursor.length() / 3), 'Z'),
                "eyJ4IjoxfQ", "bnVsbA", "W10", "e30", "!!!");
        for (String variant : varianten) {
            gevallen.add(new Geval("cursor gemanipuleerd", "GET", zonderQuery + voor + "cursor=" + variant,
                    basis.headers(), null, !variant.equals(cursor)));
        }
        return gevallen;
    }

    private List<Geval> bodies(Operatie operatie, Geval basis) {
        List<Geval> gevallen = new ArrayList<>();
        JsonNode geldig = leesJson(new String(basis.body(), StandardCharsets.UTF_8));
        boolean verplicht = operatie.body().getRequired() != null && !operatie.body().getRequired().isEmpty();
        gevallen.add(metBody(basis, "body {}", "{}".getBytes(), verplicht));
        gevallen.add(metBody(basis, "body []", "[]".getBytes(), true));
        gevallen.add(metBody(basis, "body null", "null".getBytes(), true));
        gevallen.add(metBody(basis, "lege body", new byte[0], true));
        gevallen.add(metBody(basis, "afgebroken JSON", "{\"naam\": ".getBytes(), true));
        gevallen.add(metBody(basis, "geen UTF-8", new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}'}, true));
        gevallen.add(metBody(basis, "diepe nesting", ("[".repeat(20_000) + "]".repeat(20_000)).getBytes(), true));
        gevallen.add(metBody(basis, "diep genest object", ("{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000)).getBytes(), true));
        gevallen.add(metBody(basis, "NUL in een veldnaam", "{\"\\u0000\":1}".getBytes(), true));
        gevallen.add(metBody(basis, "onbekend veld", bytes(((ObjectNode) geldig.deepCopy()).put("onbekendVeld", 1)), true));
        gevallen.add(metBody(basis, "grote body", bytes(((ObjectNode) geldig.deepCopy()).put("opvulling", "x".repeat(1_500_000))), true));
        // announced over the limit and not sent: the refusal must come from the header alone
        Map<String, String> teGroot = new LinkedHashMap<>(basis.headers());
        teGroot.put("Content-Length", String.valueOf(20L * 1024 * 1024));
        gevallen.add(new Geval("body boven de grens", basis.methode(), basis.doel(), teGroot, null, true));
        List<Veld> velden = new ArrayList<>();
        verzamel(operatie.body(), geldig, "", velden);
        for (Veld veld : velden) {
            for (Map.Entry<String, Verandering> mutatie : mutaties(veld.schema()).entrySet()) {
                JsonNode kopie = geldig.deepCopy();
                vervang(kopie, veld.pointer(), mutatie.getValue().nieuw());
                gevallen.add(metBody(basis, "body " + veld.pointer() + ": " + mutatie.getKey(), bytes(kopie),
                        mutatie.getValue().moetWeigeren()));
            }
        }
        return gevallen;
    }

    private record Veld(String pointer, Schema<?> schema) {
    }

    private record Verandering(UnaryOperator<JsonNode> nieuw, boolean moetWeigeren) {
    }

    private static void verzamel(Schema<?> schema, JsonNode waarde, String pointer, List<Veld> velden) {
        if (schema.getProperties() != null && waarde instanceof ObjectNode object) {
            schema.getProperties().forEach((naam, deel) -> {
                if (object.has(naam)) {
                    velden.add(new Veld(pointer + "/" + naam, deel));
                    verzamel(deel, object.get(naam), pointer + "/" + naam, velden);
                }
            });
        } else if (schema.getItems() != null && waarde instanceof ArrayNode lijst && !lijst.isEmpty()) {
            velden.add(new Veld(pointer + "/0", schema.getItems()));
            verzamel(schema.getItems(), lijst.get(0), pointer + "/0", velden);
        }
    }

    /** What a field of this schema can be broken into; each says whether the contract forbids the result. */
    private Map<String, Verandering> mutaties(Schema<?> schema) {
        Map<String, Verandering> mutaties = new LinkedHashMap<>();
        String type = ContractOperaties.type(schema);
        String formaat = schema.getFormat() == null ? "" : schema.getFormat();
        mutaties.put("null", new Verandering(oud -> KNOOP.nullNode(), false));
        mutaties.put("object", new Verandering(oud -> KNOOP.objectNode().put("a", 1), !type.equals("object")));
        switch (type) {
            case "string" -> {
                mutaties.put("getal", new Verandering(oud -> KNOOP.numberNode(12345), true));
                mutaties.put("boolean", new Verandering(oud -> KNOOP.booleanNode(true), true));
                mutaties.put("NUL", new Verandering(oud -> KNOOP.textNode(oud.asText() + "\u0000x"), true));
                mutaties.put("lege tekst", new Verandering(oud -> KNOOP.textNode(""), List.of("date", "date-time", "uuid").contains(formaat)
                        || schema.getEnum() != null || schema.getMinLength() != null && schema.getMinLength() > 0));
                mutaties.put("enorme tekst", new Verandering(oud -> KNOOP.textNode("é".repeat(100_000)),
                        schema.getMaxLength() != null || !formaat.isEmpty() || schema.getEnum() != null));
                mutaties.put("alleen spaties", new Verandering(oud -> KNOOP.textNode("   "), !formaat.isEmpty() || schema.getEnum() != null));
                mutaties.put("emoji en RTL", new Verandering(oud -> KNOOP.textNode("\uD83D\uDE00\u202Eabc"), !formaat.isEmpty() || schema.getEnum() != null));
                switch (formaat) {
                    case "date" -> {
                        mutaties.put("30 februari", new Verandering(oud -> KNOOP.textNode("2026-02-30"), true));
                        mutaties.put("maand 13", new Verandering(oud -> KNOOP.textNode("2026-13-01"), true));
                        mutaties.put("jaar 0", new Verandering(oud -> KNOOP.textNode("0000-01-01"), false));
                        mutaties.put("jaar 99999", new Verandering(oud -> KNOOP.textNode("+99999-01-01"), true));
                    }
                    case "date-time" -> {
                        mutaties.put("30 februari", new Verandering(oud -> KNOOP.textNode("2026-02-30T10:00:00Z"), true));
                        mutaties.put("uur 25", new Verandering(oud -> KNOOP.textNode("2026-03-16T25:00:00Z"), true));
                        mutaties.put("zonder zone", new Verandering(oud -> KNOOP.textNode("2026-03-16T10:00:00"), false));
                        mutaties.put("alleen datum", new Verandering(oud -> KNOOP.textNode("2026-03-16"), true));
                    }
                    case "uuid" -> {
                        mutaties.put("geen uuid", new Verandering(oud -> KNOOP.textNode("geen-uuid"), true));
                        mutaties.put("nul-uuid", new Verandering(oud -> KNOOP.textNode("00000000-0000-0000-0000-000000000000"), false));
                    }
                    default -> mutaties.put("onbekende enumwaarde", new Verandering(oud -> KNOOP.textNode("onbekend"),
                            schema.getEnum() != null || formaat.equals("email")));
                }
            }
            case "integer", "number" -> {
                boolean geheel = type.equals("integer");
                mutaties.put("tekst", new Verandering(oud -> KNOOP.textNode("7"), true));
                mutaties.put("7.9", new Verandering(oud -> KNOOP.numberNode(new BigDecimal("7.9")), geheel));
                mutaties.put("1e30", new Verandering(oud -> KNOOP.numberNode(new BigDecimal("1e30")), geheel || schema.getMaximum() != null));
                mutaties.put("buiten int64", new Verandering(oud -> KNOOP.numberNode(new BigDecimal("99999999999999999999")), true));
                mutaties.put("-1", new Verandering(oud -> KNOOP.numberNode(-1), schema.getMinimum() != null && schema.getMinimum().signum() >= 0));
                mutaties.put("boolean", new Verandering(oud -> KNOOP.booleanNode(true), true));
                if (schema.getMaximum() != null) {
                    mutaties.put("maximum + 1", new Verandering(oud -> KNOOP.numberNode(schema.getMaximum().add(BigDecimal.ONE)), true));
                }
            }
            case "boolean" -> {
                mutaties.put("tekst", new Verandering(oud -> KNOOP.textNode("true"), true));
                mutaties.put("getal", new Verandering(oud -> KNOOP.numberNode(1), true));
            }
            case "array" -> {
                mutaties.put("[null]", new Verandering(oud -> KNOOP.arrayNode().addNull(), true));
                mutaties.put("geneste lijst", new Verandering(oud -> KNOOP.arrayNode().add(KNOOP.arrayNode()), true));
                mutaties.put("tekst", new Verandering(oud -> KNOOP.textNode("x"), true));
                mutaties.put("7 keer hetzelfde", new Verandering(oud -> herhaald(oud, 7), Boolean.TRUE.equals(schema.getUniqueItems())));
                mutaties.put("10000 elementen", new Verandering(oud -> herhaald(oud, 10_000), schema.getMaxItems() != null
                        || Boolean.TRUE.equals(schema.getUniqueItems())));
            }
            default -> {
                mutaties.put("lijst", new Verandering(oud -> KNOOP.arrayNode(), true));
                mutaties.put("tekst", new Verandering(oud -> KNOOP.textNode("x"), true));
            }
        }
        // a random sample keeps the run short; the seed keeps it the same every run
        List<String> namen = new ArrayList<>(mutaties.keySet());
        Collections.shuffle(namen, toeval);
        Map<String, Verandering> gekozen = new LinkedHashMap<>();
        namen.stream().limit(7).forEach(naam -> gekozen.put(naam, mutaties.get(naam)));
        return gekozen;
    }

    private static JsonNode herhaald(JsonNode oud, int keer) {
        ArrayNode lijst = KNOOP.arrayNode();
        JsonNode element = oud.isArray() && !oud.isEmpty() ? oud.get(0) : KNOOP.textNode("x");
        for (int i = 0; i < keer; i++) {
            lijst.add(element.deepCopy());
        }
        return lijst;
    }

    private static void vervang(JsonNode wortel, String pointer, UnaryOperator<JsonNode> nieuw) {
        int laatste = pointer.lastIndexOf('/');
        JsonNode ouder = wortel.at(pointer.substring(0, laatste));
        String sleutel = pointer.substring(laatste + 1);
        if (ouder instanceof ObjectNode object) {
            object.set(sleutel, nieuw.apply(object.get(sleutel)));
        } else if (ouder instanceof ArrayNode lijst) {
            int index = Integer.parseInt(sleutel);
            lijst.set(index, nieuw.apply(lijst.get(index)));
        }
    }

    /** Transport refusals Vert.x or Quarkus would make before any of our code runs. */
    private List<Geval> transportgevallen() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", "application/json");
        List<Geval> gevallen = new ArrayList<>();
        gevallen.add(new Geval("URL van 9 KB", "GET", "/api/v1/kernen?zoek=" + "u".repeat(9_000), headers, null, true));
        gevallen.add(new Geval("URL van 40 KB", "GET", "/api/v1/kernen?zoek=" + "u".repeat(40_000), headers, null, true));
        gevallen.add(new Geval("URL van 200 KB", "GET", "/api/v1/kernen?zoek=" + "u".repeat(200_000), headers, null, true));
        Map<String, String> groot = new LinkedHashMap<>(headers);
        groot.put("X-Opvulling", "h".repeat(24_000));
        gevallen.add(new Geval("header van 24 KB", "GET", "/api/v1/kernen", groot, null, true));
        Map<String, String> enorm = new LinkedHashMap<>(headers);
        enorm.put("X-Opvulling", "h".repeat(70_000));
        gevallen.add(new Geval("header van 70 KB", "GET", "/api/v1/kernen", enorm, null, true));
        Map<String, String> veel = new LinkedHashMap<>(headers);
        for (int i = 0; i < 300; i++) {
            veel.put("X-Veel-" + i, "w".repeat(100));
        }
        gevallen.add(new Geval("300 headers", "GET", "/api/v1/kernen", veel, null, true));
        gevallen.add(new Geval("onbekend pad", "GET", "/api/v1/bestaat-niet", headers, null, true));
        gevallen.add(new Geval("pad met NUL", "GET", "/api/v1/kernen%00", headers, null, true));
        gevallen.add(new Geval("pad met kapotte codering", "GET", "/api/v1/kernen/%zz", headers, null, true));
        gevallen.add(new Geval("pad eindigt op %", "GET", "/api/v1/kernen%", headers, null, true));
        gevallen.add(new Geval("query eindigt op %", "GET", "/api/v1/kernen?zoek=a%", headers, null, true));
        gevallen.add(new Geval("kapotte codering in een parameternaam", "GET", "/api/v1/kernen?%zz=1", headers, null, true));
        gevallen.add(new Geval("ongecodeerd teken", "GET", "/api/v1/kernen?zoek=a|b", headers, null, true));
        gevallen.add(new Geval("onbekende methode", "BREW", "/api/v1/kernen", headers, null, true));
        gevallen.add(new Geval("TRACE", "TRACE", "/api/v1/kernen", headers, null, true));
        return gevallen;
    }

    private void controleer(Operatie operatie, Geval geval) {
        RuweHttp.Antwoord antwoord = stuur(geval);
        perStatus.merge(String.valueOf(antwoord.status()), 1, Integer::sum);
        String wie = (operatie == null ? "transport" : operatie.id()) + " [" + geval.klasse() + "] " + antwoord.status();
        List<String> gebroken = new ArrayList<>();
        if (antwoord.status() >= 500) {
            gebroken.add("5xx");
        }
        String type = antwoord.header("content-type");
        if (antwoord.status() >= 400 && (type == null || !type.startsWith("application/problem+json"))) {
            gebroken.add("geen problem+json maar " + type);
        }
        TreeSet<String> ontbrekend = new TreeSet<>();
        BEVEILIGINGSHEADERS.stream().filter(h -> antwoord.header(h) == null).forEach(ontbrekend::add);
        if (!ontbrekend.isEmpty()) {
            gebroken.add("zonder " + ontbrekend);
        }
        if (geval.moetWeigeren() && antwoord.status() < 400) {
            gebroken.add("aanvaard wat het contract verbiedt");
        }
        if (operatie != null && !operatie.antwoorden().contains(String.valueOf(antwoord.status()))
                && !geval.methode().equals("OPTIONS")) {
            gebroken.add("status staat niet in het contract");
        }
        if (!gebroken.isEmpty()) {
            fouten.putIfAbsent(wie, String.join("; ", gebroken) + " " + RuweHttp.afgekort(antwoord.body()));
        }
    }

    private RuweHttp.Antwoord stuur(Geval geval) {
        verzoeken++;
        Map<String, String> headers = new LinkedHashMap<>(geval.headers());
        headers.replaceAll((naam, waarde) -> NIEUWE_SLEUTEL.equals(waarde) ? UUID.randomUUID().toString() : waarde);
        return http.stuur(geval.methode(), geval.doel(), headers, geval.body());
    }

    private static Geval metHeader(Geval basis, String klasse, String naam, String waarde, boolean moetWeigeren) {
        Map<String, String> headers = new LinkedHashMap<>(basis.headers());
        if (waarde == null) {
            headers.remove(naam);
        } else {
            headers.put(naam, waarde);
        }
        return new Geval(klasse, basis.methode(), basis.doel(), headers, basis.body(), moetWeigeren);
    }

    private static Geval metBody(Geval basis, String klasse, byte[] body, boolean moetWeigeren) {
        return new Geval(klasse, basis.methode(), basis.doel(), basis.headers(), body, moetWeigeren);
    }

    private static String query(String doel) {
        int vraagteken = doel.indexOf('?');
        return vraagteken < 0 ? "" : doel.substring(vraagteken);
    }

    private static byte[] bytes(JsonNode json) {
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static JsonNode leesJson(String tekst) {
        try {
            return ContractOperaties.JSON.readTree(tekst);
        } catch (Exception e) {
            return null;
        }
    }
}
