package nl.kernpunt.application.begroting.service;

import nl.kernpunt.application.begroting.port.in.GelezenRonde;
import nl.kernpunt.application.begroting.port.out.BegrotingsrondeRepository;
import nl.kernpunt.application.gedeeld.fout.NietGevonden;
import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.domain.begroting.Begrotingsronde;
import nl.kernpunt.domain.begroting.BegrotingsrondeId;
import nl.kernpunt.domain.begroting.Toewijzing;

/** Finding a round and reading it whole; shared by the write and the read side. */
final class Rondes {

    static final String SOORT = "begrotingsronde";

    private final BegrotingsrondeRepository rondes;

    Rondes(BegrotingsrondeRepository rondes) {
        this.rondes = rondes;
    }

    Begrotingsronde vind(BegrotingsrondeId id) {
        return rondes.vind(id).orElseThrow(() -> new NietGevonden(SOORT, id));
    }

    /** Another gemeente's round is reported exactly like a missing one. */
    Begrotingsronde vanGemeente(BegrotingsrondeId id, Gebruiker gebruiker, boolean vergrendel) {
        return (vergrendel ? rondes.vergrendel(id, true) : rondes.vind(id))
                .filter(r -> gebruiker.hoortBij(r.getGemeente()))
                .orElseThrow(() -> new NietGevonden(SOORT, id));
    }

    GelezenRonde gelezen(Begrotingsronde ronde) {
        var ideeen = rondes.ideeen(ronde.getId());
        Toewijzing uitslag = ronde.isGesloten()
                ? Toewijzing.bereken(ronde.getBedrag(), ideeen, rondes.stemmen(ronde.getId()))
                : null;
        return new GelezenRonde(ronde, ideeen, rondes.stemcijfers(ronde.getId()), uitslag);
    }
}
