package nl.kernpunt.adapter.persistence.gebeurtenis;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
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

    @Override
    public void plaats(Gebeurtenis gebeurtenis) {
        var database = rijen.getEntityManager();
        // the feed number is given at commit by the database (V25), so the counter row is held that briefly
        GebeurtenisJpaEntity rij = new GebeurtenisJpaEntity();
        rij.id = gebeurtenis.id();
        rij.gemeente = gebeurtenis.gemeente().waarde();
        rij.type = gebeurtenis.type();
        rij.bron = gebeurtenis.bron();
        rij.subject = gebeurtenis.subject();
        rij.dataref = gebeurtenis.dataref();
        rij.tijd = Tijdstippen.opMicroseconden(gebeurtenis.tijd());
        rij.data = gebeurtenis.data();
        rijen.persist(rij);
        // the resource's own rows must be written before its kernen are read from them
        database.flush();
        database.createNativeQuery("""
                        update gebeurtenis set kernen = case :bron
                            when 'initiatief' then array(select kern_id from initiatief where id = :subject)
                            when 'vraag' then array(select kern_id from vraag where id = :subject)
                            when 'bijeenkomst' then array(select kern_id from bijeenkomst_kern where bijeenkomst_id = :subject)
                            when 'participatietraject' then
                                array(select kern_id from participatietraject_kern where traject_id = :subject)
                            when 'kernagenda' then array[cast(:subject as uuid)]
                            when 'kern' then array[cast(:subject as uuid)]
                            when 'indicator' then array(select kern_id from indicator where id = :subject and kern_id is not null)
                            when 'subsidie' then array(select kern_id from subsidieaanvraag where id = :subject)
                            else '{}' end
                        where id = :id""")
                .setParameter("bron", gebeurtenis.bron())
                .setParameter("subject", gebeurtenis.subject())
                .setParameter("id", gebeurtenis.id())
                .executeUpdate();
        database.createNativeQuery("""
                        insert into bezorging (id, abonnement_id, gebeurtenis_id, volgende_poging_op)
                        select gen_random_uuid(), a.id, g.id, g.tijd
                        from gebeurtenis g join abonnement a on a.gemeente = g.gemeente
                        where g.id = :id
                          and (cardinality(a.typen) = 0 or g.type = any(a.typen))
                          and (a.kern is null or a.kern = any(g.kernen))
                        order by a.aangemaakt_op, a.id""")
                .setParameter("id", gebeurtenis.id())
                .executeUpdate();
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
