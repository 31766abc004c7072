package nl.kernpunt.application.persoonsgegevens.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.application.gedeeld.toegang.Gebruikersrol;
import nl.kernpunt.application.gedeeld.verwerking.Handeling;
import nl.kernpunt.application.gedeeld.verwerking.Persoonsgegevens;
import nl.kernpunt.application.gedeeld.verwerking.Verwerkt;
import nl.kernpunt.application.persoonsgegevens.Persoonskenmerken;
import nl.kernpunt.application.persoonsgegevens.port.in.VerwijderPersoonsgegevensUseCase;
import nl.kernpunt.application.persoonsgegevens.port.out.Persoonszoeker;

/**
 * Erases in one transaction from every initiative and question of the gemeente that names the
 * person, through {@link Anonimisering}: no new opdracht goes to the case system, so Join is not
 * sent the person again. Each record gets an audit line with the reason (never the person); the
 * processing log gets the erasure with the erased persons' pseudonyms ({@link Verwerkt}).
 */
@ApplicationScoped
@Transactional
@Verwerkt(value = Handeling.VERWIJDEREN, activiteit = "verwijderverzoeken")
public class VerwijderService implements VerwijderPersoonsgegevensUseCase {

    private final Persoonszoeker zoeker;
    private final Anonimisering anonimisering;

    public VerwijderService(Persoonszoeker zoeker, Anonimisering anonimisering) {
        this.zoeker = zoeker;
        this.anonimisering = anonimisering;
    }

    @Override
    public Verwijdering verwijder(Command command) {
        Gebruiker beheerder = command.gebruiker();
        beheerder.vereistEenVan(Gebruikersrol.BEHEERDER);
        Persoonskenmerken persoon = command.persoon();
        var grond = new Anonimisering.Grond(beheerder.id(), "persoonsgegevens-verwijderd",
                Map.of("reden", command.reden()));
        List<Persoonsgegevens> verwijderd = new ArrayList<>();
        for (var id : zoeker.initiatieven(beheerder.gemeente(), persoon)) {
            anonimisering.initiatief(id, persoon::past, grond).ifPresent(verwijderd::add);
        }
        for (var id : zoeker.vragen(beheerder.gemeente(), persoon)) {
            anonimisering.vraag(id, persoon::past, grond).ifPresent(verwijderd::add);
        }
        return new Verwijdering(verwijderd);
    }
}
