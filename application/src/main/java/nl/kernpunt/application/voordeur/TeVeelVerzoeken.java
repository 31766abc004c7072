package nl.kernpunt.application.voordeur;

import nl.kernpunt.application.gedeeld.fout.ToepassingsFout;

/** A client used up its allowance for this window; {@code wachtSeconden} until the next one begins. */
public final class TeVeelVerzoeken extends ToepassingsFout {

    private final long wachtSeconden;

    public TeVeelVerzoeken(long wachtSeconden) {
        super("te-veel-verzoeken", "Te veel inzendingen vanaf deze afzender; probeer het over " + wachtSeconden
                + " seconden opnieuw.");
        this.wachtSeconden = wachtSeconden;
    }

    public long wachtSeconden() {
        return wachtSeconden;
    }
}
