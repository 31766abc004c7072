package nl.kernpunt.adapter.persistence.zaaksysteem;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Generated;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A row of {@code zaak_outbox}. Public only because Quarkus defines Hibernate's proxies in another class loader. */
@Entity
@Table(name = "zaak_outbox")
public class ZaakOutboxJpaEntity {

    @Id
    UUID id;

    @Generated
    @Column(insertable = false, updatable = false)
    Long volgnummer;

    @JdbcTypeCode(SqlTypes.CHAR)
    String gemeente;

    String zaaksoort;

    @Column(name = "bron_id")
    UUID bron;

    String identificatie;

    String opdracht;

    String zaakstatus;

    Instant moment;

    String omschrijving;

    String toelichting;

    String initiator;

    String toestand;

    int pogingen;

    @Column(name = "eerder_geprobeerd")
    boolean eerderGeprobeerd;

    @Column(name = "geplaatst_op")
    Instant geplaatstOp;

    @Column(name = "volgende_poging_op")
    Instant volgendePogingOp;

    @Column(name = "geclaimd_tot")
    Instant geclaimdTot;

    @Column(name = "afgehandeld_op")
    Instant afgehandeldOp;

    @Column(name = "laatste_fout")
    String laatsteFout;
}
