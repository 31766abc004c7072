package nl.kernpunt.adapter.persistence.gemeente;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import nl.kernpunt.adapter.persistence.gedeeld.Aggregaatrij;
import nl.kernpunt.domain.vraag.Termijnsoort;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A row of {@code gemeente}, in the one entity style (see {@link Aggregaatrij}) but keyed by its
 * code and without a gemeente column, so it declares its own columns.
 */
@Entity
@Table(name = "gemeente")
public class GemeenteJpaEntity {

    /** Fixed-width columns (char(4), char(9)): without the type code schema validation expects varchar. */
    @Id
    @JdbcTypeCode(SqlTypes.CHAR)
    public String code;

    public String naam;

    @JdbcTypeCode(SqlTypes.CHAR)
    public String rsin;

    @Column(name = "antwoordtermijn_dagen")
    public int antwoordtermijnDagen;

    @Column(name = "terugkoppeltermijn_dagen")
    public int terugkoppeltermijnDagen;

    @Column(name = "stilte_drempel_dagen")
    public int stilteDrempelDagen;

    @Column(name = "antwoordtermijn_soort")
    @Enumerated(EnumType.STRING)
    public Termijnsoort antwoordtermijnSoort;

    @Column(name = "kernambtenaar_email_openbaar")
    public boolean kernambtenaarEmailOpenbaar;

    @Column(name = "kernambtenaar_telefoon_openbaar")
    public boolean kernambtenaarTelefoonOpenbaar;

    // named as Bewaartermijnen's parts, so the mapper pairs them; null (older rows) is the default
    @Column(name = "bewaartermijn_initiatief_maanden")
    public Integer initiatiefMaanden;

    @Column(name = "bewaartermijn_vraag_maanden")
    public Integer vraagMaanden;

    @Column(name = "bewaartermijn_bijeenkomstdeelnemers_maanden")
    public Integer bijeenkomstdeelnemersMaanden;

    @Column(name = "bewaartermijn_subsidieaanvraag_maanden")
    public Integer subsidieaanvraagMaanden;

    @Column(name = "aangemaakt_op", updatable = false)
    public Instant aangemaaktOp;

    @Column(name = "gewijzigd_op")
    public Instant gewijzigdOp;

    @Version
    public long versie;
}
