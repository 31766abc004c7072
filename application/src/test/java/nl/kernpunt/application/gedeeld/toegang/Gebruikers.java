package nl.kernpunt.application.gedeeld.toegang;

import java.util.Set;
import nl.kernpunt.domain.gemeente.Gemeentecode;

/** {@code eenBeheerderVan("0214")}. */
public final class Gebruikers {

    private Gebruikers() {
    }

    public static Gebruiker eenBeheerderVan(String gemeente) {
        return met(gemeente, Gebruikersrol.BEHEERDER);
    }

    public static Gebruiker eenKernambtenaarVan(String gemeente) {
        return met(gemeente, Gebruikersrol.KERNAMBTENAAR);
    }

    public static Gebruiker eenMedewerkerVan(String gemeente) {
        return met(gemeente, Gebruikersrol.MEDEWERKER);
    }

    private static Gebruiker met(String gemeente, Gebruikersrol rol) {
        String naam = rol.name().toLowerCase() + " " + gemeente;
        return new Gebruiker(naam.replace(' ', '-'), naam, new Gemeentecode(gemeente), Set.of(rol));
    }
}
