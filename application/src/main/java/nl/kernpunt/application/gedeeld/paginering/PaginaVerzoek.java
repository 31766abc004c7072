package nl.kernpunt.application.gedeeld.paginering;

import nl.kernpunt.domain.gedeeld.OngeldigeWaarde;

/** A request for one page of a keyset-paginated list; {@code cursor} is null for the first page. */
public record PaginaVerzoek(String cursor, int grootte) {

    public static final int STANDAARD_GROOTTE = 20;
    public static final int MAX_GROOTTE = 100;

    public PaginaVerzoek {
        if (grootte < 1 || grootte > MAX_GROOTTE) {
            throw new OngeldigeWaarde("pageSize", "buiten-bereik", "moet tussen 1 en " + MAX_GROOTTE + " liggen");
        }
    }

    public static PaginaVerzoek van(String cursor, Integer grootte) {
        return new PaginaVerzoek(cursor, grootte == null ? STANDAARD_GROOTTE : grootte);
    }
}
