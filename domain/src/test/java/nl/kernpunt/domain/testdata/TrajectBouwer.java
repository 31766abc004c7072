package nl.kernpunt.domain.testdata;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.kernpunt.domain.gedeeld.Contactpersoon;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.kern.KernId;
import nl.kernpunt.domain.traject.Actor;
import nl.kernpunt.domain.traject.Afweging;
import nl.kernpunt.domain.traject.Betrokkenen;
import nl.kernpunt.domain.traject.Communicatieplan;
import nl.kernpunt.domain.traject.Doel;
import nl.kernpunt.domain.traject.Evaluatie;
import nl.kernpunt.domain.traject.Middelen;
import nl.kernpunt.domain.traject.Middeltype;
import nl.kernpunt.domain.traject.Mijlpaal;
import nl.kernpunt.domain.traject.Niveaubepaling;
import nl.kernpunt.domain.traject.Participatiemiddel;
import nl.kernpunt.domain.traject.Participatietraject;
import nl.kernpunt.domain.traject.Startnotitie;
import nl.kernpunt.domain.traject.TrajectGegevens;

/** Test data for trajecten: {@code eenTraject().inKern(id).groot().bouw(klok)}. */
public final class TrajectBouwer {

    private String onderwerp = "Warmteplan Beusichem";
    private List<KernId> kernen = List.of();
    private boolean groot;
    private Startnotitie startnotitie;
    private Gemeentecode gemeente = new Gemeentecode("0214");
    private LocalDate start = LocalDate.of(2026, 3, 1);
    private LocalDate eind = LocalDate.of(2026, 12, 1);

    public static TrajectBouwer eenTraject() {
        return new TrajectBouwer();
    }

    public TrajectBouwer over(String onderwerp) {
        this.onderwerp = onderwerp;
        return this;
    }

    public TrajectBouwer inKern(KernId kern) {
        this.kernen = List.of(kern);
        return this;
    }

    public TrajectBouwer inGemeente(Gemeentecode gemeente) {
        this.gemeente = gemeente;
        return this;
    }

    /** Either date may be null. */
    public TrajectBouwer loopt(LocalDate start, LocalDate eind) {
        this.start = start;
        this.eind = eind;
        return this;
    }

    public TrajectBouwer groot() {
        this.groot = true;
        return this;
    }

    public TrajectBouwer metStartnotitie() {
        this.startnotitie = new Startnotitie(LocalDate.of(2026, 2, 12), "Raad stemt in met startnotitie (besluit 2026-014)");
        return this;
    }

    public TrajectGegevens gegevens() {
        return new TrajectGegevens(onderwerp, "Samen met inwoners", kernen.isEmpty(), kernen,
                new Contactpersoon("Lotte Bakker", "l.bakker@buren.nl", null),
                List.of(new Contactpersoon("Sanne de Vries", null, null)), start, eind, groot, false, startnotitie);
    }

    public Participatietraject bouw(Clock klok) {
        return Participatietraject.nieuw(gemeente, gegevens(), klok);
    }

    public static Afweging eenJa() {
        return new Afweging("Ruimte in ontwerp en uitvoering", "Direct belang van bewoners", Doel.BEIDE,
                "Langere doorlooptijd", "Twee maanden, budget voor drie avonden", "Eerder overleg in 2021", true,
                "Draagvlak en lokale kennis nodig", null);
    }

    public static Afweging eenNee() {
        return new Afweging("Uitkomst ligt wettelijk vast", "Weinig te kiezen", Doel.DRAAGVLAK, null, null, null,
                false, "Geen ruimte voor invloed", "Bericht in de dorpskrant en op de lichtkrant");
    }

    public static Betrokkenen betrokkenen() {
        return new Betrokkenen(List.of(new Actor("Dorpsbelang Beusichem", "leefbaarheid", "groot", "positief")),
                "Stelt kaders vast", List.of("jongeren"));
    }

    public static Niveaubepaling niveaubepaling() {
        return new Niveaubepaling("Het ontwerp van de kerngroep wordt overgenomen binnen de kaders",
                "Wegenverkeerswet", "Mobiliteitsplan", "300.000 euro");
    }

    public static Communicatieplan communicatieplan() {
        return new Communicatieplan(List.of("U ontwerpt mee aan uw straat"),
                List.of(new Mijlpaal(LocalDate.of(2026, 4, 15), "Startbijeenkomst", "bewoners", "gemeente informeert",
                        "bewonersavond")));
    }

    public static Middelen middelen() {
        return new Middelen(List.of(new Participatiemiddel(Middeltype.KERNGROEP, null),
                new Participatiemiddel(Middeltype.ANDERS, "schouw met de fiets")));
    }

    public static Evaluatie volledigeEvaluatie() {
        return new Evaluatie("Brief aan alle deelnemers met wat er met hun inbreng is gedaan", "Ja, grotendeels",
                "Vaste kerngroep", "Eerder jongeren betrekken", "Aanbestedingsregels", null);
    }
}
