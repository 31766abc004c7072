package nl.kernpunt.domain.begroting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import nl.kernpunt.domain.gedeeld.Invoer;
import nl.kernpunt.domain.gedeeld.OngeldigeWaarde;
import nl.kernpunt.domain.gedeeld.Periode;
import nl.kernpunt.domain.gedeeld.RegelGeschonden;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.kern.KernId;
import nl.kernpunt.domain.subsidie.Bedrag;
import nl.kernpunt.domain.subsidie.Begrotingsjaar;

/**
 * Participatory budgeting in one kern: residents propose ideas in the idea period and vote on the
 * accepted ones in the voting period, dividing {@code bedrag} of the kern's leefbaarheidsbudget of
 * {@code jaar}. The periods are calendar days on the Dutch clock ({@link Periode}: end exclusive);
 * voting may overlap the idea period but not start before it or end before it, so every idea can
 * be judged before the vote ends. Closing ends the vote.
 */
public final class Begrotingsronde {

    private final BegrotingsrondeId id;
    private final Gemeentecode gemeente;
    private final KernId kern;
    private final int jaar;
    private final Bedrag bedrag;
    private final Periode ideeenperiode;
    private final Periode stemperiode;
    private final Stemwijze stemwijze;
    private final Instant geopendOp;
    private Instant geslotenOp;
    private Bedrag toegewezen;
    private final long versie;

    private Begrotingsronde(BegrotingsrondeId id, Gemeentecode gemeente, KernId kern, int jaar, Bedrag bedrag,
                            Periode ideeenperiode, Periode stemperiode, Stemwijze stemwijze, Instant geopendOp,
                            Instant geslotenOp, Bedrag toegewezen, long versie) {
        this.id = Objects.requireNonNull(id, "id");
        this.gemeente = Objects.requireNonNull(gemeente, "gemeente");
        this.kern = Objects.requireNonNull(kern, "kern");
        this.jaar = jaar;
        this.bedrag = bedrag;
        this.ideeenperiode = ideeenperiode;
        this.stemperiode = stemperiode;
        this.stemwijze = stemwijze;
        this.geopendOp = geopendOp;
        this.geslotenOp = geslotenOp;
        this.toegewezen = toegewezen;
        this.versie = versie;
    }

    /**
     * A new round; {@code resterend} is what the kern's budget for the year still has after grants
     * and other open rounds, and the round may not promise more (409 {@code bedrag-boven-resterend}).
     */
    public static Begrotingsronde open(Gemeentecode gemeente, KernId kern, Integer gevraagdJaar, Bedrag bedrag,
                                       Periode ideeenperiode, Periode stemperiode, Stemwijze stemwijze,
                                       Bedrag resterend, Clock klok) {
        int jaar = Begrotingsjaar.kies(gevraagdJaar, klok);
        Bedrag.positief("bedrag", bedrag);
        Invoer.nietNull("ideeenperiode", ideeenperiode);
        Invoer.nietNull("stemperiode", stemperiode);
        Invoer.nietNull("stemwijze", stemwijze);
        if (stemperiode.van().isBefore(ideeenperiode.van()) || stemperiode.tot().isBefore(ideeenperiode.tot())) {
            throw new OngeldigeWaarde("stemperiode", "stemperiode-voor-ideeenperiode",
                    "mag niet eerder beginnen of eindigen dan de ideeënperiode");
        }
        if (bedrag.isMeerDan(resterend)) {
            throw new RegelGeschonden("bedrag-boven-resterend", "het leefbaarheidsbudget van de kern heeft in "
                    + jaar + " nog " + resterend.tekst() + " euro over, niet " + bedrag.tekst());
        }
        return new Begrotingsronde(BegrotingsrondeId.nieuw(), gemeente, kern, jaar, bedrag, ideeenperiode,
                stemperiode, stemwijze, klok.instant(), null, null, 0);
    }

