package nl.kernpunt.application.gedeeld.audit;

/**
 * The kinds of resource whose trail the audit keeps, as {@link Auditregel#soort()} stores them. One
 * list, so a feature that writes to another's trail (a grant to its initiative's, Join's status to
 * a question's) names the kind instead of reaching into that feature's service.
 */
public final class Auditsoort {

    public static final String KERN = "kern";
    public static final String INITIATIEF = "initiatief";
    public static final String VRAAG = "vraag";
    public static final String PARTICIPATIETRAJECT = "participatietraject";
    public static final String BIJEENKOMST = "bijeenkomst";
    public static final String KERNAGENDA = "kernagenda";
    public static final String INDICATOR = "indicator";
    public static final String SUBSIDIEREGELING = "subsidieregeling";
    public static final String APP_SLEUTEL = "app-sleutel";
    public static final String BEGROTINGSRONDE = "begrotingsronde";

    private Auditsoort() {
    }
}
