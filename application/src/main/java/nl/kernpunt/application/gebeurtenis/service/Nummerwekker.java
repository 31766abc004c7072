package nl.kernpunt.application.gebeurtenis.service;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.lang.System.Logger.Level;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Numbers the feed soon after a commit that wrote events (docs/adr/0036), off the writer's thread: the
 * writer only asks, once per transaction, and returns. Asks that arrive while a step runs fold into one
 * next step, so a burst of N writes costs a few numbering transactions, not N. A step starts
 * {@link #BUNDEL_MS} ms after the ask that woke it, so under a steady stream of writes it numbers a bundle
 * instead of one or two events: every step scans the index of unnumbered events, including the entries
 * the steps before it left dead until vacuum, and commits (docs/adr/0036, second round). A lost wake-up
 * (a crash between commit and step) is made good by the schedule, the next feed read or the next
 * webhook round.
 */
@ApplicationScoped
public class Nummerwekker {

    private static final System.Logger LOG = System.getLogger(Nummerwekker.class.getName());
    private static final Object GEVRAAGD = new Object();
    /** Nobody waits for it: a feed read and a webhook claim number first; it keeps their backlog short. */
    private static final long BUNDEL_MS = 20;

    private final TransactionSynchronizationRegistry transacties;
    private final GebeurtenisnummerService nummering;
    private final AtomicBoolean gevraagd = new AtomicBoolean();
    private final ScheduledExecutorService stappen = Executors.newSingleThreadScheduledExecutor(taak -> {
        Thread draad = new Thread(taak, "gebeurtenisnummering");
        draad.setDaemon(true);
        return draad;
    });

    public Nummerwekker(TransactionSynchronizationRegistry transacties, GebeurtenisnummerService nummering) {
        this.transacties = transacties;
        this.nummering = nummering;
    }

    /** Asks for a numbering step after the current transaction commits (at once without one). */
    public void naCommit() {
        if (transacties.getTransactionStatus() != Status.STATUS_ACTIVE) {
            wek();
        } else if (transacties.getResource(GEVRAAGD) == null) {
            transacties.putResource(GEVRAAGD, Boolean.TRUE);
            transacties.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        wek();
                    }
                }
            });
        }
    }

    private void wek() {
        if (gevraagd.compareAndSet(false, true)) {
            try {
                stappen.schedule(this::stap, BUNDEL_MS, TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException stopt) {
                // the application stops: the schedule or the next feed read of another instance numbers it
                gevraagd.set(false);
            }
        }
    }

    private void stap() {
        // cleared before the step: a commit during the step asks for the next one
        gevraagd.set(false);
        try {
            nummering.nummerAlle();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Gebeurtenisnummering mislukt, de volgende stap of ronde neemt het over: {0}",
                    e.toString());
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        stappen.shutdown();
        stappen.awaitTermination(5, TimeUnit.SECONDS);
    }
}
