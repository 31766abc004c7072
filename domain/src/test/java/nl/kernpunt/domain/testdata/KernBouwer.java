package nl.kernpunt.domain.testdata;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.kernpunt.domain.gedeeld.Contactpersoon;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.kern.Communicatiekanaal;
import nl.kernpunt.domain.kern.ConvenantStatus;
import nl.kernpunt.domain.kern.Dorpsbelangenorganisatie;
import nl.kernpunt.domain.kern.KanaalType;
import nl.kernpunt.domain.kern.Kern;
import nl.kernpunt.domain.kern.KernId;
import nl.kernpunt.domain.kern.KernProfiel;
import nl.kernpunt.domain.kern.Maatwerk;
import nl.kernpunt.domain.kern.Uitrolfase;

/** {@code eenKern().genaamd("Zoelen").inGemeente("0214").bouw(klok)}. */
public final class KernBouwer {

    private Gemeentecode gemeente = new Gemeentecode("0214");
    private String naam = "Ravenswaaij";
    private String gebied = "Buren e.o.";
    private Uitrolfase uitrolfase = Uitrolfase.STARTEN;
    private Contactpersoon kernambtenaar = eenKernambtenaar("Sanne de Vries");
    private Contactpersoon kernwethouder = new Contactpersoon("Wethouder Jansen", null, null);
    private final List<Dorpsbelangenorganisatie> organisaties = new ArrayList<>(List.of(
            new Dorpsbelangenorganisatie("Stichting Dorpsraad Ravenswaaij", LocalDate.of(2021, 3, 1), ConvenantStatus.AFGESLOTEN)));
    private final List<Communicatiekanaal> kanalen = new ArrayList<>(List.of(
            new Communicatiekanaal(KanaalType.WHATSAPP_GROEP, "Buurtapp Ravenswaaij", 180)));

    private KernBouwer() {
    }

    public static KernBouwer eenKern() {
        return new KernBouwer();
    }

    public static Contactpersoon eenKernambtenaar(String naam) {
        String adres = naam.toLowerCase().replaceAll("[^a-z]", ".") + "@buren.nl";
        return new Contactpersoon(naam, adres, "0344 579 111");
    }

    public KernBouwer genaamd(String naam) {
        this.naam = naam;
        return this;
    }

    public KernBouwer inGemeente(String code) {
        this.gemeente = new Gemeentecode(code);
        return this;
    }

    public KernBouwer inGebied(String gebied) {
        this.gebied = gebied;
        return this;
    }

    public KernBouwer metKernambtenaar(Contactpersoon persoon) {
        this.kernambtenaar = persoon;
        return this;
    }

    public KernBouwer zonderKernambtenaar() {
        this.kernambtenaar = null;
        return this;
    }

    public KernBouwer metKanaal(KanaalType type, String kanaalnaam) {
        kanalen.add(new Communicatiekanaal(type, kanaalnaam, null));
        return this;
    }

    public KernBouwer metDorpsbelang(String organisatienaam) {
        organisaties.add(new Dorpsbelangenorganisatie(organisatienaam, null, ConvenantStatus.GEEN));
        return this;
    }

    public KernBouwer zonderDorpsbelangen() {
        organisaties.clear();
        return this;
    }

    public KernProfiel profiel() {
        return new KernProfiel(naam, gebied, uitrolfase, organisaties, kanalen);
    }

    public Kern bouw(Clock klok) {
        return Kern.nieuw(gemeente, profiel(), kernambtenaar, kernwethouder, "Beheerder Buren", klok);
    }

    /** The kern an initiative built elsewhere names, with this builder's register. */
    public Kern bouw(KernId id, Clock klok) {
        return Kern.reconstitute(id, gemeente, profiel(), List.of(), false, Maatwerk.GEEN, klok.instant(),
                klok.instant(), 0);
    }
}
