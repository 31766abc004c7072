package nl.kernpunt.adapter.persistence.zaaksysteem;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A row of {@code zaak_conflict}. Public only because Quarkus defines Hibernate's proxies in another class loader. */
@Entity
@Table(name = "zaak_conflict")
public class ZaakconflictJpaEntity {

    @Id
    public UUID id;

    @JdbcTypeCode(SqlTypes.CHAR)
    public String gemeente;

    public String zaaksoort;

    @Column(name = "bron_id")
    public UUID bron;

    public String identificatie;

    @Column(name = "zaak_url")
    public String zaakUrl;

    @Column(name = "huidige_status")
    public String huidigeStatus;

    @Column(name = "gevraagde_status")
    public String gevraagdeStatus;

    public String statustype;

    public String code;

    public String reden;

    @Column(name = "ontvangen_op")
    public Instant ontvangenOp;

    @Column(name = "opgelost_op")
    public Instant opgelostOp;

    @Column(name = "opgelost_door")
    public String opgelostDoor;
}
