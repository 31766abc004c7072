package nl.kernpunt.adapter.rest.gedeeld;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.gemeente.Rsin;
import nl.kernpunt.domain.kern.KernId;
import org.mapstruct.Mapper;

/** Value objects and moments as the contract writes them; used by the other API mappers. */
@Mapper
public interface WaardeApiMapper {

    default UUID uuid(KernId id) {
        return id == null ? null : id.waarde();
    }

    default KernId kernId(UUID id) {
        return id == null ? null : new KernId(id);
    }

    default String tekst(Gemeentecode code) {
        return code == null ? null : code.waarde();
    }

    default Gemeentecode gemeentecode(String code) {
        return code == null ? null : new Gemeentecode(code);
    }

    default String tekst(Rsin rsin) {
        return rsin == null ? null : rsin.waarde();
    }

    default Rsin rsin(String rsin) {
        return rsin == null ? null : new Rsin(rsin);
    }

    default OffsetDateTime tijdstip(Instant moment) {
        return Tijdstip.utc(moment);
    }

    default Instant moment(OffsetDateTime tijdstip) {
        return tijdstip == null ? null : tijdstip.toInstant();
    }
}