    public static Begrotingsronde reconstitute(BegrotingsrondeId id, Gemeentecode gemeente, KernId kern, int jaar,
                                               Bedrag bedrag, Periode ideeenperiode, Periode stemperiode,
                                               Stemwijze stemwijze, Instant geopendOp, Instant geslotenOp,
                                               Bedrag toegewezen, long versie) {
        return new Begrotingsronde(id, gemeente, kern, jaar, bedrag, ideeenperiode, stemperiode, stemwijze,
                geopendOp, geslotenOp, toegewezen, versie);
    }

    public void vereisIdeeenperiode(Clock klok) {
        vereisOpen();
        if (!ideeenperiode.bevat(Periode.vandaag(klok))) {
            throw new RegelGeschonden("buiten-ideeenperiode", "ideeën indienen kan van " + ideeenperiode.van()
                    + " tot " + ideeenperiode.tot());
        }
    }

    public void vereisStemperiode(Clock klok) {
        vereisOpen();
        if (!stemperiode.bevat(Periode.vandaag(klok))) {
            throw new RegelGeschonden("buiten-stemperiode", "stemmen kan van " + stemperiode.van() + " tot "
                    + stemperiode.tot());
        }
    }

    /** Codes are handed out until the vote ends. */
    public void vereisCodesUitTeGeven(Clock klok) {
        vereisOpen();
        if (!Periode.vandaag(klok).isBefore(stemperiode.tot())) {
            throw new RegelGeschonden("buiten-stemperiode", "de stemperiode is voorbij");
        }
    }

    /**
     * The ideas a ballot names, already checked to be accepted ideas of this round: with knapsack
     * voting their costs together must fit the round's amount.
     */
    public void vereisGeldigeStem(Collection<Begrotingsidee> gekozen) {
        Bedrag totaal = gekozen.stream().map(Begrotingsidee::getKosten).reduce(Bedrag.NUL, Bedrag::plus);
        if (stemwijze == Stemwijze.BINNEN_BEDRAG && totaal.isMeerDan(bedrag)) {
            throw new OngeldigeWaarde("ideeen", "stem-boven-bedrag", "de gekozen ideeën kosten samen "
                    + totaal.tekst() + " euro, meer dan de " + bedrag.tekst() + " van de ronde");
        }
    }

    /** Closing ends the vote; it can once the vote has begun. */
    public void sluit(Bedrag toegewezenBedrag, Clock klok) {
        vereisOpen();
        LocalDate vandaag = Periode.vandaag(klok);
        if (vandaag.isBefore(stemperiode.van())) {
            throw new RegelGeschonden("stemperiode-niet-begonnen", "sluiten kan vanaf " + stemperiode.van());
        }
        this.toegewezen = toegewezenBedrag;
        this.geslotenOp = klok.instant();
    }

    public void vereisOpen() {
        if (isGesloten()) {
            throw new RegelGeschonden("ronde-gesloten", "begrotingsronde " + id + " is gesloten");
        }
    }

    public boolean isGesloten() {
        return geslotenOp != null;
    }

    public BegrotingsrondeId getId() {
        return id;
    }

    public Gemeentecode getGemeente() {
        return gemeente;
    }

    public KernId getKern() {
        return kern;
    }

    public int getJaar() {
        return jaar;
    }

    public Bedrag getBedrag() {
        return bedrag;
    }

    public Periode getIdeeenperiode() {
        return ideeenperiode;
    }

    public Periode getStemperiode() {
        return stemperiode;
    }

    public Stemwijze getStemwijze() {
        return stemwijze;
    }

    public Instant getGeopendOp() {
        return geopendOp;
    }

    public Optional<Instant> getGeslotenOp() {
        return Optional.ofNullable(geslotenOp);
    }

    public Optional<Bedrag> getToegewezen() {
        return Optional.ofNullable(toegewezen);
    }

    public long getVersie() {
        return versie;
    }
}
