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
    public UUID id;

    @Generated
    @Column(insertable = false, updatable = false)
    public Long volgnummer;

    @JdbcTypeCode(SqlTypes.CHAR)
    public String gemeente;

    public String zaaksoort;

    @Column(name = "bron_id")
    public UUID bron;

    public String identificatie;

    public String opdracht;

    public String zaakstatus;

    public Instant moment;

    public String omschrijving;

    public String toelichting;

    public String initiator;

    public String toestand;

    public int pogingen;

    @Column(name = "eerder_geprobeerd")
    public boolean eerderGeprobeerd;

    @Column(name = "geplaatst_op")
    public Instant geplaatstOp;

    @Column(name = "volgende_poging_op")
    public Instant volgendePogingOp;

    @Column(name = "geclaimd_tot")
    public Instant geclaimdTot;

    @Column(name = "afgehandeld_op")
    public Instant afgehandeldOp;

    @Column(name = "laatste_fout")
    public String laatsteFout;
}
