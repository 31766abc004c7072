package nl.kernpunt.application.gebeurtenis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.kernpunt.application.gedeeld.audit.Auditregel;
import nl.kernpunt.application.gedeeld.audit.Auditsoort;

/**
 * The event catalogue: which audit lines are events, of which type, and which of the line's values
 * the event may carry. Every state change already writes an audit line in its own transaction, so an
 * event derived from it is written with the change or not at all. Only named values pass, all of them
 * codes, dates or ids: free text (titles, reasons, answers) may hold personal data and stays in the
 * trail (docs/adr/0020).
 */
public final class Gebeurteniscatalogus {

    public static final String VOORVOEGSEL = "nl.kernpunt.";
    static final String SUBSIDIE = "subsidie";

    /** One kind of event: the audit line it comes from and the values it carries. */
    public record Soort(String auditsoort, String actie, String type, List<String> velden) {
    }

    private static final List<Soort> SOORTEN = List.of(
            soort(Auditsoort.KERN, "functie-overgedragen", "kern.functie-overgedragen", "functie"),
            soort(Auditsoort.INITIATIEF, "ingediend", "initiatief.geregistreerd", "status", "kern"),
            soort(Auditsoort.INITIATIEF, "status-gewijzigd", "initiatief.status-gewijzigd", "van", "naar", "bron"),
            soort(Auditsoort.INITIATIEF, "rol-bepaald", "initiatief.rol-gewijzigd", "vorigeRol", "rol", "fase"),
            soort(Auditsoort.INITIATIEF, "stap-vastgelegd", "initiatief.stap-vastgelegd", "stap", "datum"),
            soort(Auditsoort.INITIATIEF, "subsidie-aangevraagd", "subsidie.aangevraagd", "aanvraag", "regeling", "jaar"),
            soort(Auditsoort.INITIATIEF, "subsidie-toegekend", "subsidie.toegekend", "aanvraag", "regeling"),
            soort(Auditsoort.INITIATIEF, "subsidie-afgewezen", "subsidie.afgewezen", "aanvraag", "regeling"),
            soort(Auditsoort.INITIATIEF, "subsidie-uitbetaald", "subsidie.uitbetaald", "aanvraag", "regeling"),
            soort(Auditsoort.VRAAG, "ontvangen", "vraag.ontvangen", "kern", "termijn"),
            soort(Auditsoort.VRAAG, "beantwoorden", "vraag.beantwoord", "van", "naar"),
            soort(Auditsoort.VRAAG, "doorzetten", "vraag.status-gewijzigd", "van", "naar"),
            soort(Auditsoort.VRAAG, "procesantwoord", "vraag.status-gewijzigd", "van", "naar"),
            soort(Auditsoort.VRAAG, "wacht-op-inwoner", "vraag.status-gewijzigd", "van", "naar"),
            soort(Auditsoort.VRAAG, "hervatten", "vraag.status-gewijzigd", "van", "naar"),
            soort(Auditsoort.VRAAG, "sluiten", "vraag.status-gewijzigd", "van", "naar"),
            soort(Auditsoort.VRAAG, "termijn-verlopen", "vraag.termijn-verlopen", "kern", "termijn"),
            soort(Auditsoort.BIJEENKOMST, "vastgelegd", "bijeenkomst.vastgelegd", "soort", "datum"),
            soort(Auditsoort.BIJEENKOMST, "teruggekoppeld", "bijeenkomst.teruggekoppeld", "datum", "tijdig"),
            soort(Auditsoort.BIJEENKOMST, "terugkoppeling-verlopen", "bijeenkomst.terugkoppeling-verlopen",
                    "termijn"),
            soort(Auditsoort.PARTICIPATIETRAJECT, "aangemaakt", "participatietraject.aangemaakt"),
            soort(Auditsoort.PARTICIPATIETRAJECT, "stap-vastgelegd", "participatietraject.stap-vastgelegd", "stap"),
            soort(Auditsoort.PARTICIPATIETRAJECT, "niveau-gewijzigd", "participatietraject.niveau-gewijzigd", "van",
                    "naar"),
            soort(Auditsoort.PARTICIPATIETRAJECT, "participatie-gestart", "participatietraject.participatie-gestart",
                    "fase"),
            soort(Auditsoort.PARTICIPATIETRAJECT, "afgesloten", "participatietraject.afgesloten", "fase"),
            soort(Auditsoort.KERNAGENDA, "themas-vastgesteld", "kernagenda.vastgesteld", "aantal"),
            soort(Auditsoort.INDICATOR, "meting-toegevoegd", "indicator.meting-toegevoegd", "peildatum"));

    private static final Map<String, Soort> PER_ACTIE = SOORTEN.stream()
            .collect(Collectors.toMap(s -> s.auditsoort() + "/" + s.actie(), s -> s));

    private Gebeurteniscatalogus() {
    }

    /** Every event type there is, e.g. {@code nl.kernpunt.initiatief.status-gewijzigd}. */
    public static Set<String> typen() {
        return SOORTEN.stream().map(Soort::type).collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    public static List<Soort> soorten() {
        return SOORTEN;
    }

    /** The event an audit line stands for, without its place in the feed yet; empty when it is none. */
    public static Optional<Gebeurtenis> uit(Auditregel regel) {
        Soort soort = PER_ACTIE.get(regel.soort() + "/" + regel.actie());
        if (soort == null) {
            return Optional.empty();
        }
        Map<String, String> data = new LinkedHashMap<>();
        soort.velden().forEach(veld -> {
            String waarde = regel.gegevens().get(veld);
            if (waarde != null && !waarde.isEmpty()) {
                data.put(veld, waarde);
            }
        });
        boolean subsidie = soort.type().startsWith(VOORVOEGSEL + SUBSIDIE + ".");
        UUID subject = subsidie ? UUID.fromString(regel.gegevens().get("aanvraag")) : regel.aggregaat();
        String bron = subsidie ? SUBSIDIE : regel.soort();
        return Optional.of(new Gebeurtenis(UUID.randomUUID(), regel.gemeente(), 0, soort.type(), bron, subject,
                pad(bron, subject), regel.op(), data));
    }

    private static String pad(String bron, UUID id) {
        return switch (bron) {
            case Auditsoort.INITIATIEF -> "/initiatieven/" + id;
            case Auditsoort.VRAAG -> "/vragen/" + id;
            case Auditsoort.BIJEENKOMST -> "/bijeenkomsten/" + id;
            case Auditsoort.PARTICIPATIETRAJECT -> "/participatietrajecten/" + id;
            case Auditsoort.KERN -> "/kernen/" + id;
            case Auditsoort.KERNAGENDA -> "/kernen/" + id + "/kernagenda";
            case Auditsoort.INDICATOR -> "/indicatoren/" + id;
            case SUBSIDIE -> "/subsidies/aanvragen/" + id;
            default -> throw new IllegalStateException("geen pad voor " + bron);
        };
    }

    private static Soort soort(String auditsoort, String actie, String type, String... velden) {
        return new Soort(auditsoort, actie, VOORVOEGSEL + type, List.of(velden));
    }
}
