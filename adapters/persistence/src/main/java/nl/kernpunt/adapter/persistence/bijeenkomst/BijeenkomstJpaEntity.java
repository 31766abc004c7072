package nl.kernpunt.adapter.persistence.bijeenkomst;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.kernpunt.adapter.persistence.gedeeld.Aggregaatrij;
import nl.kernpunt.application.gedeeld.paginering.PaginaVerzoek;
import nl.kernpunt.domain.bijeenkomst.Bijeenkomstsoort;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A row of {@code bijeenkomst}. Public only because Quarkus defines Hibernate's proxies in another
 * class loader; the ArchUnit rule keeps it inside this adapter. The version is moved by Hibernate alone.
 */
@Entity
@Table(name = "bijeenkomst")
public class BijeenkomstJpaEntity extends Aggregaatrij {

    public String titel;

    @Enumerated(EnumType.STRING)
    public Bijeenkomstsoort soort;

    public LocalDate datum;

    @ElementCollection
    @CollectionTable(name = "bijeenkomst_kern", joinColumns = @JoinColumn(name = "bijeenkomst_id"))
    @OrderColumn(name = "volgorde")
    @Column(name = "kern_id")
    @BatchSize(size = PaginaVerzoek.MAX_GROOTTE + 1)
    public List<UUID> kernen = new ArrayList<>();

    @Column(name = "aantal_deelnemers")
    public Integer aantalDeelnemers;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<UUID> initiatieven;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<UUID> trajecten;

    public String verslag;

    @Column(name = "terugkoppeling_uiterlijk")
    public LocalDate terugkoppelingUiterlijk;
    @Column(name = "terugkoppeling_datum")
    public LocalDate terugkoppelingDatum;
    @Column(name = "terugkoppeling_wijze")
    public String terugkoppelingWijze;
    @Column(name = "terugkoppeling_samenvatting")
    public String terugkoppelingSamenvatting;
    @Column(name = "terugkoppeling_door")
    public String terugkoppelingDoor;
}
