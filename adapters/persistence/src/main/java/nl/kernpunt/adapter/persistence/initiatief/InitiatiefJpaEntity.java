package nl.kernpunt.adapter.persistence.initiatief;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.kernpunt.application.gedeeld.paginering.PaginaVerzoek;
import nl.kernpunt.domain.initiatief.InitiatiefStatus;
import nl.kernpunt.domain.initiatief.Ondersteuning;
import nl.kernpunt.domain.initiatief.Rol;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A row of {@code initiatief} with its value objects in their own tables. Public for Hibernate's
 * proxy class loader (see KernJpaEntity); the lists have getters only and the version no setter.
 * {@code rol} and {@code laatsteContactOp} are derived from the histories and written only so the
 * list can filter on them.
 */
@Entity
@Table(name = "initiatief")
public class InitiatiefJpaEntity {

    /** A page's lists load in one query per table for all its initiatives (no N+1). */
    private static final int EEN_PAGINA = PaginaVerzoek.MAX_GROOTTE + 1;

    @Id
    private UUID id;

    @Column(updatable = false)
    @JdbcTypeCode(SqlTypes.CHAR)
    private String gemeente;

    @Column(name = "kern_id", updatable = false)
    private UUID kernId;

    @Column(updatable = false)
    private String referentie;

    private String titel;

    private String omschrijving;

    private boolean georganiseerd;

    private boolean structureel;

    @Column(name = "right_to_challenge")
    private boolean rightToChallenge;

    @Column(name = "contactpersoon_naam")
    private String contactpersoonNaam;

    @Column(name = "contactpersoon_email")
    private String contactpersoonEmail;

    @Column(name = "contactpersoon_telefoon")
    private String contactpersoonTelefoon;

    @Enumerated(EnumType.STRING)
    private InitiatiefStatus status;

    @Enumerated(EnumType.STRING)
    private Rol rol;

    @Column(name = "laatste_contact_op")
    private Instant laatsteContactOp;

    @ElementCollection
    @CollectionTable(name = "initiatief_ondersteuning", joinColumns = @JoinColumn(name = "initiatief_id"))
    @Column(name = "ondersteuning")
    @Enumerated(EnumType.STRING)
    @BatchSize(size = EEN_PAGINA)
    private Set<Ondersteuning> ondersteuning = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "initiatief_betrokkene", joinColumns = @JoinColumn(name = "initiatief_id"))
    @OrderColumn(name = "volgorde")
    @BatchSize(size = EEN_PAGINA)
    private List<BetrokkeneJpaEmbeddable> betrokkenen = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "initiatief_statusovergang", joinColumns = @JoinColumn(name = "initiatief_id"))
    @OrderColumn(name = "volgorde")
    @BatchSize(size = EEN_PAGINA)
    private List<StatusovergangJpaEmbeddable> statushistorie = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "initiatief_rolbepaling", joinColumns = @JoinColumn(name = "initiatief_id"))
    @OrderColumn(name = "volgorde")
    @BatchSize(size = EEN_PAGINA)
    private List<RolbepalingJpaEmbeddable> rolhistorie = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "initiatief_contactmoment", joinColumns = @JoinColumn(name = "initiatief_id"))
    @OrderColumn(name = "volgorde")
    @BatchSize(size = EEN_PAGINA)
    private List<ContactmomentJpaEmbeddable> contactmomenten = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "initiatief_afspraak", joinColumns = @JoinColumn(name = "initiatief_id"))
    @OrderColumn(name = "volgorde")
    @BatchSize(size = EEN_PAGINA)
    private List<AfspraakJpaEmbeddable> afspraken = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "initiatief_stap", joinColumns = @JoinColumn(name = "initiatief_id"))
    @OrderColumn(name = "volgorde")
    @BatchSize(size = EEN_PAGINA)
    private List<StapuitkomstJpaEmbeddable> stappen = new ArrayList<>();

    @Column(name = "aangemaakt_op", updatable = false)
    private Instant aangemaaktOp;

    @Column(name = "gewijzigd_op")
    private Instant gewijzigdOp;

    @Version
    private long versie;

    public UUID getId() {
        return id;
    }

    public void setId(UUID id) {
        this.id = id;
    }

    public String getGemeente() {
        return gemeente;
    }

    public void setGemeente(String gemeente) {
        this.gemeente = gemeente;
    }

    public UUID getKernId() {
        return kernId;
    }

    public void setKernId(UUID kernId) {
        this.kernId = kernId;
    }

    public String getReferentie() {
        return referentie;
    }

    public void setReferentie(String referentie) {
        this.referentie = referentie;
    }

    public String getTitel() {
        return titel;
    }

    public void setTitel(String titel) {
        this.titel = titel;
    }

    public String getOmschrijving() {
        return omschrijving;
    }

    public void setOmschrijving(String omschrijving) {
        this.omschrijving = omschrijving;
    }

    public boolean isGeorganiseerd() {
        return georganiseerd;
    }

    public void setGeorganiseerd(boolean georganiseerd) {
        this.georganiseerd = georganiseerd;
    }

    public boolean isStructureel() {
        return structureel;
    }

    public void setStructureel(boolean structureel) {
        this.structureel = structureel;
    }

    public boolean isRightToChallenge() {
        return rightToChallenge;
    }

    public void setRightToChallenge(boolean rightToChallenge) {
        this.rightToChallenge = rightToChallenge;
    }

    public String getContactpersoonNaam() {
        return contactpersoonNaam;
    }

    public void setContactpersoonNaam(String contactpersoonNaam) {
        this.contactpersoonNaam = contactpersoonNaam;
    }

    public String getContactpersoonEmail() {
        return contactpersoonEmail;
    }

    public void setContactpersoonEmail(String contactpersoonEmail) {
        this.contactpersoonEmail = contactpersoonEmail;
    }

    public String getContactpersoonTelefoon() {
        return contactpersoonTelefoon;
    }

    public void setContactpersoonTelefoon(String contactpersoonTelefoon) {
        this.contactpersoonTelefoon = contactpersoonTelefoon;
    }

    public InitiatiefStatus getStatus() {
        return status;
    }

    public void setStatus(InitiatiefStatus status) {
        this.status = status;
    }

    public Rol getRol() {
        return rol;
    }

    public void setRol(Rol rol) {
        this.rol = rol;
    }

    public Instant getLaatsteContactOp() {
        return laatsteContactOp;
    }

    public void setLaatsteContactOp(Instant laatsteContactOp) {
        this.laatsteContactOp = laatsteContactOp;
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

    public Set<Ondersteuning> getOndersteuning() {
        return ondersteuning;
    }

    public List<BetrokkeneJpaEmbeddable> getBetrokkenen() {
        return betrokkenen;
    }

    public List<StatusovergangJpaEmbeddable> getStatushistorie() {
        return statushistorie;
    }

    public List<RolbepalingJpaEmbeddable> getRolhistorie() {
        return rolhistorie;
    }

    public List<ContactmomentJpaEmbeddable> getContactmomenten() {
        return contactmomenten;
    }

    public List<AfspraakJpaEmbeddable> getAfspraken() {
        return afspraken;
    }

    public List<StapuitkomstJpaEmbeddable> getStappen() {
        return stappen;
    }

    public long getVersie() {
        return versie;
    }
}
