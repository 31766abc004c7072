package nl.kernpunt.domain.gemeente;

import nl.kernpunt.domain.gedeeld.Contactpersoon;
import nl.kernpunt.domain.gedeeld.OngeldigeWaarde;
import nl.kernpunt.domain.vraag.Antwoordtermijn;
import nl.kernpunt.domain.vraag.Termijnsoort;

/**
 * The terms a gemeente chooses for itself. The defaults are Buren's: an answer within a week
 * (calendar days), feedback after a meeting within two weeks, an initiative silent after four
 * weeks without contact. The kernambtenaar's work e-mail address is public, their phone number is
 * not (docs/adr/0018): a public official's work contact, published as far as the gemeente chooses.
 * The retention terms of residents' personal data are the gemeente's too ({@link Bewaartermijnen}).
 */
public record GemeenteInstellingen(int antwoordtermijnDagen, int terugkoppeltermijnDagen, int stilteDrempelDagen,
                                   Termijnsoort antwoordtermijnSoort, Boolean kernambtenaarEmailOpenbaar,
                                   Boolean kernambtenaarTelefoonOpenbaar, Bewaartermijnen bewaartermijnen) {

    public static final GemeenteInstellingen STANDAARD = new GemeenteInstellingen(7, 14, 28);

    public GemeenteInstellingen {
        binnen("instellingen.antwoordtermijnDagen", antwoordtermijnDagen, 60);
        binnen("instellingen.terugkoppeltermijnDagen", terugkoppeltermijnDagen, 90);
        binnen("instellingen.stilteDrempelDagen", stilteDrempelDagen, 365);
        // absent means the default, so a client that does not know the setting keeps calendar days
        if (antwoordtermijnSoort == null) {
            antwoordtermijnSoort = Termijnsoort.KALENDERDAGEN;
        }
        if (kernambtenaarEmailOpenbaar == null) {
            kernambtenaarEmailOpenbaar = true;
        }
        if (kernambtenaarTelefoonOpenbaar == null) {
            kernambtenaarTelefoonOpenbaar = false;
        }
        if (bewaartermijnen == null) {
            bewaartermijnen = Bewaartermijnen.STANDAARD;
        }
    }

    /** With the default retention terms. */
    public GemeenteInstellingen(int antwoordtermijnDagen, int terugkoppeltermijnDagen, int stilteDrempelDagen,
                                Termijnsoort antwoordtermijnSoort, Boolean kernambtenaarEmailOpenbaar,
                                Boolean kernambtenaarTelefoonOpenbaar) {
        this(antwoordtermijnDagen, terugkoppeltermijnDagen, stilteDrempelDagen, antwoordtermijnSoort,
                kernambtenaarEmailOpenbaar, kernambtenaarTelefoonOpenbaar, null);
    }

    /** With the default publication of the kernambtenaar's contact details. */
    public GemeenteInstellingen(int antwoordtermijnDagen, int terugkoppeltermijnDagen, int stilteDrempelDagen,
                                Termijnsoort antwoordtermijnSoort) {
        this(antwoordtermijnDagen, terugkoppeltermijnDagen, stilteDrempelDagen, antwoordtermijnSoort, null, null, null);
    }

    /** With calendar days, as before the choice existed. */
    public GemeenteInstellingen(int antwoordtermijnDagen, int terugkoppeltermijnDagen, int stilteDrempelDagen) {
        this(antwoordtermijnDagen, terugkoppeltermijnDagen, stilteDrempelDagen, Termijnsoort.KALENDERDAGEN);
    }

    /** The term a question received now gets. */
    public Antwoordtermijn antwoordtermijn() {
        return new Antwoordtermijn(antwoordtermijnDagen, antwoordtermijnSoort);
    }

    /** The kernambtenaar as anyone may see them: the name, and the contact details the gemeente publishes. */
    public Contactpersoon openbareKernambtenaar(Contactpersoon kernambtenaar) {
        if (kernambtenaar == null) {
            return null;
        }
        return new Contactpersoon(kernambtenaar.naam(), kernambtenaarEmailOpenbaar ? kernambtenaar.email() : null,
                kernambtenaarTelefoonOpenbaar ? kernambtenaar.telefoon() : null);
    }

    private static void binnen(String veld, int dagen, int max) {
        if (dagen < 1 || dagen > max) {
            throw new OngeldigeWaarde(veld, "buiten-bereik", "moet tussen 1 en " + max + " dagen liggen");
        }
    }
}
