package nl.kernpunt.application.vraag.port.in;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.kernpunt.application.gedeeld.verwerking.Persoonsgegevens;
import nl.kernpunt.domain.gedeeld.Contactpersoon;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.vraag.Termijnstand;
import nl.kernpunt.domain.vraag.Vraag;

/** A question as its own gemeente's staff see it, with its term as it stands at reading. */
public record GelezenVraag(Vraag vraag, Termijnstand termijnstand) implements Persoonsgegevens {

    public static GelezenVraag op(Vraag vraag, Instant nu) {
        return new GelezenVraag(vraag, vraag.termijnstand(nu));
    }

    @Override
    public Gemeentecode gemeente() {
        return vraag.getGemeente();
    }

    @Override
    public String verwerkingsactiviteit() {
        return "vragen";
    }

    @Override
    public String objectsoort() {
        return "vraag";
    }

    @Override
    public UUID object() {
        return vraag.getId().waarde();
    }

    /** The asker; the kernambtenaar and the colleague it was handed to are staff. */
    @Override
    public List<Contactpersoon> betrokkenen() {
        return List.of(vraag.getVrager());
    }
}
