package nl.kernpunt.application.gebeurtenis.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import nl.kernpunt.application.gebeurtenis.Cloudevent;
import nl.kernpunt.application.gebeurtenis.Gebeurtenis;
import nl.kernpunt.application.gebeurtenis.Gebeurteniscatalogus;
import nl.kernpunt.application.gebeurtenis.Gebeurtenisinstellingen;
import nl.kernpunt.application.gebeurtenis.port.in.LeesGebeurtenissenQuery;
import nl.kernpunt.application.gebeurtenis.port.out.Gebeurtenissen;
import nl.kernpunt.application.gedeeld.paginering.Pagina;
import nl.kernpunt.application.gedeeld.paginering.PaginaVerzoek;
import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.domain.gedeeld.OngeldigeWaarde;

/**
 * The feed. Every member of staff reads it (an integrator's client gets a medewerker token); the
 * cursor is the number of the last event read, so a client that stores it resumes exactly there.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class GebeurtenisQueryService implements LeesGebeurtenissenQuery {

    private final Gebeurtenissen gebeurtenissen;
    private final Gebeurtenisinstellingen instellingen;

    public GebeurtenisQueryService(Gebeurtenissen gebeurtenissen, Gebeurtenisinstellingen instellingen) {
        this.gebeurtenissen = gebeurtenissen;
        this.instellingen = instellingen;
    }

    @Override
    public Pagina<Cloudevent> lees(Gebruiker gebruiker, PaginaVerzoek verzoek, Optional<String> type) {
        type.ifPresent(GebeurtenisQueryService::vereisBekendType);
        long na = verzoek.cursor() == null ? 0 : volgnummer(verzoek.cursor());
        // one more than asked tells whether a next page exists
        List<Gebeurtenis> gevonden = gebeurtenissen.na(gebruiker.gemeente(), na, type, verzoek.grootte() + 1);
        List<Gebeurtenis> pagina = gevonden.subList(0, Math.min(verzoek.grootte(), gevonden.size()));
        // the last page still carries a cursor: the feed grows, and a client polls on from there
        String volgende = pagina.isEmpty() ? verzoek.cursor() : Long.toString(pagina.get(pagina.size() - 1).volgnummer());
        return new Pagina<>(pagina.stream().map(g -> Cloudevent.van(g, instellingen)).toList(), volgende);
    }

    static void vereisBekendType(String type) {
        if (!Gebeurteniscatalogus.typen().contains(type)) {
            throw new OngeldigeWaarde("type", "type-onbekend", "is geen gebeurtenistype uit de catalogus");
        }
    }

    private static long volgnummer(String cursor) {
        if (cursor.matches("[0-9]{1,18}")) {
            return Long.parseLong(cursor);
        }
        throw new OngeldigeWaarde("cursor", "cursor-ongeldig", "is geen cursor van deze lijst");
    }
}
