package nl.kernpunt.domain.testdata;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import nl.kernpunt.domain.gedeeld.Contactpersoon;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.initiatief.Initiatief;
import nl.kernpunt.domain.initiatief.InitiatiefGegevens;
import nl.kernpunt.domain.initiatief.Ondersteuning;
import nl.kernpunt.domain.initiatief.Vorm;
import nl.kernpunt.domain.kern.Kern;
import nl.kernpunt.domain.kern.KernId;

/** {@code eenInitiatief().inKern(kern).getiteld("Schone containerplek").bouw(klok)}. */
public final class InitiatiefBouwer {

    private Gemeentecode gemeente = new Gemeentecode("0214");
    private KernId kern = KernId.nieuw();
    private String titel = "Schone containerplek";
    private String omschrijving = "Bewoners willen het afval naast de containers samen met Avri aanpakken.";
    private boolean rightToChallenge;

    private InitiatiefBouwer() {
    }

    public static InitiatiefBouwer eenInitiatief() {
        return new InitiatiefBouwer();
    }

    public InitiatiefBouwer inKern(Kern kern) {
        this.kern = kern.getId();
        this.gemeente = kern.getGemeente();
        return this;
    }

    public InitiatiefBouwer inGemeente(Gemeentecode gemeente) {
        this.gemeente = gemeente;
        return this;
    }

    public InitiatiefBouwer getiteld(String titel) {
        this.titel = titel;
        return this;
    }

    public InitiatiefBouwer beschreven(String omschrijving) {
        this.omschrijving = omschrijving;
        return this;
    }

    /** Residents challenge the gemeente to hand over a task (Right to Challenge). */
    public InitiatiefBouwer alsUitdaging() {
        this.rightToChallenge = true;
        return this;
    }

    public InitiatiefGegevens gegevens() {
        return new InitiatiefGegevens(titel, omschrijving,
                new Vorm(false, false, rightToChallenge), Set.of(Ondersteuning.KENNIS, Ondersteuning.NETWERK),
                List.of(new Contactpersoon("Jan de Boer", "jan.deboer@example.nl", "06 1234 5678")),
                new Contactpersoon("Pieter Vos", "p.vos@buren.nl", null));
    }

    public Initiatief bouw(Clock klok) {
        return Initiatief.dienIn(gemeente, kern, gegevens(), "Medewerker Buren", klok);
    }
}
