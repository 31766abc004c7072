package nl.kernpunt.domain.gemeente;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import nl.kernpunt.domain.gedeeld.Invoer;

/** A municipality: the tenant. Its code never changes; a merger makes a new gemeente. */
public final class Gemeente {

    private final Gemeentecode code;
    private String naam;
    private Rsin rsin;
    private GemeenteInstellingen instellingen;
    private final Instant aangemaaktOp;
    private Instant gewijzigdOp;
    private final long versie;

    private Gemeente(Gemeentecode code, String naam, Rsin rsin, GemeenteInstellingen instellingen,
                     Instant aangemaaktOp, Instant gewijzigdOp, long versie) {
        this.code = Objects.requireNonNull(code);
        this.naam = Invoer.verplicht("naam", naam, 100);
        this.rsin = Invoer.nietNull("rsin", rsin);
        this.instellingen = instellingen == null ? GemeenteInstellingen.STANDAARD : instellingen;
        this.aangemaaktOp = aangemaaktOp;
        this.gewijzigdOp = gewijzigdOp;
        this.versie = versie;
    }

    public static Gemeente registreer(Gemeentecode code, String naam, Rsin rsin,
                                      GemeenteInstellingen instellingen, Clock klok) {
        Instant nu = klok.instant();
        return new Gemeente(code, naam, rsin, instellingen, nu, nu, 0);
    }

    public static Gemeente reconstitute(Gemeentecode code, String naam, Rsin rsin, GemeenteInstellingen instellingen,
                                        Instant aangemaaktOp, Instant gewijzigdOp, long versie) {
        return new Gemeente(code, naam, rsin, instellingen, aangemaaktOp, gewijzigdOp, versie);
    }

    public void wijzig(String nieuweNaam, Rsin nieuwRsin, GemeenteInstellingen nieuweInstellingen, Clock klok) {
        this.naam = Invoer.verplicht("naam", nieuweNaam, 100);
        this.rsin = Invoer.nietNull("rsin", nieuwRsin);
        this.instellingen = Invoer.nietNull("instellingen", nieuweInstellingen);
        this.gewijzigdOp = klok.instant();
    }

    public OpenbareGemeente openbaar() {
        return new OpenbareGemeente(code, naam);
    }

    public Gemeentecode getCode() {
        return code;
    }

    public String getNaam() {
        return naam;
    }

    public Rsin getRsin() {
        return rsin;
    }

    public GemeenteInstellingen getInstellingen() {
        return instellingen;
    }

    public Instant getAangemaaktOp() {
        return aangemaaktOp;
    }

    public Instant getGewijzigdOp() {
        return gewijzigdOp;
    }

    public long getVersie() {
        return versie;
    }
}
