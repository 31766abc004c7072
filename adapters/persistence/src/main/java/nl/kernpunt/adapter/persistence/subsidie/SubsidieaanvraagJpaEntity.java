package nl.kernpunt.adapter.persistence.subsidie;

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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.kernpunt.adapter.persistence.gedeeld.Aggregaatrij;
import nl.kernpunt.domain.subsidie.AanvraagStatus;
import org.hibernate.annotations.BatchSize;

/**
 * A row of {@code subsidieaanvraag} with its budget lines, criteria and purpose-test answers in their own tables; the
 * event of a straatbijeenkomst and the college decision are flattened into columns. Public for
 * Hibernate's proxy class loader (see KernJpaEntity).
 */
@Entity
@Table(name = "subsidieaanvraag")
public class SubsidieaanvraagJpaEntity extends Aggregaatrij {

    /** An initiative's applications load their lists in one query per table. */
    private static final int EEN_LIJST = 50;

    @Column(name = "initiatief_id", updatable = false)
    public UUID initiatiefId;

    @Column(name = "kern_id", updatable = false)
    public UUID kernId;

    @Column(updatable = false)
    public String regeling;

    /** The named organisation of an allowance per organisation (docs/adr/0029); null for other schemes. */
    @Column(updatable = false)
    public String ontvanger;

    @Column(updatable = false)
    public int jaar;

    public String omschrijving;

    @Column(name = "bijeenkomst_straat")
    public String bijeenkomstStraat;

    @Column(name = "bijeenkomst_activiteit")
    public String bijeenkomstActiviteit;

    @Column(name = "bijeenkomst_doelgroep")
    public String bijeenkomstDoelgroep;

    @Column(name = "bijeenkomst_datum")
    public LocalDate bijeenkomstDatum;

    @Column(name = "bijeenkomst_open")
    public Boolean bijeenkomstOpen;

    @Enumerated(EnumType.STRING)
    public AanvraagStatus status;

    @Column(name = "toegekend_centen")
    public Long toegekendCenten;

    public String motivering;

    @Column(name = "collegebesluit_kenmerk")
    public String collegebesluitKenmerk;

    @Column(name = "collegebesluit_datum")
    public LocalDate collegebesluitDatum;

    @Column(name = "besluit_op")
    public Instant besluitOp;

    @Column(name = "besluit_door")
    public String besluitDoor;

    @Column(name = "uitbetaald_op")
    public Instant uitbetaaldOp;

    @Column(name = "uitbetaald_door")
    public String uitbetaaldDoor;

    @ElementCollection
    @CollectionTable(name = "subsidieaanvraag_begrotingsregel", joinColumns = @JoinColumn(name = "aanvraag_id"))
    @OrderColumn(name = "volgorde")
    @BatchSize(size = EEN_LIJST)
    public List<BegrotingsregelJpaEmbeddable> begroting = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "subsidieaanvraag_criterium", joinColumns = @JoinColumn(name = "aanvraag_id"))
    @OrderColumn(name = "volgorde")
    @BatchSize(size = EEN_LIJST)
    public List<CriteriumoordeelJpaEmbeddable> criteria = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "subsidieaanvraag_doeltoets", joinColumns = @JoinColumn(name = "aanvraag_id"))
    @OrderColumn(name = "volgorde")
    @BatchSize(size = EEN_LIJST)
    public List<DoeltoetsantwoordJpaEmbeddable> doeltoets = new ArrayList<>();
}
