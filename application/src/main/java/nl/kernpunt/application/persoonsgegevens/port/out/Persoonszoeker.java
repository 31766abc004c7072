package nl.kernpunt.application.persoonsgegevens.port.out;

import java.util.List;
import nl.kernpunt.application.persoonsgegevens.Persoonskenmerken;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.initiatief.InitiatiefId;
import nl.kernpunt.domain.vraag.VraagId;

/** Finds the records of one gemeente that name a person, by the same rules as {@link Persoonskenmerken#past}. */
public interface Persoonszoeker {

    /** As initiator or as the person an agreement names. */
    List<InitiatiefId> initiatieven(Gemeentecode gemeente, Persoonskenmerken persoon);

    /** As asker. */
    List<VraagId> vragen(Gemeentecode gemeente, Persoonskenmerken persoon);
}
