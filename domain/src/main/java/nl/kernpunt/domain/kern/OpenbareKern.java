package nl.kernpunt.domain.kern;

import nl.kernpunt.domain.gedeeld.Contactpersoon;
import nl.kernpunt.domain.gemeente.GemeenteInstellingen;
import nl.kernpunt.domain.gemeente.Gemeentecode;

/**
 * What anyone may know of a kern: how it is called, where it lies and whom residents can reach.
 * Everything else is for the gemeente's own staff.
 */
public record OpenbareKern(KernId id, Gemeentecode gemeente, String naam, String gebied,
                           Contactpersoon kernambtenaar, boolean gearchiveerd) {

    /** As published: the kernambtenaar's contact details as far as the gemeente's settings allow. */
    public OpenbareKern volgens(GemeenteInstellingen instellingen) {
        return new OpenbareKern(id, gemeente, naam, gebied, instellingen.openbareKernambtenaar(kernambtenaar),
                gearchiveerd);
    }
}
