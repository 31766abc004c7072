package nl.kernpunt.bootstrap.zaaksysteem;

import static nl.kernpunt.domain.testdata.InitiatiefBouwer.eenInitiatief;
import static nl.kernpunt.domain.testdata.KernBouwer.eenKern;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.application.gedeeld.toegang.Gebruikersrol;
import nl.kernpunt.application.gemeente.port.out.GemeenteRepository;
import nl.kernpunt.application.initiatief.port.in.BepaalRolUseCase;
import nl.kernpunt.application.initiatief.port.in.DienInitiatiefInUseCase;
import nl.kernpunt.application.initiatief.port.in.GelezenInitiatief;
import nl.kernpunt.application.initiatief.port.in.LegContactmomentVastUseCase;
import nl.kernpunt.application.initiatief.port.in.VoerStatusovergangUitUseCase;
import nl.kernpunt.application.kern.port.out.KernRepository;
import nl.kernpunt.application.zaaksysteem.Outboxstand;
import nl.kernpunt.application.zaaksysteem.Zaakidentificatie;
import nl.kernpunt.application.zaaksysteem.Zaaksoort;
import nl.kernpunt.application.zaaksysteem.port.out.ZaakOutbox;
import nl.kernpunt.application.zaaksysteem.service.ZaakDispatcher;
import nl.kernpunt.domain.gemeente.Gemeente;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.gemeente.Rsin;
import nl.kernpunt.domain.initiatief.InitiatiefStatus;
import nl.kernpunt.domain.initiatief.Kanaal;
import nl.kernpunt.domain.initiatief.Rol;
import nl.kernpunt.domain.kern.Kern;
import org.junit.jupiter.api.BeforeEach;

/** Shared steps of the sync tests: a gemeente with Join configured, a kern, initiatives moved through use cases. */
public abstract class SynchronisatieTestBasis {

    static final Gemeentecode GEMEENTE = new Gemeentecode(NepJoinResource.GEMEENTE);
    static final Gebruiker KERNAMBTENAAR = new Gebruiker("ka-0999", "Fatima Amrani", GEMEENTE,
            Set.of(Gebruikersrol.KERNAMBTENAAR));

    @Inject
    GemeenteRepository gemeenten;

    @Inject
    KernRepository kernen;

    @Inject
    DienInitiatiefInUseCase indienen;

    @Inject
    VoerStatusovergangUitUseCase overgangen;

    @Inject
    BepaalRolUseCase rollen;

    @Inject
    LegContactmomentVastUseCase contactmomenten;

    @Inject
    ZaakDispatcher dispatcher;

    @Inject
    ZaakOutbox outbox;

    @Inject
    Clock klok;

    Kern kern;

    NepJoin join() {
        return NepJoinResource.join;
    }

    @BeforeEach
    void gemeenteEnKern() {
        kern = QuarkusTransaction.requiringNew().call(() -> {
            if (!gemeenten.bestaat(GEMEENTE)) {
                gemeenten.voegToe(Gemeente.registreer(GEMEENTE, "Joingemeente", new Rsin(NepJoinResource.RSIN), null, klok));
            }
            return kernen.voegToe(eenKern().genaamd("Kern " + System.nanoTime()).inGemeente(GEMEENTE.waarde()).bouw(klok));
        });
    }

    GelezenInitiatief dienIn(String titel) {
        return indienen.dienIn(new DienInitiatiefInUseCase.Command(KERNAMBTENAAR, kern.getId(),
                eenInitiatief().inKern(kern).getiteld(titel).gegevens()));
    }

    GelezenInitiatief naar(GelezenInitiatief initiatief, InitiatiefStatus status, String reden) {
        GelezenInitiatief huidig = initiatief;
        if (status == InitiatiefStatus.ROL_BEPAALD) {
            huidig = rollen.bepaal(new BepaalRolUseCase.Command(KERNAMBTENAAR, huidig.initiatief().getId(),
                    huidig.initiatief().getVersie(), Rol.FACILITEREN, "past bij de kernagenda"));
            // the initiators hear of the Rol, or the initiative cannot be closed later
            huidig = contactmomenten.legVast(new LegContactmomentVastUseCase.Command(KERNAMBTENAAR,
                    huidig.initiatief().getId(), klok.instant(), Kanaal.TELEFOON, "rol toegelicht"));
        }
        return overgangen.voerUit(new VoerStatusovergangUitUseCase.Command(KERNAMBTENAAR,
                huidig.initiatief().getId(), huidig.initiatief().getVersie(), status, reden));
    }

    /** Walks an initiative through the whole lifecycle to afgerond. */
    GelezenInitiatief doorlopen(GelezenInitiatief initiatief) {
        GelezenInitiatief huidig = initiatief;
        for (InitiatiefStatus status : new InitiatiefStatus[] {InitiatiefStatus.IN_BEHANDELING,
                InitiatiefStatus.ROL_BEPAALD, InitiatiefStatus.IN_UITVOERING, InitiatiefStatus.AFGEROND}) {
            huidig = naar(huidig, status, null);
        }
        return huidig;
    }

    static String identificatie(GelezenInitiatief initiatief) {
        return Zaakidentificatie.van(Zaaksoort.INITIATIEF, initiatief.initiatief().getId().waarde()).waarde();
    }

    Outboxstand stand() {
        return QuarkusTransaction.requiringNew().call(() -> outbox.stand(GEMEENTE, klok.instant()));
    }

    /** Runs the dispatcher until nothing waits any more (retries included), or fails after {@code max}. */
    Duration bezorgAlles(Duration max) {
        Instant start = Instant.now();
        Instant tot = start.plus(max);
        while (true) {
            dispatcher.verwerkAlles();
            Outboxstand stand = stand();
            if (stand.wachtend() + stand.opnieuw() == 0) {
                return Duration.between(start, Instant.now());
            }
            assertThat(Instant.now()).as("outbox not empty in time: " + stand).isBefore(tot);
            slaap(50);
        }
    }

    public static void slaap(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
