package nl.kernpunt.domain.traject;

/**
 * How much say residents get: the five ordered rungs of the ladder the sources prescribe, each
 * with the resident's and the government's role (Buren's verordening, Heusden's roles). Declared
 * in ladder order, so {@link #rang()} follows from the declaration.
 */
public enum Participatieniveau {
    INFORMEREN("luisteraar", "beslist en informeert"),
    RAADPLEGEN("geconsulteerde gesprekspartner", "beslist en vraagt om commentaar zonder eraan gebonden te zijn"),
    ADVISEREN("adviseur", "beslist en staat open voor andere ideeën en oplossingen"),
    COPRODUCEREN("gelijkwaardige partner die binnen vooraf gestelde voorwaarden meebeslist",
            "beslist met inachtneming van de vooraf gestelde voorwaarden"),
    MEEBESLISSEN("initiatiefnemer en beslisser",
            "faciliteert; het bestuur neemt de uitkomst over na toetsing aan vooraf gestelde voorwaarden");

    private final String rolInwoner;
    private final String rolOverheid;

    Participatieniveau(String rolInwoner, String rolOverheid) {
        this.rolInwoner = rolInwoner;
        this.rolOverheid = rolOverheid;
    }

    /** 1 (informeren) to 5 (meebeslissen). */
    public int rang() {
        return ordinal() + 1;
    }

    public String rolInwoner() {
        return rolInwoner;
    }

    public String rolOverheid() {
        return rolOverheid;
    }

    /** Heusden counts levels 4 and 5 as schaalverdieping in its reports. */
    public boolean isSchaalverdieping() {
        return rang() >= COPRODUCEREN.rang();
    }
}
