package nl.kernpunt.application.persoonsgegevens.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.stream.Stream;
import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.application.gedeeld.toegang.Gebruikersrol;
import nl.kernpunt.application.gedeeld.verwerking.Handeling;
import nl.kernpunt.application.gedeeld.verwerking.Persoonsgegevens;
import nl.kernpunt.application.gedeeld.verwerking.Pseudoniemen;
import nl.kernpunt.application.gedeeld.verwerking.Verwerkingenlog;
import nl.kernpunt.application.gedeeld.verwerking.Verwerkt;
import nl.kernpunt.application.initiatief.port.in.GelezenInitiatief;
import nl.kernpunt.application.initiatief.port.in.InitiatiefQuery;
import nl.kernpunt.application.persoonsgegevens.port.in.BeantwoordInzageverzoekUseCase;
import nl.kernpunt.application.persoonsgegevens.port.in.Inzage;
import nl.kernpunt.application.persoonsgegevens.port.out.Persoonszoeker;
import nl.kernpunt.application.vraag.port.in.GelezenVraag;
import nl.kernpunt.application.vraag.port.in.VraagQuery;

/**
 * Reads the person's records through the features' own queries (tenancy and read models stay
 * theirs, and each read is logged there), then the processing log's entries about the pseudonyms of
 * the matching persons. The export itself is logged as activity {@code inzageverzoeken}.
 */
@ApplicationScoped
@Transactional
@Verwerkt(value = Handeling.RAADPLEGEN, activiteit = "inzageverzoeken")
public class InzageService implements BeantwoordInzageverzoekUseCase {

    private final Persoonszoeker zoeker;
    private final InitiatiefQuery initiatieven;
    private final VraagQuery vragen;
    private final Verwerkingenlog log;
    private final Pseudoniemen pseudoniemen;

    public InzageService(Persoonszoeker zoeker, InitiatiefQuery initiatieven, VraagQuery vragen, Verwerkingenlog log,
                         Pseudoniemen pseudoniemen) {
        this.zoeker = zoeker;
        this.initiatieven = initiatieven;
        this.vragen = vragen;
        this.log = log;
        this.pseudoniemen = pseudoniemen;
    }

    @Override
    public Inzage beantwoord(Command command) {
        Gebruiker beheerder = command.gebruiker();
        beheerder.vereistEenVan(Gebruikersrol.BEHEERDER);
        List<GelezenInitiatief> gevondenInitiatieven = zoeker.initiatieven(beheerder.gemeente(), command.persoon())
                .stream().map(id -> initiatieven.lees(id, beheerder)).toList();
        List<GelezenVraag> gevondenVragen = zoeker.vragen(beheerder.gemeente(), command.persoon())
                .stream().map(id -> vragen.lees(id, beheerder)).toList();
        List<String> betrokkene = Stream.concat(gevondenInitiatieven.stream(), gevondenVragen.stream())
                .map(Persoonsgegevens.class::cast)
                .flatMap(r -> r.betrokkenen().stream().filter(command.persoon()::past))
                .map(p -> pseudoniemen.van(beheerder.gemeente(), p))
                .distinct().toList();
        return new Inzage(gevondenInitiatieven, gevondenVragen, log.over(beheerder.gemeente(), betrokkene));
    }
}
