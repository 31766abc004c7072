package nl.kernpunt.bootstrap.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import nl.kernpunt.bootstrap.testsupport.PostgresTestResource;
import nl.kernpunt.bootstrap.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * Every monitoring figure, in JSON and in CSV, equals a count this test makes itself from the
 * kernen, initiatives, agreements, trajecten, questions, meetings, kernagendas and grants it
 * created through the API in a fresh gemeente.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class MonitoringApiTest extends ApiTestBasis {

    static final String MONITORING = "/api/v1/monitoring";
    private static final String INITIATIEVEN = "/api/v1/initiatieven";
    private static final String TRAJECTEN = "/api/v1/participatietrajecten";
    private static final String VRAGEN = "/api/v1/vragen";
    private static final String BIJEENKOMSTEN = "/api/v1/bijeenkomsten";
    private static final String AANVRAGEN = "/api/v1/subsidies/aanvragen";
    /** Every gemeente's default schemes (docs/adr/0008): a cap per kern per year, a fixed amount, a cap per year. */
    private static final List<String> REGELINGEN = List.of("leefbaarheidsbudget", "straatbijeenkomst",
            "bijzondere-initiatieven");
    private static final BigDecimal PLAFOND_PER_KERN = new BigDecimal("2000.00");
    private static final BigDecimal PLAFOND_GEMEENTE = new BigDecimal("5000.00");
    /** Amounts in JSON are exact decimals; read them so, not as floats. */
    private static final JsonPathConfig EXACT = JsonPathConfig.jsonPathConfig()
            .numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL);
    private static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");
    /** The fresh gemeente's terms: answer in 7 calendar days, feedback 14 days after a meeting. */
    private static final Duration ANTWOORDTERMIJN = Duration.ofDays(7);
    private static final int TERUGKOPPELTERMIJN = 14;
    private static final List<String> STATUSSEN = List.of("ingediend", "in-behandeling", "rol-bepaald", "in-uitvoering",
            "afgerond", "afgewezen", "ingetrokken");
    private static final List<String> ROLLEN = List.of("loslaten", "stimuleren", "faciliteren", "coproduceren");
    private static final List<String> NIVEAUS = List.of("informeren", "raadplegen", "adviseren", "coproduceren", "meebeslissen");

    private record Initiatief(String kern, String status, String rol) {
    }

    private record Afspraak(String kern, LocalDate deadline, String status) {
    }

    private record Traject(List<String> kernen, LocalDate start, LocalDate eind, String niveau, boolean terugkoppeling,
                           boolean geevalueerd) {
    }

    private record Kern(String id, String naam, String gebied, boolean gearchiveerd, boolean kernambtenaar,
                        boolean kernagenda) {
    }

    /** {@code reactie}: the moment of the first procesantwoord or answer, null without one. */
    private record Vraag(String kern, Instant ontvangen, Instant reactie, boolean gesloten) {
    }

    private record Bijeenkomst(List<String> kernen, LocalDate datum, LocalDate terugkoppeling) {
    }

    private record Toekenning(String kern, String regeling, BigDecimal bedrag, boolean uitbetaald) {
    }

    /** What this test created, to count from. */
    private final List<Initiatief> initiatieven = new ArrayList<>();
    private final List<Afspraak> afspraken = new ArrayList<>();
    private final List<Traject> trajecten = new ArrayList<>();
    private final List<Kern> kernen = new ArrayList<>();
    private final List<Vraag> vragen = new ArrayList<>();
    private final List<Bijeenkomst> bijeenkomsten = new ArrayList<>();
    private final List<Toekenning> toekenningen = new ArrayList<>();

    private static LocalDate vandaag() {
        return LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    }

    private static LocalDate halfjaarBegin() {
        LocalDate vandaag = vandaag();
        return LocalDate.of(vandaag.getYear(), vandaag.getMonthValue() <= 6 ? 1 : 7, 1);
    }

    @Test
    void every_figure_in_json_and_csv_equals_an_independent_count_for_the_gemeente_and_for_one_kern() {
        String gemeente = vulGemeente();
        LocalDate van = halfjaarBegin();
        LocalDate tot = van.plusMonths(6);

        for (String kern : new String[] {null, kernen.get(0).id()}) {
            Map<String, String> verwacht = verwacht(gemeente, kern, van, tot);
            Response json = inKern(als(gemeente, "medewerker"), kern).get(MONITORING);
            json.then().statusCode(200).header("API-Version", "1.0.0").contentType(startsWith("application/json"));
            verwacht.forEach((sleutel, waarde) -> assertThat(uitJson(json, sleutel)).as(sleutel).isEqualTo(waarde));

            Response csv = inKern(als(gemeente, "kernambtenaar").accept("text/csv"), kern).get(MONITORING);
            csv.then().statusCode(200).contentType(startsWith("text/csv"));
            assertThat(uitCsv(csv.asString())).isEqualTo(verwacht);
        }
        assertThat(verwacht(gemeente, null, van, tot)).as("the demo of this test must not be trivial")
                .containsEntry("afspraken,nagekomen,", "1").containsEntry("afspraken,verlopen,", "1")
                .containsEntry("participatietrajecten,geevalueerd,", "1").containsEntry("kernen,metKernambtenaar,", "1")
                .containsEntry("kernen,metKernagenda,", "1")
                .containsEntry("vragen,binnenTermijn,", "1").containsEntry("vragen,teLaatBeantwoord,", "1")
                .containsEntry("vragen,openVerlopen,", "2")
                .containsEntry("bijeenkomsten,tijdigTeruggekoppeld,", "1")
                .containsEntry("bijeenkomsten,terugkoppelingVerlopen,", "1")
                .containsEntry("subsidies,perRegeling.percentageToegekend,leefbaarheidsbudget", "47.5");
    }

    private static RequestSpecification inKern(RequestSpecification verzoek, String kern) {
        return kern == null ? verzoek : verzoek.queryParam("kern", kern);
    }

    /** A fresh gemeente with three kernen (one archived, one without kernambtenaar) and the rest. */
    private String vulGemeente() {
        String gemeente = nieuweGemeente();
        String zoelen = nieuweKern(gemeente, "Zoelen");
        String ingen = als(gemeente, "beheerder").body(Map.of("naam", "Ingen", "uitrolfase", "starten")).post(KERNEN)
                .then().statusCode(201).extract().path("id");
        String erichem = nieuweKern(gemeente, "Erichem");
        kernagenda(gemeente, zoelen);
        kernagenda(gemeente, erichem);
        // a canvas without themes stores the kern's agenda row, but no agenda
        als(gemeente, "medewerker").header("If-Match", "\"0\"").body(Map.of("feiten", List.of()))
                .put(KERNEN + "/" + ingen + "/kerncanvas").then().statusCode(200);
        als(gemeente, "beheerder").header("If-Match", "\"0\"").post(KERNEN + "/" + erichem + "/archiveer")
                .then().statusCode(200);
        kernen.addAll(List.of(new Kern(zoelen, "Zoelen", "Maurik e.o.", false, true, true),
                new Kern(ingen, "Ingen", null, false, false, false), new Kern(erichem, "Erichem", "Maurik e.o.", true, true, true)));

        initiatief(gemeente, zoelen, List.of(), null);
        String metAfspraken = initiatief(gemeente, zoelen, List.of("in-behandeling"), "faciliteren");
        initiatief(gemeente, zoelen, List.of("in-behandeling", "rol-bepaald"), "coproduceren");
        initiatief(gemeente, ingen, List.of("afgewezen"), null);
        String ookAfspraken = initiatief(gemeente, ingen, List.of("in-behandeling"), null);
        initiatief(gemeente, ingen, List.of("in-behandeling", "ingetrokken"), "loslaten");

        LocalDate begin = halfjaarBegin();
        LocalDate einde = begin.plusMonths(6);
        afspraak(gemeente, metAfspraken, zoelen, begin.minusDays(1), "open");
        afspraak(gemeente, metAfspraken, zoelen, begin, "nagekomen");
        afspraak(gemeente, metAfspraken, zoelen, vandaag().minusDays(1), "open");
        afspraak(gemeente, ookAfspraken, ingen, vandaag(), "open");
        afspraak(gemeente, ookAfspraken, ingen, einde.minusDays(1), "niet-nagekomen");
        afspraak(gemeente, ookAfspraken, ingen, einde, "open");

        traject(gemeente, List.of(zoelen), begin.minusMonths(2), einde.minusDays(1), "adviseren", true);
        traject(gemeente, List.of(), null, null, "coproduceren", false);
        traject(gemeente, List.of(ingen), begin.minusMonths(3), begin.minusDays(1), "informeren", true);
        traject(gemeente, List.of(ingen), einde.minusDays(1), null, null, false);
        traject(gemeente, List.of(zoelen, ingen), einde, null, null, false);

        Instant nu = Instant.now();
        Instant weken = nu.minus(Duration.ofDays(20));
        Instant halfjaar = begin.atStartOfDay(NEDERLAND).toInstant();
        vraag(gemeente, zoelen, nu, "beantwoorden");
        vraag(gemeente, zoelen, weken, "procesantwoord");
        vraag(gemeente, zoelen, weken, null);
        vraag(gemeente, ingen, nu, null);
        vraag(gemeente, ingen, weken, "sluiten");
        vraag(gemeente, ingen, halfjaar, null);
        vraag(gemeente, zoelen, halfjaar.minusSeconds(1), null);

        LocalDate vandaag = vandaag();
        bijeenkomst(gemeente, List.of(zoelen), vandaag.minusDays(3), vandaag);
        bijeenkomst(gemeente, List.of(zoelen, ingen), vandaag.minusDays(TERUGKOPPELTERMIJN + 6), null);
        bijeenkomst(gemeente, List.of(ingen), vandaag.minusDays(TERUGKOPPELTERMIJN + 6), vandaag);
        bijeenkomst(gemeente, List.of(ingen), vandaag.minusDays(2), null);
        bijeenkomst(gemeente, List.of(zoelen), vandaag.plusDays(5), null);
        bijeenkomst(gemeente, List.of(zoelen), begin.minusDays(1), null);

        subsidie(gemeente, metAfspraken, zoelen, "leefbaarheidsbudget", "1500.00", true);
        subsidie(gemeente, ookAfspraken, ingen, "leefbaarheidsbudget", "400.00", false);
        subsidie(gemeente, metAfspraken, zoelen, "straatbijeenkomst", "100.00", false);
        return gemeente;
    }

    /** An application for exactly {@code bedrag}, granted in full (all criteria met) and maybe paid. */
    private void subsidie(String gemeente, String initiatief, String kern, String regeling, String bedrag,
                          boolean uitbetalen) {
        Map<String, Object> aanvraag = new HashMap<>(Map.of("initiatiefId", initiatief, "regeling", regeling,
                "omschrijving", "Materiaal en een middag samen klussen.",
                "begroting", List.of(Map.of("omschrijving", "Materiaal", "categorie", "materiaal", "bedrag", bedrag))));
        Map<String, Object> toekenning = new HashMap<>(Map.of("bedrag", bedrag));
        if (regeling.equals("straatbijeenkomst")) {
            aanvraag.put("bijeenkomst", Map.of("straatOfBuurt", "Dorpsstraat", "activiteit", "Buitenspeeldag",
                    "doelgroep", "kinderen", "datum", vandaag().getYear() + "-06-21", "openVoorAlleBewoners", true));
        } else {
            toekenning.put("criteria", List.of("effect-op-leefomgeving", "meerdere-bewoners", "draagvlak", "toegankelijk")
                    .stream().map(c -> Map.of("criterium", c, "voldoet", true, "toelichting", "besproken")).toList());
        }
        String id = als(gemeente, "medewerker").body(aanvraag).post(AANVRAGEN).then().statusCode(201).extract().path("id");
        als(gemeente, "kernambtenaar").header("If-Match", etag(AANVRAGEN, gemeente, id)).body(toekenning)
                .post(AANVRAGEN + "/" + id + "/toekenning").then().statusCode(200);
        if (uitbetalen) {
            als(gemeente, "kernambtenaar").header("If-Match", etag(AANVRAGEN, gemeente, id))
                    .post(AANVRAGEN + "/" + id + "/uitbetaling").then().statusCode(200);
        }
        toekenningen.add(new Toekenning(kern, regeling, new BigDecimal(bedrag), uitbetalen));
    }

    private void kernagenda(String gemeente, String kern) {
        als(gemeente, "kernambtenaar").header("If-Match", "\"0\"")
                .body(Map.of("themas", List.of(Map.of("titel", "Toekomst dorpshuis", "prioriteit", "hoog",
                        "eigenaar", "Dorpsraad", "status", "in-uitvoering", "koppelingen", List.of()))))
                .put(KERNEN + "/" + kern + "/kernagenda").then().statusCode(200);
    }

    /** {@code actie}: the one transition after receipt (a first reaction, or closing without one), or none. */
    private void vraag(String gemeente, String kern, Instant ontvangen, String actie) {
        String id = als(gemeente, "medewerker").body(Map.of("kern", kern, "onderwerp", "Afval naast de containers",
                        "tekst", "Bij de containers staat elke week afval.", "vrager", Map.of("naam", "Mevrouw Van Rijn"),
                        "ontvangenOp", ontvangen.toString()))
                .post(VRAGEN).then().statusCode(201).extract().path("id");
        if (actie != null) {
            Map<String, Object> body = new HashMap<>(Map.of("actie", actie, "toelichting", "we halen het extra op"));
            if (actie.equals("procesantwoord")) {
                body.put("verwachtAntwoordOp", vandaag().plusDays(7).toString());
                body.put("behandelaar", Map.of("naam", "Team Openbare Ruimte"));
            }
            als(gemeente, "kernambtenaar").header("If-Match", etag(VRAGEN, gemeente, id)).body(body)
                    .post(VRAGEN + "/" + id + "/statusovergangen").then().statusCode(200);
        }
        boolean gesloten = "sluiten".equals(actie);
        vragen.add(new Vraag(kern, ontvangen, actie == null || gesloten ? null : Instant.now(), gesloten));
    }

    private void bijeenkomst(String gemeente, List<String> kernenVanBijeenkomst, LocalDate datum, LocalDate terugkoppeling) {
        String id = als(gemeente, "medewerker").body(Map.of("titel", "Bewonersavond", "soort", "online-koffiemoment",
                        "datum", datum.toString(), "kernen", kernenVanBijeenkomst, "aantalDeelnemers", 30))
                .post(BIJEENKOMSTEN).then().statusCode(201).extract().path("id");
        if (terugkoppeling != null) {
            als(gemeente, "medewerker").header("If-Match", etag(BIJEENKOMSTEN, gemeente, id))
                    .body(Map.of("datum", terugkoppeling.toString(), "wijze", "brief aan de deelnemers",
                            "samenvatting", "Het dorpshuis blijft open"))
                    .put(BIJEENKOMSTEN + "/" + id + "/terugkoppeling").then().statusCode(200);
        }
        bijeenkomsten.add(new Bijeenkomst(kernenVanBijeenkomst, datum, terugkoppeling));
    }

    private String initiatief(String gemeente, String kern, List<String> overgangen, String rol) {
        String id = als(gemeente, "medewerker").body(Map.of("kern", kern, "titel", "Schone containerplek",
                        "omschrijving", "Bewoners willen het afval samen met Avri aanpakken.",
                        "vorm", Map.of("georganiseerd", false, "structureel", false, "rightToChallenge", false),
                        "ondersteuning", List.of("kennis"), "betrokkenen", List.of(Map.of("naam", "Jan de Boer"))))
                .post(INITIATIEVEN).then().statusCode(201).extract().path("id");
        if (rol != null) {
            als(gemeente, "kernambtenaar").header("If-Match", etag(INITIATIEVEN, gemeente, id))
                    .body(Map.of("rol", rol, "reden", "past bij de kernagenda")).put(INITIATIEVEN + "/" + id + "/rol")
                    .then().statusCode(200);
        }
        for (String naar : overgangen) {
            als(gemeente, "kernambtenaar").header("If-Match", etag(INITIATIEVEN, gemeente, id))
                    .body(Map.of("naar", naar, "reden", "besproken met de initiatiefnemers"))
                    .post(INITIATIEVEN + "/" + id + "/statusovergangen").then().statusCode(200);
        }
        initiatieven.add(new Initiatief(kern, overgangen.isEmpty() ? "ingediend" : overgangen.get(overgangen.size() - 1), rol));
        return id;
    }

    private void afspraak(String gemeente, String initiatief, String kern, LocalDate deadline, String status) {
        String pad = INITIATIEVEN + "/" + initiatief + "/afspraken";
        Response gemaakt = als(gemeente, "medewerker").header("If-Match", etag(INITIATIEVEN, gemeente, initiatief))
                .body(Map.of("wat", "Borden plaatsen", "door", "gemeente", "verantwoordelijke", "Fatima Amrani",
                        "deadline", deadline.toString()))
                .post(pad);
        gemaakt.then().statusCode(200);
        List<String> ids = gemaakt.path("afspraken.id");
        if (!status.equals("open")) {
            als(gemeente, "medewerker").header("If-Match", gemaakt.header("ETag"))
                    .body(Map.of("status", status, "reden", "Avri levert de borden later"))
                    .put(pad + "/" + ids.get(ids.size() - 1)).then().statusCode(200);
        }
        afspraken.add(new Afspraak(kern, deadline, status));
    }

    private void traject(String gemeente, List<String> kernenVanTraject, LocalDate start, LocalDate eind, String niveau,
                         boolean evaluatie) {
        Map<String, Object> gegevens = new HashMap<>();
        gegevens.put("onderwerp", "Herinrichting Steenweg");
        gegevens.put("gemeentebreed", kernenVanTraject.isEmpty());
        gegevens.put("kernen", kernenVanTraject);
        gegevens.put("eigenaar", Map.of("naam", "Lotte Bakker"));
        gegevens.put("groot", false);
        if (start != null) {
            gegevens.put("startDatum", start.toString());
        }
        if (eind != null) {
            gegevens.put("eindDatum", eind.toString());
        }
        String id = als(gemeente, "medewerker").body(gegevens).post(TRAJECTEN).then().statusCode(201).extract().path("id");
        if (niveau != null) {
            als(gemeente, "medewerker").header("If-Match", etag(TRAJECTEN, gemeente, id))
                    .body(Map.of("niveau", niveau, "gebruikUitkomst", "Het advies weegt zwaar"))
                    .put(TRAJECTEN + "/" + id + "/stappen/niveau").then().statusCode(200);
        }
        if (evaluatie) {
            als(gemeente, "medewerker").header("If-Match", etag(TRAJECTEN, gemeente, id))
                    .body(Map.of("terugkoppeling", "Brief aan alle deelnemers", "doelenBehaald", "Ja"))
                    .put(TRAJECTEN + "/" + id + "/stappen/evaluatie").then().statusCode(200);
        }
        trajecten.add(new Traject(kernenVanTraject, start, eind, niveau, evaluatie, evaluatie));
    }

    private String etag(String collectie, String gemeente, String id) {
        return als(gemeente, "medewerker").get(collectie + "/" + id).then().statusCode(200).extract().header("ETag");
    }

    /** Every figure, keyed "sectie,cijfer,kwalificatie" as in the CSV, counted from what this test created. */
    private Map<String, String> verwacht(String gemeente, String kern, LocalDate van, LocalDate tot) {
        Map<String, String> cijfers = new LinkedHashMap<>();
        cijfers.put("bereik,gemeente,", gemeente);
        cijfers.put("bereik,kern,", kern == null ? "" : kern);
        cijfers.put("bereik,van,", van.toString());
        cijfers.put("bereik,tot,", tot.toString());

        // all initiatives were submitted today, inside the current half year
        List<Initiatief> gestart = initiatieven.stream().filter(i -> kern == null || i.kern().equals(kern)).toList();
        cijfers.put("initiatieven,gestart,", tel(gestart, i -> true));
        STATUSSEN.forEach(s -> cijfers.put("initiatieven,perStatus," + s, tel(gestart, i -> i.status().equals(s))));
        ROLLEN.forEach(r -> cijfers.put("initiatieven,perRol," + r, tel(gestart, i -> r.equals(i.rol()))));
        cijfers.put("initiatieven,zonderRol,", tel(gestart, i -> i.rol() == null));

        List<Afspraak> afgesproken = afspraken.stream().filter(a -> kern == null || a.kern().equals(kern))
                .filter(a -> !a.deadline().isBefore(van) && a.deadline().isBefore(tot)).toList();
        cijfers.put("afspraken,totaal,", tel(afgesproken, a -> true));
        cijfers.put("afspraken,nagekomen,", tel(afgesproken, a -> a.status().equals("nagekomen")));
        cijfers.put("afspraken,nietNagekomen,", tel(afgesproken, a -> a.status().equals("niet-nagekomen")));
        cijfers.put("afspraken,verlopen,", tel(afgesproken, a -> a.status().equals("open") && a.deadline().isBefore(vandaag())));
        cijfers.put("afspraken,lopend,", tel(afgesproken, a -> a.status().equals("open") && !a.deadline().isBefore(vandaag())));

        List<Traject> liepen = trajecten.stream()
                .filter(t -> kern == null || t.kernen().isEmpty() || t.kernen().contains(kern))
                .filter(t -> Objects.requireNonNullElse(t.start(), vandaag()).isBefore(tot)
                        && (t.eind() == null || !t.eind().isBefore(van)))
                .toList();
        cijfers.put("participatietrajecten,totaal,", tel(liepen, t -> true));
        NIVEAUS.forEach(n -> cijfers.put("participatietrajecten,perNiveau," + n, tel(liepen, t -> n.equals(t.niveau()))));
        cijfers.put("participatietrajecten,zonderNiveau,", tel(liepen, t -> t.niveau() == null));
        cijfers.put("participatietrajecten,metTerugkoppeling,", tel(liepen, Traject::terugkoppeling));
        cijfers.put("participatietrajecten,geevalueerd,", tel(liepen, Traject::geevalueerd));
        // no marks were given at these evaluations, so no average and no target beside it (ADR 28)
        cijfers.put("participatietrajecten,rapportcijfers,", "0");
        cijfers.put("participatietrajecten,gemiddeldRapportcijfer,", "");
        cijfers.put("participatietrajecten,doelMinimaalRapportcijfer,", "");
        cijfers.put("participatietrajecten,rapportcijferGehaald,", "");

        List<Kern> actief = kernen.stream().filter(k -> !k.gearchiveerd() && (kern == null || k.id().equals(kern))).toList();
        cijfers.put("kernen,totaal,", tel(actief, k -> true));
        cijfers.put("kernen,metKernambtenaar,", tel(actief, Kern::kernambtenaar));
        cijfers.put("kernen,percentageMetKernambtenaar,", procent(actief, Kern::kernambtenaar));
        cijfers.put("kernen,metKernagenda,", tel(actief, Kern::kernagenda));
        cijfers.put("kernen,percentageMetKernagenda,", procent(actief, Kern::kernagenda));
        // the gemeente never set its own targets, so West Betuwe's stand next to the figures (ADR 24)
        cijfers.put("kernen,doelPercentageMetKernagenda,", actief.isEmpty() ? "" : "50.0");
        cijfers.put("kernen,metKernagendaGehaald,", gehaald(procent(actief, Kern::kernagenda), "50.0"));
        // no Leefbaarometer figures: every kern misses West Betuwe's 7 (ADR 28)
        cijfers.put("leefbaarometer,kernen,", tel(actief, k -> true));
        cijfers.put("leefbaarometer,kernenMetScore,", "0");
        cijfers.put("leefbaarometer,laagsteScore,", "");
        cijfers.put("leefbaarometer,doelMinimaleScore,", actief.isEmpty() ? "" : "7.0");
        cijfers.put("leefbaarometer,gehaald,", actief.isEmpty() ? "" : "false");
        actief.forEach(k -> {
            cijfers.put("leefbaarometer,perKern.score," + k.id() + " " + k.naam(), "");
            cijfers.put("leefbaarometer,perKern.onderDoel," + k.id() + " " + k.naam(), "true");
        });
        // no overlegtafel met in the kernen's one area
        List<String> gebieden = actief.stream().map(Kern::gebied).filter(Objects::nonNull).distinct().toList();
        cijfers.put("overlegtafels,gebieden,", String.valueOf(gebieden.size()));
        cijfers.put("overlegtafels,gebiedenMetOverlegtafel,", "0");
        cijfers.put("overlegtafels,percentageMetOverlegtafel,", gebieden.isEmpty() ? "" : "0.0");
        cijfers.put("overlegtafels,doelPercentageMetOverlegtafel,", gebieden.isEmpty() ? "" : "100.0");
        cijfers.put("overlegtafels,gehaald,", gebieden.isEmpty() ? "" : "false");
        gebieden.forEach(g -> cijfers.put("overlegtafels,perGebied.overlegtafel," + g, "false"));

        Instant begin = van.atStartOfDay(NEDERLAND).toInstant();
        Instant einde = tot.atStartOfDay(NEDERLAND).toInstant();
        Instant nu = Instant.now();
        List<Vraag> ontvangen = vragen.stream().filter(v -> kern == null || v.kern().equals(kern))
                .filter(v -> !v.ontvangen().isBefore(begin) && v.ontvangen().isBefore(einde)).toList();
        Predicate<Vraag> tijdig = v -> v.reactie() != null && !v.reactie().isAfter(v.ontvangen().plus(ANTWOORDTERMIJN));
        Predicate<Vraag> laat = v -> v.reactie() != null && v.reactie().isAfter(v.ontvangen().plus(ANTWOORDTERMIJN));
        Predicate<Vraag> openVerlopen = v -> v.reactie() == null && !v.gesloten()
                && v.ontvangen().plus(ANTWOORDTERMIJN).isBefore(nu);
        cijfers.put("vragen,ontvangen,", tel(ontvangen, v -> true));
        cijfers.put("vragen,binnenTermijn,", tel(ontvangen, tijdig));
        cijfers.put("vragen,percentageBinnenTermijn,", procent(ontvangen, tijdig));
        cijfers.put("vragen,teLaatBeantwoord,", tel(ontvangen, laat));
        cijfers.put("vragen,openVerlopen,", tel(ontvangen, openVerlopen));
        cijfers.put("vragen,overschreden,", tel(ontvangen, laat.or(openVerlopen)));

        List<Bijeenkomst> gehouden = bijeenkomsten.stream()
                .filter(b -> kern == null || b.kernen().contains(kern))
                .filter(b -> !b.datum().isBefore(van) && b.datum().isBefore(tot) && !b.datum().isAfter(vandaag()))
                .toList();
        Predicate<Bijeenkomst> tijdigTeruggekoppeld = b -> b.terugkoppeling() != null
                && !b.terugkoppeling().isAfter(b.datum().plusDays(TERUGKOPPELTERMIJN));
        cijfers.put("bijeenkomsten,gehouden,", tel(gehouden, b -> true));
        cijfers.put("bijeenkomsten,tijdigTeruggekoppeld,", tel(gehouden, tijdigTeruggekoppeld));
        cijfers.put("bijeenkomsten,percentageTijdigTeruggekoppeld,", procent(gehouden, tijdigTeruggekoppeld));
        cijfers.put("bijeenkomsten,terugkoppelingVerlopen,", tel(gehouden, b -> b.terugkoppeling() == null
                && b.datum().plusDays(TERUGKOPPELTERMIJN).isBefore(vandaag())));

        // the period lies in one calendar year; the gemeente-wide scheme has no budget for one kern
        for (String regeling : REGELINGEN) {
            BigDecimal beschikbaar = switch (regeling) {
                case "leefbaarheidsbudget" -> PLAFOND_PER_KERN.multiply(BigDecimal.valueOf(actief.size()));
                case "bijzondere-initiatieven" -> kern == null ? PLAFOND_GEMEENTE : null;
                default -> null;
            };
            List<Toekenning> toegekend = toekenningen.stream().filter(t -> t.regeling().equals(regeling))
                    .filter(t -> kern == null || t.kern().equals(kern)).toList();
            BigDecimal som = toegekend.stream().map(Toekenning::bedrag).reduce(new BigDecimal("0.00"), BigDecimal::add);
            String sleutel = "," + regeling;
            cijfers.put("subsidies,perRegeling.beschikbaar" + sleutel, beschikbaar == null ? "" : beschikbaar.toPlainString());
            cijfers.put("subsidies,perRegeling.toegekend" + sleutel, som.toPlainString());
            cijfers.put("subsidies,perRegeling.uitbetaald" + sleutel, toegekend.stream().filter(Toekenning::uitbetaald)
                    .map(Toekenning::bedrag).reduce(new BigDecimal("0.00"), BigDecimal::add).toPlainString());
            cijfers.put("subsidies,perRegeling.percentageToegekend" + sleutel, beschikbaar == null ? ""
                    : som.multiply(BigDecimal.valueOf(100)).divide(beschikbaar, 1, RoundingMode.HALF_UP).toPlainString());
            cijfers.put("subsidies,perRegeling.doelPercentageToegekend" + sleutel, beschikbaar == null ? "" : "85.0");
            cijfers.put("subsidies,perRegeling.toegekendGehaald" + sleutel,
                    gehaald(cijfers.get("subsidies,perRegeling.percentageToegekend" + sleutel), "85.0"));
        }
        return cijfers;
    }

    /** Met or not, as monitoring writes it next to a target; empty without a figure. */
    private static String gehaald(String cijfer, String doel) {
        return cijfer.isEmpty() ? "" : String.valueOf(new BigDecimal(cijfer).compareTo(new BigDecimal(doel)) >= 0);
    }

    private static <T> String tel(List<T> rijen, Predicate<T> voorwaarde) {
        return String.valueOf(rijen.stream().filter(voorwaarde).count());
    }

    /** One decimal, half up; empty (absent in JSON) when there are no rows. */
    private static <T> String procent(List<T> rijen, Predicate<T> voorwaarde) {
        long deel = rijen.stream().filter(voorwaarde).count();
        return rijen.isEmpty() ? "" : BigDecimal.valueOf(deel * 100).divide(BigDecimal.valueOf(rijen.size()), 1,
                RoundingMode.HALF_UP).toPlainString();
    }

    /**
     * The JSON value behind a CSV key; a count per value is found by the value's field, a list item's
     * figure ({@code perRegeling.toegekend}) by the item's text field.
     */
    private static String uitJson(Response json, String sleutel) {
        String[] delen = sleutel.split(",", -1);
        String pad = delen[0] + "." + delen[1];
        if (delen[1].contains(".")) {
            String[] lijstEnVeld = delen[1].split("\\.");
            String item = switch (lijstEnVeld[0]) {
                case "perKern" -> "it.kern == '" + delen[2].split(" ")[0] + "'";
                case "perGebied" -> "it.gebied == '" + delen[2] + "'";
                default -> "it.regeling == '" + delen[2] + "'";
            };
            pad = delen[0] + "." + lijstEnVeld[0] + ".find { " + item + " }." + lijstEnVeld[1];
        } else if (!delen[2].isEmpty()) {
            String veld = Map.of("perStatus", "status", "perRol", "rol", "perNiveau", "niveau").get(delen[1]);
            pad += ".find { it." + veld + " == '" + delen[2] + "' }.aantal";
        }
        Object waarde = json.jsonPath(EXACT).get(pad);
        return waarde == null ? "" : String.valueOf(waarde);
    }

    private static Map<String, String> uitCsv(String csv) {
        assertThat(csv).startsWith("sectie,cijfer,kwalificatie,waarde\r\n").endsWith("\r\n");
        Map<String, String> cijfers = new LinkedHashMap<>();
        for (String regel : csv.substring(csv.indexOf("\r\n") + 2).split("\r\n")) {
            int laatste = regel.lastIndexOf(',');
            assertThat(cijfers.put(regel.substring(0, laatste + 1).replaceFirst(",$", ""), regel.substring(laatste + 1)))
                    .as("one row per figure: " + regel).isNull();
        }
        return cijfers;
    }

    @Test
    void the_period_runs_from_van_up_to_but_not_including_tot_on_the_dutch_calendar() {
        String gemeente = nieuweGemeente();
        initiatief(gemeente, nieuweKern(gemeente, "Zoelen"), List.of(), null);
        LocalDate vandaag = vandaag();

        als(gemeente, "medewerker").queryParam("van", vandaag.minusDays(3).toString())
                .queryParam("tot", vandaag.plusDays(1).toString()).get(MONITORING)
                .then().statusCode(200).body("initiatieven.gestart", equalTo(1))
                .body("bereik.tot", equalTo(vandaag.plusDays(1).toString()));
        als(gemeente, "medewerker").queryParam("van", vandaag.minusDays(3).toString())
                .queryParam("tot", vandaag.toString()).get(MONITORING)
                .then().statusCode(200).body("initiatieven.gestart", equalTo(0));
        als(gemeente, "medewerker").queryParam("van", vandaag.plusDays(1).toString())
                .queryParam("tot", vandaag.plusDays(2).toString()).get(MONITORING)
                .then().statusCode(200).body("initiatieven.gestart", equalTo(0));
    }

    @Test
    void monitoring_is_for_staff_of_the_own_gemeente_only() {
        String gemeente = nieuweGemeente();
        String kern = nieuweKern(gemeente, "Zoelen");
        initiatief(gemeente, kern, List.of(), null);

        ongeldig().get(MONITORING).then().statusCode(401);
        als(gemeente).get(MONITORING).then().statusCode(403).body("code", equalTo("rol-ontbreekt"));
        String ander = nieuweGemeente();
        als(ander, "beheerder").queryParam("gemeente", gemeente).get(MONITORING)
                .then().statusCode(403).body("code", equalTo("andere-gemeente"));
        als(ander, "beheerder").queryParam("kern", kern).get(MONITORING)
                .then().statusCode(400).body("code", equalTo("kern-onbekend")).body("invalidParams.name", hasItem("kern"));
        als(ander, "beheerder").get(MONITORING).then().statusCode(200)
                .body("bereik.gemeente", equalTo(ander))
                .body("initiatieven.gestart", equalTo(0))
                .body("kernen.totaal", equalTo(0));
    }

    @Test
    void an_invalid_period_is_a_400_naming_the_field() {
        String gemeente = nieuweGemeente();

        als(gemeente, "medewerker").queryParam("van", "2026-07-01").get(MONITORING)
                .then().statusCode(400).body("invalidParams.name", hasItem("tot"));
        als(gemeente, "medewerker").queryParam("van", "2026-07-01").queryParam("tot", "2026-07-01").get(MONITORING)
                .then().statusCode(400).body("invalidParams.name", hasItem("tot"));
        ongeldig().header("Authorization", "Bearer " + TestTokens.voor(gemeente, "medewerker"))
                .queryParam("van", "1 juli").queryParam("tot", "2026-07-01").get(MONITORING)
                .then().statusCode(400);
    }

    @Test
    void json_is_the_default_csv_on_request_and_another_media_type_is_406() {
        String gemeente = nieuweGemeente();

        als(gemeente, "medewerker").accept("*/*").get(MONITORING).then().statusCode(200)
                .contentType(startsWith("application/json"));
        als(gemeente, "medewerker").accept("text/csv").get(MONITORING).then().statusCode(200)
                .contentType(startsWith("text/csv")).header("API-Version", "1.0.0");
        ongeldig().header("Authorization", "Bearer " + TestTokens.voor(gemeente, "medewerker"))
                .accept("application/xml").get(MONITORING).then().statusCode(406)
                .contentType(startsWith("application/problem+json"));
    }
}
