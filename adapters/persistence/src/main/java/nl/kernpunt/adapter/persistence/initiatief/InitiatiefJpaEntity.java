package nl.kernpunt.adapter.persistence.initiatief;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.kernpunt.adapter.persistence.gedeeld.Aggregaatrij;
import nl.kernpunt.application.gedeeld.paginering.PaginaVerzoek;
import nl.kernpunt.domain.initiatief.InitiatiefStatus;
import nl.kernpunt.domain.initiatief.Ondersteuning;
import nl.kernpunt.domain.initiatief.Rol;
import org.hibernate.annotations.BatchSize;

/**
 * A row of {@code initiatief} with its value objects in their own tables, in the one entity style
 * (see {@link Aggregaatrij}). {@code rol} and {@code laatsteContactOp} are derived from the
 * histories and written only so the list can filter on them.
 */
@Entity
@Table(name = "initiatief")
public class InitiatiefJpaEntity extends Aggregaatrij {

    /** A page's lists load in one query per table for all its initiatives (no N+1). */
    private static final int EEN_PAGINA = PaginaVerzoek.MAX_GROOTTE + 1;

    @Column(name = "kern_id", updatable = false)
    public UUID kernId;

    @Column(updatable = false)
    public String referentie;

    public String titel;

    public String omschrijving;

    public boolean georganiseerd;

    public boolean structureel;

    @Column(name = "right_to_challenge")
    public boolean rightToChallenge;

    /** The decision on a Right to Challenge: all four set, or none. */
    @Column(name = "uitdaging_aanvaard")
    public Boolean uitdagingAanvaard;

    @Column(name = "uitdaging_reden")
    public String uitdagingReden;

    @Column(name = "uitdaging_besloten_op")
    public Instant uitdagingBeslotenOp;

    @Column(name = "uitdaging_besloten_door")
    public String uitdagingBeslotenDoor;

    @Column(name = "contactpersoon_naam")
    public String contactpersoonNaam;

    @Column(name = "contactpersoon_email")
    public String contactpersoonEmail;

    @Column(name = "contactpersoon_telefoon")
    public String contactpersoonTelefoon;

    @Enumerated(EnumType.STRING)
    public InitiatiefStatus status;

    @Enumerated(EnumType.STRING)
    public Rol rol;

    @Column(name = "laatste_contact_op")
    public Instant laatsteContactOp;

    @Column(name = "spam_op")
    public Instant spamOp;

    @ElementCollection
    @CollectionTable(name = "initiatief_ondersteuning", joinColumns = @JoinColumn(name = "initiatief_id"))
    @Column(name = "ondersteuning")
    @Enumerated(EnumType.STRING)
    @BatchSize(size = EEN_PAGINA)
    public Set<Ondersteuning> ondersteuning = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "initiatief_betrokkene", joinColumns = @JoinColumn(name = "initiatief_id"))
    @OrderColumn(name = "volgorde")
    @BatchSize(size = EEN_PAGINA)
    public List<BetrokkeneJpaEmbeddable> betrokkenen = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "initiatief_statusovergang", joinColumns = @JoinColumn(name = "initiatief_id"))
    @OrderColumn(name = "volgorde")
    @BatchSize(size = EEN_PAGINA)
    public List<StatusovergangJpaEmbeddable> statushistorie = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "initiatief_rolbepaling", joinColumns = @JoinColumn(name = "initiatief_id"))
    @OrderColumn(name = "volgorde")
    @BatchSize(size = EEN_PAGINA)
    public List<RolbepalingJpaEmbeddable> rolhistorie = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "initiatief_contactmoment", joinColumns = @JoinColumn(name = "initiatief_id"))
    @OrderColumn(name = "volgorde")
    @BatchSize(size = EEN_PAGINA)
    public List<ContactmomentJpaEmbeddable> contactmomenten = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "initiatief_afspraak", joinColumns = @JoinColumn(name = "initiatief_id"))
    @OrderColumn(name = "volgorde")
    @BatchSize(size = EEN_PAGINA)
    public List<AfspraakJpaEmbeddable> afspraken = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "initiatief_stap", joinColumns = @JoinColumn(name = "initiatief_id"))
    @OrderColumn(name = "volgorde")
    @BatchSize(size = EEN_PAGINA)
    public List<StapuitkomstJpaEmbeddable> stappen = new ArrayList<>();
}
