package nl.kernpunt.adapter.persistence.vraag;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.kernpunt.domain.vraag.Pauze;
import nl.kernpunt.domain.vraag.Statusovergang;
import nl.kernpunt.domain.vraag.Termijnsoort;
import nl.kernpunt.domain.vraag.VraagStatus;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A row of {@code vraag}. The history and pauses are the domain's own records as JSON (as the
 * traject's level history); {@code lopendeDeadline} and {@code termijnGehaald} are derived by the
 * mapper so that lists and monitoring are SQL. Public only for Hibernate's proxy class loader; the
 * ArchUnit rule keeps it inside this adapter. The version is moved by Hibernate alone.
 */
@Entity
@Table(name = "vraag")
public class VraagJpaEntity {

    @Id
    public UUID id;

    @Column(updatable = false)
    @JdbcTypeCode(SqlTypes.CHAR)
    public String gemeente;

    @Column(name = "kern_id", updatable = false)
    public UUID kernId;

    @Column(updatable = false)
    public String referentie;

    public String onderwerp;
    public String tekst;

    @Column(name = "vrager_naam")
    public String vragerNaam;
    @Column(name = "vrager_email")
    public String vragerEmail;
    @Column(name = "vrager_telefoon")
    public String vragerTelefoon;

    @Column(name = "ontvangen_op", updatable = false)
    public Instant ontvangenOp;

    @Column(name = "kernambtenaar_naam")
    public String kernambtenaarNaam;
    @Column(name = "kernambtenaar_email")
    public String kernambtenaarEmail;
    @Column(name = "kernambtenaar_telefoon")
    public String kernambtenaarTelefoon;

    @Column(name = "termijn_dagen", updatable = false)
    public int termijnDagen;
    @Column(name = "termijn_soort", updatable = false)
    @Enumerated(EnumType.STRING)
    public Termijnsoort termijnSoort;

    @Column(name = "behandelaar_naam")
    public String behandelaarNaam;
    @Column(name = "behandelaar_email")
    public String behandelaarEmail;
    @Column(name = "behandelaar_telefoon")
    public String behandelaarTelefoon;

    @Enumerated(EnumType.STRING)
    public VraagStatus status;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Statusovergang> statushistorie;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Pauze> pauzes;

    @Column(name = "eerste_reactie_op")
    public Instant eersteReactieOp;

    @Column(name = "verwacht_antwoord_op")
    public LocalDate verwachtAntwoordOp;

    @Column(name = "lopende_deadline")
    public Instant lopendeDeadline;

    @Column(name = "termijn_gehaald")
    public Boolean termijnGehaald;

    @Column(name = "gewijzigd_op")
    public Instant gewijzigdOp;

    @Column(name = "spam_op")
    public Instant spamOp;

    @Version
    public long versie;
}
