package nl.kernpunt.bootstrap.zaaksysteem;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import nl.kernpunt.application.initiatief.port.in.GelezenInitiatief;
import nl.kernpunt.application.zaaksysteem.Herhaalbeleid;
import nl.kernpunt.application.zaaksysteem.Zaakidentificatie;
import nl.kernpunt.application.zaaksysteem.Zaakopdracht;
import nl.kernpunt.application.zaaksysteem.Zaakstand;
import nl.kernpunt.application.zaaksysteem.port.out.ZaakRegistratiePort;
import nl.kernpunt.application.zaaksysteem.service.ZaakDispatcher;
import nl.kernpunt.application.zaaksysteem.service.ZaakOutboxService;
import nl.kernpunt.bootstrap.testsupport.PostgresTestResource;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import org.junit.jupiter.api.Test;

/**
 * Faults in one JVM: Join unreachable and then answering 503 for a while, a dispatcher object
 * aborted mid-batch and another taking over, and two dispatcher objects on one database. Each time
 * every expected zaak, status, rol and resultaat must arrive exactly once. Fast stand-ins for what
 * {@code ZaaksysteemProcessenIT} does with the packaged service in real processes (a SIGKILL and a
 * restart, two instances); the figures are printed for the record (docs/adr/0012).
 */
@QuarkusTest
@TestProfile(JoinProfiel.class)
@QuarkusTestResource(PostgresTestResource.class)
class ZaaksysteemStoringTest extends SynchronisatieTestBasis {

    private static final int STORINGEN = 10;

    @Inject
    ZaakOutboxService outboxService;

    @Inject
    ZaakRegistratiePort zaaksysteem;

    @Inject
    Herhaalbeleid beleid;

    private List<String> initiatievenDoorDeLevensloop(int aantal, String titel) {
        List<String> identificaties = new ArrayList<>();
        for (int i = 0; i < aantal; i++) {
            GelezenInitiatief initiatief = doorlopen(dienIn(titel + " " + i));
            identificaties.add(identificatie(initiatief));
        }
        return identificaties;
    }

    @Test
    void join_refusing_connections_and_then_answering_503_for_a_while_loses_and_doubles_nothing() throws Exception {
        int aantal = 20;
        List<String> identificaties = initiatievenDoorDeLevensloop(aantal, "Storing");
        Map<String, Integer> voor = join().alleSchrijfacties();
        AtomicBoolean klaar = new AtomicBoolean();
        ExecutorService achtergrond = Executors.newSingleThreadExecutor();
        // the dispatcher keeps going as the scheduler would, while Join goes down and comes back
        Future<?> lus = achtergrond.submit(() -> {
            while (!klaar.get()) {
                dispatcher.verwerkAlles();
                slaap(20);
            }
        });
        long start = System.nanoTime();
        long platMs;
        Duration rest;
        try {
            join().plat();
            slaap(2_000);
            join().zetAan();
            // once the circuit is open each probe meets one of these, so they last several probe waits
            join().storing(STORINGEN);
            platMs = (System.nanoTime() - start) / 1_000_000;
            rest = bezorgAlles(Duration.ofSeconds(60));
        } finally {
            // also when it failed: no dispatcher loop may outlive its test
            klaar.set(true);
            lus.get();
            achtergrond.shutdown();
        }

        Levensloop.allesPreciesEenmaal(join(), identificaties);
        int verwacht = aantal * Levensloop.SCHRIJFACTIES_PER_INITIATIEF;
        int aangekomen = Levensloop.verschil(voor, join().alleSchrijfacties());
        assertThat(aangekomen).isEqualTo(verwacht);
        assertThat(stand().geparkeerd()).isZero();
        System.out.printf("STORING: Join onbereikbaar %d ms, daarna " + STORINGEN + " verzoeken 503; %d initiatieven, "
                        + "%d schrijfacties verwacht, %d aangekomen, dubbel: %d; alles binnen %d ms na herstel%n",
                platMs, aantal, verwacht, aangekomen, aangekomen - verwacht, rest.toMillis());
    }

    @Test
    void the_statuses_of_one_zaak_arrive_in_order_even_when_the_first_attempts_get_503() {
        GelezenInitiatief initiatief = doorlopen(dienIn("Dorpsfeest Zoelen"));
        join().storing(2);

        bezorgAlles(Duration.ofSeconds(15));

        assertThat(join().statustypen(identificatie(initiatief))).containsExactlyElementsOf(Levensloop.STATUSTYPEN);
    }

