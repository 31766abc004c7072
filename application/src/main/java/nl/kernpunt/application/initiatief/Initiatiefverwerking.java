package nl.kernpunt.application.initiatief;

import java.util.UUID;
import nl.kernpunt.application.gedeeld.verwerking.Persoonsgegevens;
import nl.kernpunt.domain.initiatief.InitiatiefId;

/** A read model of (part of) an initiative: logged as activity {@code initiatieven} on that initiative. */
public interface Initiatiefverwerking extends Persoonsgegevens {

    InitiatiefId initiatiefId();

    @Override
    default String verwerkingsactiviteit() {
        return "initiatieven";
    }

    @Override
    default String objectsoort() {
        return "initiatief";
    }

    @Override
    default UUID object() {
        return initiatiefId().waarde();
    }
}
