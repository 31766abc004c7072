package nl.kernpunt.bootstrap.zaaksysteem;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Join for the tests: a WireMock server whose one transformer keeps zaken, statussen, rollen and
 * resultaten in memory and enforces the rules a real Zaken API would (unique identificatie per
 * bronorganisatie, a resultaat before the final status, anpIdentificatie or inpBsn on a person's rol,
 * the CRS headers, a valid HS256 token signed with that API's own secret). Its answers carry the
 * fields the standard requires, so Prism can check them too. The state outlives the server, so the
 * server can be taken down (connection refused) and brought back on the same port.
 */
public final class NepJoin implements ResponseDefinitionTransformerV2 {

    static final String ZAKEN_GEHEIM = "zaken-geheim-voor-de-test-0123456789";
    static final String CATALOGI_GEHEIM = "catalogi-geheim-voor-de-test-98765";
    static final String CATALOGUS = "https://catalogi.example.nl/catalogi/api/v1";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory KNOOP = JsonNodeFactory.instance;

    private int poort;
    private final Set<String> eindStatustypen;
    private WireMockServer server;

    /** The base URL written into resource URLs: where the service reaches Join (Prism's port when proxied). */
    private volatile String basis;

    private final Map<String, ObjectNode> zaken = new LinkedHashMap<>();
    private final Map<String, ObjectNode> statussen = new LinkedHashMap<>();
    private final Map<String, ObjectNode> rollen = new LinkedHashMap<>();
    private final Map<String, ObjectNode> resultaten = new LinkedHashMap<>();
    private final Map<String, AtomicInteger> schrijfacties = new HashMap<>();
    private final Map<String, Integer> schrijfactiesPerClient = new HashMap<>();

    private final AtomicInteger storingen = new AtomicInteger();
    private final AtomicInteger weigeringenTeGaan = new AtomicInteger();
    private final AtomicLong vertragingVolgendeAanmaakMs = new AtomicLong();
    private final AtomicInteger ontvangenVerzoeken = new AtomicInteger();
    private final List<String> weigeringen = new ArrayList<>();

    public NepJoin(int poort, Set<String> eindStatustypen) {
        this.poort = poort;
        this.eindStatustypen = eindStatustypen;
    }

    /** Starts (again) on the port; the zaken stay. */
    public synchronized void zetAan() {
        server = new WireMockServer(options().port(poort).extensions(this));
        server.start();
        poort = server.port();
        server.stubFor(any(anyUrl()).willReturn(ok()));
        if (basis == null) {
            basis = "http://127.0.0.1:" + server.port();
        }
    }

    /** Join goes down: the port refuses connections. */
    synchronized void plat() {
        server.stop();
    }

    int poort() {
        return server.port();
    }

    void basis(String basis) {
        this.basis = basis;
    }

    public String basis() {
        return basis;
    }

    String catalogiBasis() {
        return "http://127.0.0.1:" + server.port() + "/catalogi";
    }

    public void sluit() {
        server.stop();
    }

    /** The next {@code aantal} requests are refused with 400, as an invalid request would be. */
    public void weiger(int aantal) {
        weigeringenTeGaan.set(aantal);
    }

    /** The next {@code aantal} requests answer 503. */
    public void storing(int aantal) {
        storingen.set(aantal);
    }

    /** The next zaak is created, but its answer comes only after {@code millis}. */
    void vertraagVolgendeAanmaak(long millis) {
        vertragingVolgendeAanmaakMs.set(millis);
    }

    public synchronized int schrijfacties(String soort) {
        return schrijfacties.getOrDefault(soort, new AtomicInteger()).get();
    }

    public synchronized Map<String, Integer> alleSchrijfacties() {
        Map<String, Integer> kopie = new HashMap<>();
        schrijfacties.forEach((k, v) -> kopie.put(k, v.get()));
        return kopie;
    }

    /** Accepted writes per {@code client_id} of the Zaken token: who sent what, when several instances run. */
    public synchronized Map<String, Integer> schrijfactiesPerClient() {
        return Map.copyOf(schrijfactiesPerClient);
    }

    public synchronized List<String> weigeringen() {
        return List.copyOf(weigeringen);
    }

    int ontvangenVerzoeken() {
        return ontvangenVerzoeken.get();
    }

    public synchronized ObjectNode zaak(String identificatie) {
        return zaken.values().stream().filter(z -> identificatie.equals(z.path("identificatie").asText()))
                .findFirst().orElse(null);
    }

    /** The statustypen of the zaak's statussen, oldest first. */
    public synchronized List<String> statustypen(String identificatie) {
        ObjectNode zaak = zaak(identificatie);
        if (zaak == null) {
            return List.of();
        }
        return statussen.values().stream().filter(s -> s.path("zaak").asText().equals(zaak.path("url").asText()))
                .map(s -> s.path("statustype").asText()).toList();
    }

    public synchronized List<ObjectNode> rollenVan(String identificatie) {
        ObjectNode zaak = zaak(identificatie);
        return rollen.values().stream().filter(r -> zaak != null && r.path("zaak").asText().equals(zaak.path("url").asText()))
                .toList();
    }

    public synchronized List<ObjectNode> resultatenVan(String identificatie) {
        ObjectNode zaak = zaak(identificatie);
        return resultaten.values().stream().filter(r -> zaak != null && r.path("zaak").asText().equals(zaak.path("url").asText()))
                .toList();
    }

    /** The zaak disappears from Join with everything under it (a restore from an old backup, say). */
    public synchronized void vergeet(String identificatie) {
        ObjectNode zaak = zaak(identificatie);
        String url = zaak.path("url").asText();
        zaken.remove(url);
        for (Map<String, ObjectNode> onder : List.of(statussen, rollen, resultaten)) {
            onder.values().removeIf(r -> r.path("zaak").asText().equals(url));
        }
    }

    /** A status set in Join by a person, as the notification sender would then announce it; returns its URL. */
    public synchronized String zetStatusInJoin(String identificatie, String statustype, String toelichting) {
        ObjectNode zaak = zaak(identificatie);
        ObjectNode status = KNOOP.objectNode();
        status.put("zaak", zaak.path("url").asText());
        status.put("statustype", statustype);
        status.put("datumStatusGezet", OffsetDateTime.now(ZoneOffset.UTC).toString());
        if (toelichting != null) {
            status.put("statustoelichting", toelichting);
        }
        return voegStatusToe(status).path("url").asText();
    }

    @Override
    public String getName() {
        return "nep-join";
    }

    @Override
    public ResponseDefinition transform(ServeEvent gebeurtenis) {
        ontvangenVerzoeken.incrementAndGet();
        Request verzoek = gebeurtenis.getRequest();
        if (storingen.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            return antwoord(503, fout("storing", "tijdelijk niet beschikbaar", 503));
        }
        if (weigeringenTeGaan.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            return ongeldig("nonFieldErrors", "invalid");
        }
        URI uri = URI.create(verzoek.getUrl());
        String pad = uri.getPath();
        Map<String, String> query = query(uri.getRawQuery());
        String methode = verzoek.getMethod().getName();
        if (pad.startsWith("/catalogi/")) {
            if (claims(verzoek, CATALOGI_GEHEIM) == null) {
                return antwoord(403, fout("permission_denied", "token ongeldig voor de Catalogi API", 403));
            }
            return catalogi(pad);
        }
        JsonNode claims = claims(verzoek, ZAKEN_GEHEIM);
        if (claims == null) {
            return antwoord(403, fout("permission_denied", "token ongeldig voor de Zaken API", 403));
        }
        if (!"EPSG:4326".equals(verzoek.getHeader("Accept-Crs")) || !"EPSG:4326".equals(verzoek.getHeader("Content-Crs"))) {
            return antwoord(412, fout("missing-crs-headers", "Accept-Crs en Content-Crs zijn verplicht", 412));
        }
        try {
            synchronized (this) {
                ResponseDefinition uit = zaken(methode, pad, query, verzoek.getBodyAsString());
                if (uit.getStatus() == 201) {
                    schrijfactiesPerClient.merge(claims.path("client_id").asText(), 1, Integer::sum);
                }
                return uit;
            }
        } catch (Exception e) {
            return antwoord(500, fout("fout", String.valueOf(e), 500));
        }
    }

    private ResponseDefinition zaken(String methode, String pad, Map<String, String> query, String inhoud) throws Exception {
        String[] delen = pad.substring(1).split("/");
        String bron = delen[0];
        if (delen.length == 2 && methode.equals("GET")) {
            ObjectNode gevonden = opslag(bron).get(basis + "/" + bron + "/" + delen[1]);
            return gevonden == null ? antwoord(404, fout("not_found", "niet gevonden", 404)) : antwoord(200, gevonden);
        }
        if (methode.equals("GET")) {
            return antwoord(200, pagina(opslag(bron).values().stream().filter(filter(bron, query)).toList()));
        }
        if (!methode.equals("POST")) {
            return antwoord(405, fout("method_not_allowed", methode, 405));
        }
        ObjectNode nieuw = (ObjectNode) JSON.readTree(inhoud);
        return switch (bron) {
            case "zaken" -> maakZaak(nieuw);
            case "statussen" -> maakStatus(nieuw);
            case "rollen" -> maakRol(nieuw);
            case "resultaten" -> maakResultaat(nieuw);
            default -> antwoord(404, fout("not_found", pad, 404));
        };
    }

    private ResponseDefinition maakZaak(ObjectNode zaak) {
        String identificatie = zaak.path("identificatie").asText();
        boolean bestaat = zaken.values().stream().anyMatch(z -> z.path("identificatie").asText().equals(identificatie)
                && z.path("bronorganisatie").asText().equals(zaak.path("bronorganisatie").asText()));
        if (bestaat) {
            return weiger("identificatie", "identificatie-niet-uniek", "zaken");
        }
        vul(zaak, "zaken");
        zaak.put("registratiedatum", zaak.path("startdatum").asText());
        zaak.putNull("einddatum");
        zaak.putNull("status");
        zaak.putNull("resultaat");
        zaak.put("betalingsindicatieWeergave", "");
        for (String lijst : List.of("deelzaken", "eigenschappen", "rollen", "zaakinformatieobjecten", "zaakobjecten")) {
            zaak.putArray(lijst);
        }
        zaken.put(zaak.path("url").asText(), zaak);
        telSchrijfactie("zaken");
        long vertraging = vertragingVolgendeAanmaakMs.getAndSet(0);
        return ResponseDefinitionBuilder.like(antwoord(201, zaak)).withFixedDelay((int) vertraging).build();
    }

    private ResponseDefinition maakStatus(ObjectNode status) {
        ObjectNode zaak = zaken.get(status.path("zaak").asText());
        if (zaak == null) {
            return weiger("zaak", "does_not_exist", "statussen");
        }
        if (eindStatustypen.contains(status.path("statustype").asText()) && zaak.path("resultaat").isNull()) {
            return weiger("nonFieldErrors", "resultaat-does-not-exist", "statussen");
        }
        telSchrijfactie("statussen");
        return antwoord(201, voegStatusToe(status));
    }

    private ObjectNode voegStatusToe(ObjectNode status) {
        vul(status, "statussen");
        status.putArray("zaakinformatieobjecten");
        statussen.values().stream().filter(s -> s.path("zaak").asText().equals(status.path("zaak").asText()))
                .forEach(s -> s.put("indicatieLaatstGezetteStatus", false));
        status.put("indicatieLaatstGezetteStatus", true);
        statussen.put(status.path("url").asText(), status);
        ObjectNode zaak = zaken.get(status.path("zaak").asText());
        zaak.put("status", status.path("url").asText());
        if (eindStatustypen.contains(status.path("statustype").asText())) {
            zaak.put("einddatum", status.path("datumStatusGezet").asText().substring(0, 10));
        }
        return status;
    }

    private ResponseDefinition maakRol(ObjectNode rol) {
        JsonNode persoon = rol.path("betrokkeneIdentificatie");
        // Join is reported to refuse a person without inpBsn or anpIdentificatie
        if (persoon.path("anpIdentificatie").asText("").isEmpty() && persoon.path("inpBsn").asText("").isEmpty()) {
            return weiger("betrokkeneIdentificatie", "identificatie-ontbreekt", "rollen");
        }
        if (!persoon.path("inpBsn").asText("").isEmpty()) {
            weigeringen.add("rollen: een BSN ontvangen");
        }
        vul(rol, "rollen");
        rol.put("omschrijving", "Initiatiefnemer");
        rol.put("omschrijvingGeneriek", "initiator");
        rol.put("registratiedatum", OffsetDateTime.now(ZoneOffset.UTC).toString());
        rol.putArray("statussen");
        rollen.put(rol.path("url").asText(), rol);
        telSchrijfactie("rollen");
        return antwoord(201, rol);
    }

    private ResponseDefinition maakResultaat(ObjectNode resultaat) {
        ObjectNode zaak = zaken.get(resultaat.path("zaak").asText());
        if (zaak == null) {
            return weiger("zaak", "does_not_exist", "resultaten");
        }
        if (!zaak.path("resultaat").isNull()) {
            return weiger("zaak", "unique", "resultaten");
        }
        vul(resultaat, "resultaten");
        resultaten.put(resultaat.path("url").asText(), resultaat);
        zaak.put("resultaat", resultaat.path("url").asText());
        telSchrijfactie("resultaten");
        return antwoord(201, resultaat);
    }

    private ResponseDefinition catalogi(String pad) {
        String uuid = pad.substring(pad.lastIndexOf('/') + 1);
        ObjectNode statustype = KNOOP.objectNode();
        statustype.put("url", catalogiBasis() + "/statustypen/" + uuid);
        statustype.put("omschrijving", "Statustype " + uuid);
        return antwoord(200, statustype);
    }

    private Predicate<ObjectNode> filter(String bron, Map<String, String> query) {
        return rij -> query.entrySet().stream()
                .filter(e -> !e.getKey().equals("page"))
                .allMatch(e -> e.getValue().equals(rij.path(e.getKey()).asText()));
    }

    private Map<String, ObjectNode> opslag(String bron) {
        return switch (bron) {
            case "zaken" -> zaken;
            case "statussen" -> statussen;
            case "rollen" -> rollen;
            case "resultaten" -> resultaten;
            default -> new HashMap<>();
        };
    }

    private void vul(ObjectNode rij, String bron) {
        String uuid = UUID.randomUUID().toString();
        rij.put("url", basis + "/" + bron + "/" + uuid);
        rij.put("uuid", uuid);
    }

    private void telSchrijfactie(String soort) {
        schrijfacties.computeIfAbsent(soort, s -> new AtomicInteger()).incrementAndGet();
    }

    /** A refusal the service caused: recorded, as the tests expect none. */
    private ResponseDefinition weiger(String veld, String code, String soort) {
        weigeringen.add(soort + ": " + code);
        return ongeldig(veld, code);
    }

    private static ResponseDefinition ongeldig(String veld, String code) {
        ObjectNode fout = fout("invalid", "Invalid input.", 400);
        ObjectNode param = fout.putArray("invalidParams").addObject();
        param.put("name", veld);
        param.put("code", code);
        param.put("reason", code);
        return antwoord(400, fout);
    }

    private static ObjectNode pagina(List<ObjectNode> rijen) {
        ObjectNode pagina = KNOOP.objectNode();
        pagina.put("count", rijen.size());
        pagina.putNull("next");
        pagina.putNull("previous");
        ArrayNode resultaten = pagina.putArray("results");
        rijen.forEach(resultaten::add);
        return pagina;
    }

    private static ObjectNode fout(String code, String titel, int status) {
        ObjectNode fout = KNOOP.objectNode();
        fout.put("type", "about:blank");
        fout.put("code", code);
        fout.put("title", titel);
        fout.put("status", status);
        fout.put("detail", titel);
        fout.put("instance", "urn:uuid:" + UUID.randomUUID());
        return fout;
    }

    private static ResponseDefinition antwoord(int status, JsonNode inhoud) {
        return ResponseDefinitionBuilder.responseDefinition()
                .withStatus(status)
                .withHeader("Content-Type", status >= 400 ? "application/problem+json" : "application/json")
                .withHeader("Content-Crs", "EPSG:4326")
                .withHeader("API-version", "1.5.1")
                .withBody(inhoud.toString())
                .build();
    }

    private static Map<String, String> query(String ruw) {
        Map<String, String> uit = new LinkedHashMap<>();
        if (ruw != null) {
            for (String deel : ruw.split("&")) {
                int is = deel.indexOf('=');
                if (is > 0) {
                    uit.put(URLDecoder.decode(deel.substring(0, is), StandardCharsets.UTF_8),
                            URLDecoder.decode(deel.substring(is + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return uit;
    }

    /** The token's claims when it is HS256 over the API's own secret with the claims ZGW asks for; else null. */
    private static JsonNode claims(Request verzoek, String geheim) {
        String kop = verzoek.getHeader("Authorization");
        if (kop == null || !kop.startsWith("Bearer ")) {
            return null;
        }
        String[] delen = kop.substring(7).split("\\.");
        if (delen.length != 3) {
            return null;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(geheim.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String handtekening = Base64.getUrlEncoder().withoutPadding().encodeToString(
                    mac.doFinal((delen[0] + "." + delen[1]).getBytes(StandardCharsets.UTF_8)));
            JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(delen[1]));
            boolean geldig = handtekening.equals(delen[2]) && claims.hasNonNull("iss") && claims.hasNonNull("iat")
                    && claims.hasNonNull("client_id") && claims.hasNonNull("user_id")
                    && claims.hasNonNull("user_representation");
            return geldig ? claims : null;
        } catch (Exception e) {
            return null;
        }
    }
}