    @Test
    void a_dispatcher_aborted_mid_batch_after_join_received_the_calls_is_finished_by_another_in_the_same_jvm_without_doubles() {
        int aantal = 10;
        List<String> identificaties = initiatievenDoorDeLevensloop(aantal, "Afgebroken");
        Map<String, Integer> voor = join().alleSchrijfacties();

        // the dispatcher is aborted after its sixth call reached Join, before it recorded any outcome
        AtomicInteger aanroepen = new AtomicInteger();
        ZaakDispatcher afgebroken = new ZaakDispatcher(outboxService, new Doorgeefluik(zaaksysteem) {
            @Override
            public void voerUit(Zaakopdracht opdracht, boolean eerderGeprobeerd) {
                super.voerUit(opdracht, eerderGeprobeerd);
                if (aanroepen.incrementAndGet() == 6) {
                    throw new DispatcherAfgebroken();
                }
            }
        }, beleid, klok);
        try {
            afgebroken.verwerk();
        } catch (DispatcherAfgebroken verwacht) {
            // what a kill -9 would leave: rows claimed, some delivered, nothing recorded
            // (the real kill is in ZaaksysteemProcessenIT)
        }
        // five calls completed and were recorded; the sixth reached Join but was not; the rest never ran
        assertThat(stand().wachtend()).as("claimed rows still count as waiting")
                .isEqualTo(aantal * (long) Levensloop.OUTBOXRIJEN_PER_INITIATIEF - 5);

        // another dispatcher object takes the rows over once their lease has run out
        ZaakDispatcher opvolger = new ZaakDispatcher(outboxService, zaaksysteem, beleid, klok);
        long start = System.nanoTime();
        while (stand().wachtend() + stand().opnieuw() > 0) {
            opvolger.verwerkAlles();
            slaap(100);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
        }

        Levensloop.allesPreciesEenmaal(join(), identificaties);
        int verwacht = aantal * Levensloop.SCHRIJFACTIES_PER_INITIATIEF;
        int aangekomen = Levensloop.verschil(voor, join().alleSchrijfacties());
        assertThat(aangekomen).isEqualTo(verwacht);
        System.out.printf("AFGEBROKEN DISPATCHER (een JVM): gestopt na 6 aanroepen midden in een batch; %d initiatieven, "
                        + "%d schrijfacties verwacht, %d aangekomen, dubbel: %d; overgenomen na %d ms (claimduur %s)%n",
                aantal, verwacht, aangekomen, aangekomen - verwacht, (System.nanoTime() - start) / 1_000_000,
                beleid.claimduur());
    }

    @Test
    void two_dispatcher_objects_in_one_jvm_on_one_database_send_nothing_twice_and_keep_each_zaak_in_order() throws Exception {
        int aantal = 40;
        List<String> identificaties = initiatievenDoorDeLevensloop(aantal, "Twee dispatchers");
        Map<String, Integer> voor = join().alleSchrijfacties();
        int rijen = aantal * Levensloop.OUTBOXRIJEN_PER_INITIATIEF;

        ExecutorService twee = Executors.newFixedThreadPool(2);
        List<Future<Integer>> gedaan = new ArrayList<>();
        long start = System.nanoTime();
        for (int d = 0; d < 2; d++) {
            ZaakDispatcher instantie = new ZaakDispatcher(outboxService, zaaksysteem, beleid, klok);
            gedaan.add(twee.submit(() -> {
                int geleverd = 0;
                while (stand().wachtend() + stand().opnieuw() > 0) {
                    geleverd += instantie.verwerkAlles().gelukt();
                }
                return geleverd;
            }));
        }
        int eerste = gedaan.get(0).get();
        int tweede = gedaan.get(1).get();
        long ms = (System.nanoTime() - start) / 1_000_000;
        twee.shutdown();

        Levensloop.allesPreciesEenmaal(join(), identificaties);
        int verwacht = aantal * Levensloop.SCHRIJFACTIES_PER_INITIATIEF;
        int aangekomen = Levensloop.verschil(voor, join().alleSchrijfacties());
        assertThat(aangekomen).isEqualTo(verwacht);
        assertThat(eerste + tweede).isEqualTo(rijen);
        System.out.printf("TWEE DISPATCHERS (een JVM): %d outboxrijen (%d ZGW-schrijfacties) in %d ms = %.1f rijen/s; "
                        + "instantie 1 leverde %d, instantie 2 %d; dubbel: %d%n",
                rijen, aangekomen, ms, rijen * 1000.0 / ms, eerste, tweede, aangekomen - verwacht);
    }

    @Test
    void throughput_of_one_dispatcher() {
        int aantal = 40;
        List<String> identificaties = initiatievenDoorDeLevensloop(aantal, "Doorvoer");
        int rijen = aantal * Levensloop.OUTBOXRIJEN_PER_INITIATIEF;
        long start = System.nanoTime();
        dispatcher.verwerkAlles();
        long ms = (System.nanoTime() - start) / 1_000_000;

        Levensloop.allesPreciesEenmaal(join(), identificaties);
        System.out.printf("DOORVOER: 1 dispatcher, %d outboxrijen in %d ms = %.1f rijen/s (ZGW-fake via WireMock, "
                + "elke rij leest eerst wat Join al heeft)%n", rijen, ms, rijen * 1000.0 / ms);
    }

    private static final class DispatcherAfgebroken extends Error {
    }

    /** Passes everything to the real port; tests override one method. */
    private static class Doorgeefluik implements ZaakRegistratiePort {
        private final ZaakRegistratiePort echt;

        Doorgeefluik(ZaakRegistratiePort echt) {
            this.echt = echt;
        }

        @Override
        public Set<Gemeentecode> ingesteldeGemeenten() {
            return echt.ingesteldeGemeenten();
        }

        @Override
        public void voerUit(Zaakopdracht opdracht, boolean eerderGeprobeerd) {
            echt.voerUit(opdracht, eerderGeprobeerd);
        }

        @Override
        public Optional<Zaakstand> lees(Gemeentecode gemeente, Zaakidentificatie zaak) {
            return echt.lees(gemeente, zaak);
        }

        @Override
        public Optional<Zaakstand> leesStatus(Gemeentecode gemeente, String statusUrl) {
            return echt.leesStatus(gemeente, statusUrl);
        }

        @Override
        public boolean vertrouwtNotificatie(Gemeentecode gemeente, String token) {
            return echt.vertrouwtNotificatie(gemeente, token);
        }
    }
}
