package nl.kernpunt.bootstrap.zaaksysteem;

import static nl.kernpunt.bootstrap.zaaksysteem.NepJoinResource.EIND;
import static nl.kernpunt.bootstrap.zaaksysteem.NepJoinResource.RT;
import static nl.kernpunt.bootstrap.zaaksysteem.NepJoinResource.ST;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import nl.kernpunt.application.initiatief.port.in.GelezenInitiatief;
import nl.kernpunt.bootstrap.testsupport.PostgresTestResource;
import nl.kernpunt.domain.initiatief.InitiatiefStatus;
import org.junit.jupiter.api.Test;

/** Outbound sync with Join through the outbox, against the WireMock stand-in. */
@QuarkusTest
@TestProfile(JoinProfiel.class)
@QuarkusTestResource(PostgresTestResource.class)
class ZaaksynchronisatieTest extends SynchronisatieTestBasis {

    @Test
    void an_initiative_through_all_states_becomes_a_zaak_with_every_status_the_initiator_and_a_resultaat_before_closing() {
        GelezenInitiatief initiatief = dienIn("Schone containerplek Kerk-Avezaath");
        bezorgAlles(Duration.ofSeconds(10));
        String id = identificatie(initiatief);
        ObjectNode zaak = join().zaak(id);
        assertThat(zaak).as("zaak " + id).isNotNull();
        assertThat(zaak.path("bronorganisatie").asText()).isEqualTo(NepJoinResource.RSIN);
        assertThat(zaak.path("verantwoordelijkeOrganisatie").asText()).isEqualTo(NepJoinResource.RSIN);
        assertThat(zaak.path("zaaktype").asText()).isEqualTo(NepJoinResource.ZAAKTYPE);
        assertThat(zaak.path("omschrijving").asText()).isEqualTo("Schone containerplek Kerk-Avezaath");
        assertThat(join().statustypen(id)).containsExactly(ST + "ingediend");

        doorlopen(initiatief);
        bezorgAlles(Duration.ofSeconds(10));

        assertThat(join().statustypen(id)).containsExactly(ST + "ingediend", ST + "in-behandeling",
                ST + "rol-bepaald", ST + "in-uitvoering", EIND);
        assertThat(join().rollenVan(id)).singleElement().satisfies(rol -> {
            assertThat(rol.path("roltype").asText()).isEqualTo(NepJoinResource.ROLTYPE);
            assertThat(rol.path("betrokkeneType").asText()).isEqualTo("natuurlijk_persoon");
            assertThat(rol.path("betrokkeneIdentificatie").path("anpIdentificatie").asText()).hasSize(17);
            assertThat(rol.path("betrokkeneIdentificatie").has("inpBsn")).as("never a BSN").isFalse();
        });
        assertThat(join().resultatenVan(id)).singleElement()
                .satisfies(r -> assertThat(r.path("resultaattype").asText()).isEqualTo(RT + "afgerond"));
        assertThat(join().weigeringen()).isEmpty();
    }

    @Test
    void a_refused_initiative_is_closed_with_its_own_resultaat_and_the_reason_as_toelichting() {
        GelezenInitiatief initiatief = dienIn("Jeu-de-boulesbaan");
        naar(initiatief, InitiatiefStatus.AFGEWEZEN, "Valt buiten het leefbaarheidsbudget");
        bezorgAlles(Duration.ofSeconds(10));

        String id = identificatie(initiatief);
        assertThat(join().statustypen(id)).containsExactly(ST + "ingediend", EIND);
        assertThat(join().resultatenVan(id)).singleElement().satisfies(r -> {
            assertThat(r.path("resultaattype").asText()).isEqualTo(RT + "afgewezen");
            assertThat(r.path("toelichting").asText()).isEqualTo("Valt buiten het leefbaarheidsbudget");
        });
    }

    @Test
    void after_a_timeout_the_zaak_is_looked_up_by_identificatie_and_not_created_twice() {
        int zakenVooraf = join().schrijfacties("zaken");
        join().vertraagVolgendeAanmaak(NepJoinResource.TIMEOUT_SECONDEN * 1000L + 1_500);
        GelezenInitiatief initiatief = dienIn("Bankje bij de kerk");

        dispatcher.verwerkAlles();
        assertThat(stand().opnieuw()).as("the timed-out row waits for its retry").isEqualTo(1);
        bezorgAlles(Duration.ofSeconds(20));

        String id = identificatie(initiatief);
        assertThat(join().schrijfacties("zaken")).isEqualTo(zakenVooraf + 1);
        assertThat(join().weigeringen()).as("looked up, not tried again").isEmpty();
        assertThat(join().statustypen(id)).containsExactly(ST + "ingediend");
        assertThat(join().rollenVan(id)).hasSize(1);
    }

    @Test
    void changes_to_several_zaken_made_before_any_dispatch_arrive_in_order_per_zaak() {
        GelezenInitiatief een = dienIn("Dorpsfeest Zoelen");
        GelezenInitiatief twee = dienIn("Buurtkamer Ommeren");
        een = naar(een, InitiatiefStatus.IN_BEHANDELING, null);
        twee = naar(twee, InitiatiefStatus.IN_BEHANDELING, null);
        een = naar(een, InitiatiefStatus.ROL_BEPAALD, null);
        naar(twee, InitiatiefStatus.INGETROKKEN, "initiatiefnemers verhuisd");
        naar(een, InitiatiefStatus.IN_UITVOERING, null);

        bezorgAlles(Duration.ofSeconds(15));

        assertThat(join().statustypen(identificatie(een))).containsExactly(ST + "ingediend",
                ST + "in-behandeling", ST + "rol-bepaald", ST + "in-uitvoering");
        assertThat(join().statustypen(identificatie(twee))).containsExactly(ST + "ingediend",
                ST + "in-behandeling", EIND);
        assertThat(join().resultatenVan(identificatie(twee))).singleElement()
                .satisfies(r -> assertThat(r.path("resultaattype").asText()).isEqualTo(RT + "ingetrokken"));
    }
}
