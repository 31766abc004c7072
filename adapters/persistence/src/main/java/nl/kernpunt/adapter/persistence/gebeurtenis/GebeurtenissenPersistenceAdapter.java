package nl.kernpunt.adapter.persistence.gebeurtenis;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.FlushModeType;
import java.util.List;
import java.util.Optional;
import nl.kernpunt.adapter.persistence.gedeeld.KeysetCursor;
import nl.kernpunt.adapter.persistence.gedeeld.Tijdstippen;
import nl.kernpunt.application.gebeurtenis.Gebeurtenis;
import nl.kernpunt.application.gebeurtenis.port.out.Gebeurtenissen;
import nl.kernpunt.application.gedeeld.paginering.Pagina;
import nl.kernpunt.application.gedeeld.paginering.PaginaVerzoek;
import nl.kernpunt.domain.gedeeld.OngeldigeWaarde;
import nl.kernpunt.domain.gemeente.Gemeentecode;

/** The event feed on PostgreSQL; joins the caller's transaction. */
@ApplicationScoped
class GebeurtenissenPersistenceAdapter implements Gebeurtenissen {

    private final GebeurtenisPanacheRepository rijen;

    GebeurtenissenPersistenceAdapter(GebeurtenisPanacheRepository rijen) {
        this.rijen = rijen;
    }

    /**
     * The event, its kernen read from the resource itself and one delivery per matching subscription, in
     * one statement: a hot write's round trips (docs/adr/0032). No number and no counter row: those are
     * the numbering step's (V31, docs/adr/0036).
     */
    @Override
    public void plaats(Gebeurtenis gebeurtenis) {
        var database = rijen.getEntityManager();
        // the resource's own rows must be written before its kernen are read from them
        database.flush();
        List<String> sleutels = List.copyOf(gebeurtenis.data().keySet());
        database.createNativeQuery("""
                        with nieuw as (
                            insert into gebeurtenis (id, gemeente, type, bron, subject, dataref, tijd, data, kernen)
                            values (:id, :gemeente, :type, :bron, :subject, :dataref, :tijd,
                                    jsonb_object(cast(:sleutels as text[]), cast(:waarden as text[])),
                                    case :bron
                                        when 'initiatief' then array(select kern_id from initiatief where id = :subject)
                                        when 'vraag' then array(select kern_id from vraag where id = :subject)
                                        when 'bijeenkomst' then
                                            array(select kern_id from bijeenkomst_kern where bijeenkomst_id = :subject)
                                        when 'participatietraject' then
                                            array(select kern_id from participatietraject_kern where traject_id = :subject)
                                        when 'kernagenda' then array[cast(:subject as uuid)]
                                        when 'kern' then array[cast(:subject as uuid)]
                                        when 'indicator' then
                                            array(select kern_id from indicator where id = :subject and kern_id is not null)
                                        when 'subsidie' then array(select kern_id from subsidieaanvraag where id = :subject)
                                        else '{}' end)
                            returning id, gemeente, type, tijd, kernen)
                        insert into bezorging (id, abonnement_id, gebeurtenis_id, volgende_poging_op)
                        select gen_random_uuid(), a.id, g.id, g.tijd
                        from nieuw g join abonnement a on a.gemeente = g.gemeente
                        where (cardinality(a.typen) = 0 or g.type = any(a.typen))
                          and (a.kern is null or a.kern = any(g.kernen))
                        order by a.aangemaakt_op, a.id""")
                .setParameter("id", gebeurtenis.id())
                .setParameter("gemeente", gebeurtenis.gemeente().waarde())
                .setParameter("type", gebeurtenis.type())
                .setParameter("bron", gebeurtenis.bron())
                .setParameter("subject", gebeurtenis.subject())
                .setParameter("dataref", gebeurtenis.dataref())
                .setParameter("tijd", Tijdstippen.opMicroseconden(gebeurtenis.tijd()))
                .setParameter("sleutels", sleutels.toArray(String[]::new))
                .setParameter("waarden", sleutels.stream().map(gebeurtenis.data()::get).toArray(String[]::new))
                // flushed just above; Hibernate would otherwise dirty-check the whole session a second time
                .setFlushMode(FlushModeType.COMMIT)
                .executeUpdate();
    }

    /** V31's step, one statement; its lock is held until the caller's transaction ends. */
    @Override
    public int nummer(Gemeentecode gemeente) {
        return ((Number) rijen.getEntityManager().createNativeQuery("select gebeurtenissen_nummeren(:gemeente)")
                .setParameter("gemeente", gemeente.waarde())
                .setFlushMode(FlushModeType.COMMIT)
                .getSingleResult()).intValue();
    }

    /** In the gemeenten' order, so two callers that each number several never wait on each other in a circle. */
    @Override
    public int nummerAlle() {
        return ((Number) rijen.getEntityManager().createNativeQuery("""
                        select coalesce(sum(gebeurtenissen_nummeren(w.gemeente)), 0)
                        from (select distinct gemeente from gebeurtenis where volgnummer is null order by gemeente) w""")
                .setFlushMode(FlushModeType.COMMIT)
                .getSingleResult()).intValue();
    }

    @Override
    public Pagina<Gebeurtenis> pagina(Gemeentecode gemeente, Optional<String> type, PaginaVerzoek verzoek) {
        KeysetCursor cursor = KeysetCursor.voor("gebeurtenissen-op-volgnummer", gemeente.waarde(), type.orElse(null));
        long na = cursor.lees(verzoek.cursor()).map(positie -> volgnummer(positie.tekst(0))).orElse(0L);
        String voorwaarde = "gemeente = :gemeente and volgnummer > :na" + (type.isPresent() ? " and type = :type" : "");
        Parameters parameters = Parameters.with("gemeente", gemeente.waarde()).and("na", na);
        type.ifPresent(t -> parameters.and("type", t));
        List<Gebeurtenis> gevonden = rijen.find(voorwaarde, Sort.by("volgnummer"), parameters)
                .page(Page.ofSize(verzoek.grootte())).list().stream()
                .map(GebeurtenissenPersistenceAdapter::gebeurtenis)
                .toList();
        long laatste = gevonden.isEmpty() ? na : gevonden.get(gevonden.size() - 1).volgnummer();
        return new Pagina<>(gevonden, cursor.na(Long.toString(laatste)));
    }

    private static long volgnummer(String tekst) {
        try {
            return Long.parseLong(tekst);
        } catch (NumberFormatException e) {
            throw new OngeldigeWaarde("cursor", "ongeldige-cursor", "is geen cursor van deze lijst");
        }
    }

    static Gebeurtenis gebeurtenis(GebeurtenisJpaEntity rij) {
        return new Gebeurtenis(rij.id, new Gemeentecode(rij.gemeente), rij.volgnummer, rij.type, rij.bron,
                rij.subject, rij.dataref, rij.tijd, rij.data);
    }
}
