package nl.kernpunt.adapter.rest.gedeeld;

import java.util.List;
import nl.kernpunt.api.model.Auditregel;
import nl.kernpunt.api.model.Auditspoor;
import org.mapstruct.InjectionStrategy;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** An aggregate's audit trail as the contract's shared {@code Auditspoor}, for every slice that serves one. */
@Mapper(uses = WaardeApiMapper.class, injectionStrategy = InjectionStrategy.CONSTRUCTOR)
public interface AuditspoorApiMapper {

    /** The generator's removeGegevensItem looks like a fluent setter to MapStruct; it is no property. */
    @Mapping(target = "removeGegevensItem", ignore = true)
    Auditregel naarDto(nl.kernpunt.application.gedeeld.audit.Auditregel regel);

    default Auditspoor naarDto(List<nl.kernpunt.application.gedeeld.audit.Auditregel> regels) {
        return new Auditspoor().resultaten(regels.stream().map(this::naarDto).toList());
    }
}
