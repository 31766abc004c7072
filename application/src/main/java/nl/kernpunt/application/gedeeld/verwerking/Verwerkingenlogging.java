package nl.kernpunt.application.gedeeld.verwerking;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.kernpunt.application.gedeeld.paginering.Pagina;
import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.domain.gemeente.Gemeentecode;

/**
 * The one place that writes the processing log: given what a use case returned, one entry per
 * gemeente and activity for the records with personal data in it (a list read is one entry naming
 * all its records and data subjects). {@link VerwerkingenInterceptor} calls it around every use case
 * of a {@link Verwerkt} service, so a new use case is logged without a line of its own.
 */
@ApplicationScoped
public class Verwerkingenlogging {

    private final Verwerkingenlog log;
    private final Verwerkingsregister register;
    private final Pseudoniemen pseudoniemen;
    private final Spoor spoor;
    private final Clock klok;

    public Verwerkingenlogging(Verwerkingenlog log, Verwerkingsregister register, Pseudoniemen pseudoniemen,
                               Spoor spoor, Clock klok) {
        this.log = log;
        this.register = register;
        this.pseudoniemen = pseudoniemen;
        this.spoor = spoor;
        this.klok = klok;
    }

    public void legVast(Handeling handeling, Gebruiker gebruiker, Object resultaat) {
        legVast(handeling, "", gebruiker, resultaat);
    }

    /** {@code activiteit}: the register's code to log for every record, or empty for each record's own. */
    public void legVast(Handeling handeling, String activiteit, Gebruiker gebruiker, Object resultaat) {
        Map<List<Object>, List<Persoonsgegevens>> perActiviteit = new LinkedHashMap<>();
        for (Persoonsgegevens record : records(resultaat)) {
            String code = activiteit.isEmpty() ? record.verwerkingsactiviteit() : activiteit;
            perActiviteit.computeIfAbsent(List.of(record.gemeente(), code, record.objectsoort()),
                    k -> new ArrayList<>()).add(record);
        }
        List<String> rollen = gebruiker.rollen().stream().map(r -> r.name().toLowerCase()).sorted().toList();
        perActiviteit.forEach((sleutel, records) ->
                leg(handeling, (String) sleutel.get(1), gebruiker.id(), rollen, records));
    }

    /** One entry for a processing no user asked for: {@code systeem} names the job, it has no roles. */
    public void legVastDoorSysteem(Handeling handeling, String activiteit, String systeem, Persoonsgegevens record) {
        leg(handeling, activiteit, systeem, List.of(), List.of(record));
    }

    private void leg(Handeling handeling, String activiteit, String actor, List<String> rollen,
                     List<Persoonsgegevens> records) {
        Persoonsgegevens eerste = records.get(0);
        Gemeentecode gemeente = eerste.gemeente();
        List<String> betrokkenen = records.stream()
                .flatMap(r -> r.betrokkenen().stream().map(p -> pseudoniemen.van(gemeente, p)))
                .distinct().toList();
        List<UUID> objecten = records.stream().map(Persoonsgegevens::object).distinct().toList();
        log.leg(new Verwerking(UUID.randomUUID(), gemeente, klok.instant(),
                register.activiteit(gemeente, activiteit), handeling, actor, rollen,
                eerste.objectsoort(), objecten, betrokkenen, spoor.traceId().orElse(null)));
    }

    private static List<Persoonsgegevens> records(Object resultaat) {
        if (resultaat instanceof Persoonsgegevens record) {
            return List.of(record);
        }
        if (resultaat instanceof Verzameling verzameling) {
            return verzameling.persoonsgegevens();
        }
        if (resultaat instanceof Pagina<?> pagina) {
            return records(pagina.resultaten());
        }
        if (resultaat instanceof Collection<?> lijst) {
            return lijst.stream().filter(Persoonsgegevens.class::isInstance).map(Persoonsgegevens.class::cast).toList();
        }
        return List.of();
    }
}
