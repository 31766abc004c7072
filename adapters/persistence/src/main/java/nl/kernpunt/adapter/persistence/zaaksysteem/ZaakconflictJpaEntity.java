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
    UUID id;

    @JdbcTypeCode(SqlTypes.CHAR)
    String gemeente;

    String zaaksoort;

    @Column(name = "bron_id")
    UUID bron;

    String identificatie;

    @Column(name = "zaak_url")
    String zaakUrl;

    @Column(name = "huidige_status")
    String huidigeStatus;

    @Column(name = "gevraagde_status")
    String gevraagdeStatus;

    String statustype;

    String code;

    String reden;

    @Column(name = "ontvangen_op")
    Instant ontvangenOp;

    @Column(name = "opgelost_op")
    Instant opgelostOp;

    @Column(name = "opgelost_door")
    String opgelostDoor;
}
