package nl.kernpunt.bootstrap.zaaksysteem;

import static nl.kernpunt.bootstrap.zaaksysteem.NepJoinResource.ST;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import nl.kernpunt.application.initiatief.port.in.GelezenInitiatief;
import nl.kernpunt.application.initiatief.port.out.InitiatiefRepository;
import nl.kernpunt.application.vraag.port.in.GelezenVraag;
import nl.kernpunt.application.vraag.port.in.RegistreerVraagUseCase;
import nl.kernpunt.application.vraag.port.out.VraagRepository;
import nl.kernpunt.application.zaaksysteem.GeparkeerdeOpdracht;
import nl.kernpunt.application.zaaksysteem.Zaakidentificatie;
import nl.kernpunt.application.zaaksysteem.Zaaksoort;
import nl.kernpunt.application.zaaksysteem.port.out.ZaakOutbox;
import nl.kernpunt.application.zaaksysteem.port.out.ZaakRegistratiePort;
import nl.kernpunt.application.zaaksysteem.service.ZaakReconciliatie;
import nl.kernpunt.bootstrap.testsupport.PostgresTestResource;
import nl.kernpunt.domain.gedeeld.Contactpersoon;
import nl.kernpunt.domain.initiatief.InitiatiefStatus;
import nl.kernpunt.domain.vraag.VraagStatus;
import org.junit.jupiter.api.Test;

/** The periodic reconciliation repairs what notifications and the outbox could not. */
@QuarkusTest
@TestProfile(JoinProfiel.class)
@QuarkusTestResource(PostgresTestResource.class)
class ZaakReconciliatieTest extends SynchronisatieTestBasis {

    @Inject
    ZaakReconciliatie reconciliatie;

    @Inject
    ZaakRegistratiePort zaaksysteem;

    @Inject
    InitiatiefRepository initiatieven;

    @Inject
    RegistreerVraagUseCase vraagregistratie;

    @Inject
    VraagRepository vragen;

    private GelezenVraag vraag(String onderwerp) {
        return vraagregistratie.registreer(new RegistreerVraagUseCase.Command(KERNAMBTENAAR, kern.getId(), onderwerp,
                "Graag een reactie.", new Contactpersoon("Kees Jansen", "kees@example.nl", null), null));
    }

    private static String identificatie(GelezenVraag vraag) {
        return Zaakidentificatie.van(Zaaksoort.VRAAG, vraag.vraag().getId().waarde()).waarde();
    }

    private InitiatiefStatus status(GelezenInitiatief initiatief) {
        return QuarkusTransaction.requiringNew().call(() -> initiatieven.vind(initiatief.initiatief().getId())
                .orElseThrow().getStatus());
    }

    @Test
    void a_status_set_in_join_whose_notification_was_lost_is_taken_over() {
        GelezenInitiatief initiatief = dienIn("Opknapbeurt speeltuin Eck en Wiel");
        bezorgAlles(Duration.ofSeconds(10));
        join().zetStatusInJoin(identificatie(initiatief), ST + "in-behandeling", "opgepakt");

        ZaakReconciliatie.Verslag verslag = reconciliatie.reconcilieer();

        assertThat(verslag.overgenomen).as(verslag.toString()).isGreaterThanOrEqualTo(1);
        assertThat(status(initiatief)).isEqualTo(InitiatiefStatus.IN_BEHANDELING);
        assertThat(reconciliatie.reconcilieer().overgenomen).as("nothing left to repair").isZero();
    }

    @Test
    void a_zaak_missing_in_join_is_registered_again_with_its_whole_history() {
        GelezenInitiatief initiatief = naar(dienIn("Dorpshuis Erichem"), InitiatiefStatus.IN_BEHANDELING, null);
        bezorgAlles(Duration.ofSeconds(10));
        join().vergeet(identificatie(initiatief));

        ZaakReconciliatie.Verslag verslag = reconciliatie.reconcilieer();
        bezorgAlles(Duration.ofSeconds(10));

        assertThat(verslag.opnieuwGeregistreerd).as(verslag.toString()).isGreaterThanOrEqualTo(1);
        assertThat(join().statustypen(identificatie(initiatief)))
                .containsExactly(ST + "ingediend", ST + "in-behandeling");
        assertThat(join().rollenVan(identificatie(initiatief))).hasSize(1);
    }

    @Test
    void a_zaak_created_in_join_while_its_row_was_parked_lets_the_row_through_without_doubling() {
        GelezenInitiatief initiatief = dienIn("Kunstwerk rotonde Lienden");
        join().weiger(1);
        dispatcher.verwerkAlles();
        List<GeparkeerdeOpdracht> geparkeerd = QuarkusTransaction.requiringNew()
                .call(() -> outbox.geparkeerd(GEMEENTE));
        GeparkeerdeOpdracht rij = geparkeerd.stream()
                .filter(p -> p.opdracht().zaak().waarde().equals(identificatie(initiatief))).findFirst().orElseThrow();
        // the refused call did land in Join after all, unseen by us
        zaaksysteem.voerUit(rij.opdracht(), false);

        ZaakReconciliatie.Verslag verslag = reconciliatie.reconcilieer();
        bezorgAlles(Duration.ofSeconds(10));

        assertThat(verslag.hervat).as(verslag.toString()).isGreaterThanOrEqualTo(1);
        assertThat(stand().geparkeerd()).isZero();
        assertThat(join().statustypen(identificatie(initiatief))).containsExactly(ST + "ingediend");
        assertThat(join().rollenVan(identificatie(initiatief))).hasSize(1);
    }

    @Test
    void for_a_question_a_lost_status_from_join_is_taken_over_and_a_missing_zaak_registered_again() {
        GelezenVraag overgenomen = vraag("Hondenpoep op het speelveld");
        GelezenVraag vergeten = vraag("Bankje kapot");
        bezorgAlles(Duration.ofSeconds(10));
        join().zetStatusInJoin(identificatie(overgenomen), ST + "wacht-op-inwoner", "Waar precies?");
        join().vergeet(identificatie(vergeten));

        ZaakReconciliatie.Verslag verslag = reconciliatie.reconcilieer();
        bezorgAlles(Duration.ofSeconds(10));

        assertThat(verslag.overgenomen).as(verslag.toString()).isGreaterThanOrEqualTo(1);
        assertThat(verslag.opnieuwGeregistreerd).as(verslag.toString()).isGreaterThanOrEqualTo(1);
        assertThat(QuarkusTransaction.requiringNew().call(() -> vragen.vind(overgenomen.vraag().getId())
                .orElseThrow().getStatus())).isEqualTo(VraagStatus.WACHT_OP_INWONER);
        assertThat(join().statustypen(identificatie(vergeten))).containsExactly(ST + "ontvangen");
        assertThat(join().rollenVan(identificatie(vergeten))).hasSize(1);
        ZaakReconciliatie.Verslag daarna = reconciliatie.reconcilieer();
        assertThat(daarna.overgenomen + daarna.opnieuwGeregistreerd)
                .as("nothing left to repair: " + daarna).isZero();
    }
}
