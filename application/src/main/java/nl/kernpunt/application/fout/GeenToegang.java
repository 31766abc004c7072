package nl.kernpunt.application.fout;

public final class GeenToegang extends ToepassingsFout {

    public GeenToegang(String code, String melding) {
        super(code, melding);
    }
}
