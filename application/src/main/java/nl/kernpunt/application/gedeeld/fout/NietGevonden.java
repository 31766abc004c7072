package nl.kernpunt.application.gedeeld.fout;

/** Missing, or belonging to another gemeente: the two are indistinguishable on purpose. */
public final class NietGevonden extends ToepassingsFout {

    public NietGevonden(String soort, Object id) {
        super(soort + "-niet-gevonden", soort + " " + id + " bestaat niet");
    }
}
