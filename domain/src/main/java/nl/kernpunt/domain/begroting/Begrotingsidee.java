package nl.kernpunt.domain.begroting;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import nl.kernpunt.domain.gedeeld.Invoer;
import nl.kernpunt.domain.gedeeld.OngeldigeWaarde;
import nl.kernpunt.domain.gedeeld.RegelGeschonden;
import nl.kernpunt.domain.subsidie.Bedrag;

/**
 * A residents' idea in a budget round with its cost estimate. Anonymous: it carries no name or
 * contact, so all of it is public, the judgement's reasons too.
 */
public final class Begrotingsidee {

    private final IdeeId id;
    private final BegrotingsrondeId ronde;
    private final String titel;
    private final String omschrijving;
    private final Bedrag kosten;
    private final Instant ingediendOp;
    private Ideestatus status;
    private String motivering;

    private Begrotingsidee(IdeeId id, BegrotingsrondeId ronde, String titel, String omschrijving, Bedrag kosten,
                           Instant ingediendOp, Ideestatus status, String motivering) {
        this.id = Objects.requireNonNull(id, "id");
        this.ronde = Objects.requireNonNull(ronde, "ronde");
        this.titel = titel;
        this.omschrijving = omschrijving;
        this.kosten = kosten;
        this.ingediendOp = Objects.requireNonNull(ingediendOp, "ingediendOp");
        this.status = Objects.requireNonNull(status, "status");
        this.motivering = motivering;
    }

    /** An idea for the round; it may not cost more than the round has to give. */
    public static Begrotingsidee dienIn(Begrotingsronde ronde, String titel, String omschrijving, Bedrag kosten,
                                        Clock klok) {
        ronde.vereisIdeeenperiode(klok);
        Bedrag.positief("kosten", kosten);
        if (kosten.isMeerDan(ronde.getBedrag())) {
            throw new OngeldigeWaarde("kosten", "kosten-boven-rondebedrag",
                    "is meer dan de " + ronde.getBedrag().tekst() + " euro die de ronde te verdelen heeft");
        }
        return new Begrotingsidee(IdeeId.nieuw(), ronde.getId(), Invoer.verplicht("titel", titel, 200),
                Invoer.verplicht("omschrijving", omschrijving, 2000), kosten, klok.instant(), Ideestatus.INGEDIEND,
                null);
    }

    public static Begrotingsidee reconstitute(IdeeId id, BegrotingsrondeId ronde, String titel, String omschrijving,
                                              Bedrag kosten, Instant ingediendOp, Ideestatus status,
                                              String motivering) {
        return new Begrotingsidee(id, ronde, titel, omschrijving, kosten, ingediendOp, status, motivering);
    }

    /** Staff judge feasibility once, with reasons the residents read, accepted or not. */
    public void beoordeel(boolean aanvaard, String reden) {
        if (status != Ideestatus.INGEDIEND) {
            throw new RegelGeschonden("idee-al-beoordeeld", "idee " + id + " is al " + status.extern());
        }
        this.motivering = Invoer.verplicht("motivering", reden, 2000);
        this.status = aanvaard ? Ideestatus.AANVAARD : Ideestatus.AFGEWEZEN;
    }

    public boolean isAanvaard() {
        return status == Ideestatus.AANVAARD;
    }

    public IdeeId getId() {
        return id;
    }

    public BegrotingsrondeId getRonde() {
        return ronde;
    }

    public String getTitel() {
        return titel;
    }

    public String getOmschrijving() {
        return omschrijving;
    }

    public Bedrag getKosten() {
        return kosten;
    }

    public Instant getIngediendOp() {
        return ingediendOp;
    }

    public Ideestatus getStatus() {
        return status;
    }

    public Optional<String> getMotivering() {
        return Optional.ofNullable(motivering);
    }
}
