package nl.kernpunt.adapter.persistence.gedeeld;

import java.util.UUID;
import nl.kernpunt.domain.bijeenkomst.BijeenkomstId;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.indicator.IndicatorId;
import nl.kernpunt.domain.initiatief.InitiatiefId;
import nl.kernpunt.domain.kern.KernId;
import nl.kernpunt.domain.subsidie.AanvraagId;
import nl.kernpunt.domain.traject.TrajectId;
import nl.kernpunt.domain.vraag.VraagId;

/** For the entity mappers: the domain's keys as the columns hold them, so a same-named column maps itself. */
public final class Sleutels {

    private Sleutels() {
    }

    public static String code(Gemeentecode gemeente) {
        return gemeente.waarde();
    }

    public static UUID uuid(KernId id) {
        return id.waarde();
    }

    public static UUID uuid(InitiatiefId id) {
        return id.waarde();
    }

    public static UUID uuid(VraagId id) {
        return id.waarde();
    }

    public static UUID uuid(AanvraagId id) {
        return id.waarde();
    }

    public static UUID uuid(TrajectId id) {
        return id.waarde();
    }

    public static UUID uuid(BijeenkomstId id) {
        return id.waarde();
    }

    public static UUID uuid(IndicatorId id) {
        return id.waarde();
    }
}
