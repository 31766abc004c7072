package nl.kernpunt.bootstrap.api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import nl.kernpunt.bootstrap.testsupport.PostgresTestResource;
import org.junit.jupiter.api.Test;

/**
 * Delta sync on every staff list (docs/adr/0019): the same rules, ordering and keyset cursor on
 * each, walked with the list's own change operation.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class DeltaSyncApiTest extends ApiTestBasis {

    private static final String INITIATIEVEN = "/api/v1/initiatieven";
    private static final LocalDate VANDAAG = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

    @Test
    void vragen() {
        String gemeente = nieuweGemeente();
        String kern = nieuweKern(gemeente, "Zoelen");
        String pad = "/api/v1/vragen";
        eenWijzigingNaTKomtMeeEnNietsErvoor(gemeente, pad,
                () -> als(gemeente, "medewerker").body(Map.of("kern", kern, "onderwerp", "Losse stoeptegel",
                                "tekst", "Voor het dorpshuis ligt een tegel los.", "vrager", Map.of("naam", "Mevrouw Van Rijn")))
                        .post(pad).then().statusCode(201).extract().path("id"),
                id -> als(gemeente, "kernambtenaar").header("If-Match", etag(gemeente, pad, id))
                        .body(Map.of("actie", "doorzetten", "behandelaar", Map.of("naam", "Team Openbare Ruimte")))
                        .post(pad + "/" + id + "/statusovergangen").then().statusCode(200));
    }

    @Test
    void bijeenkomsten() {
        String gemeente = nieuweGemeente();
        String kern = nieuweKern(gemeente, "Maurik");
        String pad = "/api/v1/bijeenkomsten";
        eenWijzigingNaTKomtMeeEnNietsErvoor(gemeente, pad,
                () -> als(gemeente, "medewerker").body(Map.of("titel", "Bewonersavond dorpshuis", "soort", "online-koffiemoment",
                                "datum", VANDAAG.minusDays(1).toString(), "kernen", List.of(kern), "aantalDeelnemers", 12))
                        .post(pad).then().statusCode(201).extract().path("id"),
                id -> als(gemeente, "medewerker").header("If-Match", etag(gemeente, pad, id))
                        .body(Map.of("datum", VANDAAG.toString(), "wijze", "brief", "samenvatting", "Het dorpshuis blijft open"))
                        .put(pad + "/" + id + "/terugkoppeling").then().statusCode(200));
    }

    @Test
    void indicatoren() {
        String gemeente = nieuweGemeente();
        String pad = "/api/v1/indicatoren";
        int[] volgnummer = {0};
        eenWijzigingNaTKomtMeeEnNietsErvoor(gemeente, pad,
                () -> als(gemeente, "beheerder").body(Map.of("naam", "Waardering " + ++volgnummer[0], "eenheid", "rapportcijfer",
                                "bron", "Burgerpeiling", "nulmeting", Map.of("waarde", 6.0, "jaar", 2019)))
                        .post(pad).then().statusCode(201).extract().path("id"),
                id -> als(gemeente, "medewerker").body(Map.of("peildatum", "2025-10-01", "waarde", 6.4))
                        .post(pad + "/" + id + "/metingen").then().statusCode(200));
    }

    @Test
    void subsidieaanvragen() {
        String gemeente = nieuweGemeente();
        String initiatief = initiatief(gemeente);
        String pad = "/api/v1/subsidies/aanvragen";
        eenWijzigingNaTKomtMeeEnNietsErvoor(gemeente, pad,
                () -> als(gemeente, "medewerker").body(Map.of("initiatiefId", initiatief, "regeling", "leefbaarheidsbudget",
                                "omschrijving", "Materiaal voor de speeltuin.", "begroting", List.of(Map.of(
                                        "omschrijving", "Verf", "categorie", "materiaal", "bedrag", "100.00"))))
                        .post(pad).then().statusCode(201).extract().path("id"),
                id -> als(gemeente, "kernambtenaar").header("If-Match", etag(gemeente, pad, id))
                        .body(Map.of("motivering", "Past niet in de regeling."))
                        .post(pad + "/" + id + "/afwijzing").then().statusCode(200));
        als(gemeente, "medewerker").get(pad).then().statusCode(400)
                .body("invalidParams[0].name", equalTo("initiatiefId"));
        als(gemeente, "medewerker").queryParam("initiatiefId", initiatief).queryParam("pageSize", 2).get(pad)
                .then().statusCode(200).body("resultaten.size()", equalTo(2)).body("volgendeCursor", notNullValue());
    }

    /** Agreements are part of their initiative: making or settling one moves the initiative's change moment. */
    @Test
    void afspraken_via_hun_initiatief() {
        String gemeente = nieuweGemeente();
        String kern = nieuweKern(gemeente, "Eck en Wiel");
        eenWijzigingNaTKomtMeeEnNietsErvoor(gemeente, INITIATIEVEN,
                () -> initiatief(gemeente, kern),
                id -> als(gemeente, "medewerker").header("If-Match", etag(gemeente, INITIATIEVEN, id))
                        .body(Map.of("wat", "Borden plaatsen", "door", "gemeente", "verantwoordelijke", "Fatima Amrani",
                                "deadline", "2099-01-31"))
                        .post(INITIATIEVEN + "/" + id + "/afspraken").then().statusCode(200));
    }

    /**
     * Two items exist before T and one is changed after it, then a third is made: updatedSince=T
     * lists the changed and the new one in change order and not the untouched one; the bound is
     * inclusive; pages of one continue after the cursor's position, so an item changed while a
     * client pages comes again at the end instead of being missed; a cursor of another filter is refused.
     */
    private void eenWijzigingNaTKomtMeeEnNietsErvoor(String gemeente, String pad, Supplier<String> maak,
                                                     Consumer<String> wijzig) {
        String gewijzigd = maak.get();
        String onaangeroerd = maak.get();
        Instant t = gewijzigdOp(gemeente, pad, onaangeroerd).plusMillis(1);
        wachtTot(t);
        wijzig.accept(gewijzigd);
        String nieuw = maak.get();

        lijst(gemeente, pad, t.toString(), null, null).then().statusCode(200)
                .body("resultaten.id", contains(gewijzigd, nieuw)).body("volgendeCursor", nullValue());
        lijst(gemeente, pad, gewijzigdOp(gemeente, pad, gewijzigd).toString(), null, null).then().statusCode(200)
                .body("resultaten.id", hasItem(gewijzigd));

        Response eerste = lijst(gemeente, pad, t.toString(), null, 1);
        eerste.then().statusCode(200).body("resultaten.id", contains(gewijzigd)).body("volgendeCursor", notNullValue());
        String cursor = eerste.path("volgendeCursor");
        wijzig.accept(onaangeroerd);
        lijst(gemeente, pad, t.toString(), cursor, 10).then().statusCode(200)
                .body("resultaten.id", contains(nieuw, onaangeroerd));
        lijst(gemeente, pad, t.minusSeconds(1).toString(), cursor, 10).then().statusCode(400)
                .body("code", equalTo("ongeldige-cursor"));
    }

    private Response lijst(String gemeente, String pad, String sinds, String cursor, Integer pageSize) {
        var verzoek = als(gemeente, "medewerker").queryParam("updatedSince", sinds);
        if (cursor != null) {
            verzoek.queryParam("cursor", cursor);
        }
        if (pageSize != null) {
            verzoek.queryParam("pageSize", pageSize);
        }
        return verzoek.get(pad);
    }

    private Instant gewijzigdOp(String gemeente, String pad, String id) {
        return Instant.parse(als(gemeente, "medewerker").get(pad + "/" + id).then().statusCode(200)
                .extract().path("gewijzigdOp"));
    }

    private String etag(String gemeente, String pad, String id) {
        return als(gemeente, "medewerker").get(pad + "/" + id).then().statusCode(200).extract().header("ETag");
    }

    /** The service stamps changes with the same machine clock; a change after this returns is after {@code t}. */
    private static void wachtTot(Instant t) {
        while (!Instant.now().isAfter(t)) {
            Thread.onSpinWait();
        }
    }

    private String initiatief(String gemeente) {
        return initiatief(gemeente, nieuweKern(gemeente, "Ravenswaaij"));
    }

    private String initiatief(String gemeente, String kern) {
        return als(gemeente, "medewerker").body(InitiatievenApiTest.initiatiefNieuw(kern, "Speeltuin opknappen"))
                .post(INITIATIEVEN).then().statusCode(201).extract().path("id");
    }
}
