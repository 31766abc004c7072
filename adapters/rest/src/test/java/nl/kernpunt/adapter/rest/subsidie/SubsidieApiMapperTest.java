package nl.kernpunt.adapter.rest.subsidie;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import nl.kernpunt.api.model.Begrotingsregel;
import nl.kernpunt.api.model.Kostensoort;
import nl.kernpunt.api.model.Straatbijeenkomst;
import nl.kernpunt.application.subsidie.port.in.Budgetstand;
import nl.kernpunt.application.subsidie.port.in.GelezenSubsidieaanvraag;
import nl.kernpunt.application.subsidie.port.in.GelezenSubsidieregeling;
import nl.kernpunt.domain.gedeeld.Contactpersoon;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.initiatief.Initiatief;
import nl.kernpunt.domain.initiatief.InitiatiefGegevens;
import nl.kernpunt.domain.initiatief.Ondersteuning;
import nl.kernpunt.domain.initiatief.Vorm;
import nl.kernpunt.domain.kern.Kern;
import nl.kernpunt.domain.kern.KernId;
import nl.kernpunt.domain.kern.KernProfiel;
import nl.kernpunt.domain.kern.Maatwerk;
import nl.kernpunt.domain.kern.Uitrolfase;
import nl.kernpunt.domain.subsidie.Bedrag;
import nl.kernpunt.domain.subsidie.Regelingsoort;
import nl.kernpunt.domain.subsidie.Subsidieaanvraag;
import nl.kernpunt.domain.subsidie.Subsidieregeling;
import org.junit.jupiter.api.Test;

class SubsidieApiMapperTest {

    private static final Clock KLOK = Clock.fixed(Instant.parse("2026-03-01T10:15:30Z"), ZoneOffset.ofHours(1));
    private static final Gemeentecode BUREN = new Gemeentecode("0214");

    private final SubsidieApiMapper mapper = new SubsidieApiMapperImpl();

    @Test
    void a_street_event_application_maps_to_the_domain_and_back_with_exact_amounts_as_text() {
        List<nl.kernpunt.domain.subsidie.Begrotingsregel> begroting = mapper.begrotingNaarDomein(List.of(
                new Begrotingsregel().omschrijving("Geluid").categorie(Kostensoort.GELUID).bedrag("60.10"),
                new Begrotingsregel().omschrijving("Spellen").categorie(Kostensoort.SPELLEN).bedrag("39.90")));
        var bijeenkomst = mapper.naarDomein(new Straatbijeenkomst().straatOfBuurt("Dorpsstraat").activiteit("Buitenspeeldag")
                .doelgroep("kinderen").datum(LocalDate.of(2026, 6, 21)).openVoorAlleBewoners(true));

        Initiatief initiatief = Initiatief.dienIn(BUREN, KernId.nieuw(), new InitiatiefGegevens("Buitenspeeldag",
                "Spelen op straat", new Vorm(false, false, false), Set.of(Ondersteuning.KENNIS),
                List.of(new Contactpersoon("Initiatiefnemer", null, null)), null), "Medewerker", KLOK);
        Kern kern = Kern.reconstitute(initiatief.getKern(), BUREN, new KernProfiel("Zoelmond", "Buren e.o.",
                Uitrolfase.STARTEN, List.of(), List.of()), List.of(), false, Maatwerk.GEEN, KLOK.instant(), KLOK.instant(), 0);
        Subsidieaanvraag aanvraag = Subsidieaanvraag.vraagAan(initiatief, kern,
                Subsidieregeling.standaard(BUREN, Regelingsoort.STRAATBIJEENKOMST, KLOK), 2026, "Buitenspeeldag", begroting,
                bijeenkomst, KLOK);
        var dto = mapper.naarDto(new GelezenSubsidieaanvraag(aanvraag));

        assertThat(dto.getAangevraagd()).isEqualTo("100.00");
        assertThat(dto.getBegroting()).extracting(Begrotingsregel::getBedrag).containsExactly("60.10", "39.90");
        assertThat(dto.getBijeenkomst().getOpenVoorAlleBewoners()).isTrue();
        assertThat(dto.getRegeling()).isEqualTo("straatbijeenkomst");
        assertThat(dto.getAangemaaktOp().getOffset()).isEqualTo(ZoneOffset.UTC);
        assertThat(dto.getToegekendBedrag()).isNull();
    }

    @Test
    void a_fixed_contribution_has_no_cap_and_nothing_remaining_in_its_budget() {
        Subsidieregeling straat = Subsidieregeling.standaard(BUREN, Regelingsoort.STRAATBIJEENKOMST, KLOK);
        Subsidieregeling leefbaarheid = Subsidieregeling.standaard(BUREN, Regelingsoort.LEEFBAARHEIDSBUDGET, KLOK);
        KernId kern = KernId.nieuw();

        var zonderPlafond = mapper.naarDto(new Budgetstand(straat.pot(kern, 2026), Bedrag.euro(300)));
        var metPlafond = mapper.naarDto(new Budgetstand(leefbaarheid.pot(kern, 2026), new Bedrag(1999_99)));

        assertThat(zonderPlafond.getPlafond()).isNull();
        assertThat(zonderPlafond.getResterend()).isNull();
        assertThat(zonderPlafond.getKern()).isNull();
        assertThat(zonderPlafond.getToegekend()).isEqualTo("300.00");
        assertThat(metPlafond.getResterend()).isEqualTo("0.01");
        assertThat(metPlafond.getKern()).isEqualTo(kern.waarde());
        assertThat(mapper.naarDto(new GelezenSubsidieregeling(leefbaarheid)).getBudgetsoort())
                .isEqualTo(nl.kernpunt.api.model.Budgetsoort.PER_KERN_PER_JAAR);
    }
}
