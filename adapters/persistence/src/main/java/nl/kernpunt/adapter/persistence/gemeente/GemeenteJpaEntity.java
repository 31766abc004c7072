package nl.kernpunt.adapter.persistence.gemeente;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import nl.kernpunt.domain.vraag.Termijnsoort;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A row of {@code gemeente}. Public only because Quarkus defines Hibernate's proxy subclass in
 * another class loader, which cannot extend a package-private class; the ArchUnit rule keeps it
 * inside this adapter. No setter for the version: Hibernate alone moves it.
 */
@Entity
@Table(name = "gemeente")
public class GemeenteJpaEntity {

    /** Fixed-width columns (char(4), char(9)): without the type code schema validation expects varchar. */
    @Id
    @JdbcTypeCode(SqlTypes.CHAR)
    private String code;

    private String naam;

    @JdbcTypeCode(SqlTypes.CHAR)
    private String rsin;

    @Column(name = "antwoordtermijn_dagen")
    private int antwoordtermijnDagen;

    @Column(name = "terugkoppeltermijn_dagen")
    private int terugkoppeltermijnDagen;

    @Column(name = "stilte_drempel_dagen")
    private int stilteDrempelDagen;

    @Column(name = "antwoordtermijn_soort")
    @Enumerated(EnumType.STRING)
    private Termijnsoort antwoordtermijnSoort;

    @Column(name = "aangemaakt_op", updatable = false)
    private Instant aangemaaktOp;

    @Column(name = "gewijzigd_op")
    private Instant gewijzigdOp;

    @Version
    private long versie;

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNaam() {
        return naam;
    }

    public void setNaam(String naam) {
        this.naam = naam;
    }

    public String getRsin() {
        return rsin;
    }

    public void setRsin(String rsin) {
        this.rsin = rsin;
    }

    public int getAntwoordtermijnDagen() {
        return antwoordtermijnDagen;
    }

    public void setAntwoordtermijnDagen(int antwoordtermijnDagen) {
        this.antwoordtermijnDagen = antwoordtermijnDagen;
    }

    public int getTerugkoppeltermijnDagen() {
        return terugkoppeltermijnDagen;
    }

    public void setTerugkoppeltermijnDagen(int terugkoppeltermijnDagen) {
        this.terugkoppeltermijnDagen = terugkoppeltermijnDagen;
    }

    public int getStilteDrempelDagen() {
        return stilteDrempelDagen;
    }

    public void setStilteDrempelDagen(int stilteDrempelDagen) {
        this.stilteDrempelDagen = stilteDrempelDagen;
    }

    public Instant getAangemaaktOp() {
        return aangemaaktOp;
    }

    public void setAangemaaktOp(Instant aangemaaktOp) {
        this.aangemaaktOp = aangemaaktOp;
    }

    public Instant getGewijzigdOp() {
        return gewijzigdOp;
    }

    public void setGewijzigdOp(Instant gewijzigdOp) {
        this.gewijzigdOp = gewijzigdOp;
    }

    public long getVersie() {
        return versie;
    }

    public Termijnsoort getAntwoordtermijnSoort() {
        return antwoordtermijnSoort;
    }

    public void setAntwoordtermijnSoort(Termijnsoort antwoordtermijnSoort) {
        this.antwoordtermijnSoort = antwoordtermijnSoort;
    }
}
