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
    UUID id;

    @Column(updatable = false)
    @JdbcTypeCode(SqlTypes.CHAR)
    String gemeente;

    @Column(name = "kern_id", updatable = false)
    UUID kernId;

    String onderwerp;
    String tekst;

    @Column(name = "vrager_naam")
    String vragerNaam;
    @Column(name = "vrager_email")
    String vragerEmail;
    @Column(name = "vrager_telefoon")
    String vragerTelefoon;

    @Column(name = "ontvangen_op", updatable = false)
    Instant ontvangenOp;

    @Column(name = "kernambtenaar_naam", updatable = false)
    String kernambtenaarNaam;
    @Column(name = "kernambtenaar_email", updatable = false)
    String kernambtenaarEmail;
    @Column(name = "kernambtenaar_telefoon", updatable = false)
    String kernambtenaarTelefoon;

    @Column(name = "termijn_dagen", updatable = false)
    int termijnDagen;
    @Column(name = "termijn_soort", updatable = false)
    @Enumerated(EnumType.STRING)
    Termijnsoort termijnSoort;

    @Column(name = "behandelaar_naam")
    String behandelaarNaam;
    @Column(name = "behandelaar_email")
    String behandelaarEmail;
    @Column(name = "behandelaar_telefoon")
    String behandelaarTelefoon;

    @Enumerated(EnumType.STRING)
    VraagStatus status;

    @JdbcTypeCode(SqlTypes.JSON)
    List<Statusovergang> statushistorie;

    @JdbcTypeCode(SqlTypes.JSON)
    List<Pauze> pauzes;

    @Column(name = "eerste_reactie_op")
    Instant eersteReactieOp;

    @Column(name = "verwacht_antwoord_op")
    LocalDate verwachtAntwoordOp;

    @Column(name = "lopende_deadline")
    Instant lopendeDeadline;

    @Column(name = "termijn_gehaald")
    Boolean termijnGehaald;

    @Column(name = "gewijzigd_op")
    Instant gewijzigdOp;

    @Version
    long versie;
}
