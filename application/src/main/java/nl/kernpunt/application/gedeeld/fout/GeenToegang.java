package nl.kernpunt.application.gedeeld.fout;

public final class GeenToegang extends ToepassingsFout {

    public GeenToegang(String code, String melding) {
        super(code, melding);
    }
}
