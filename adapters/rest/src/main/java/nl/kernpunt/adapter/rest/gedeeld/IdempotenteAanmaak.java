package nl.kernpunt.adapter.rest.gedeeld;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import nl.kernpunt.application.gedeeld.idempotentie.IdempotentieService;
import nl.kernpunt.application.gedeeld.idempotentie.IdempotentieSleutel;
import nl.kernpunt.application.gedeeld.idempotentie.OpgeslagenAntwoord;
import nl.kernpunt.application.gedeeld.idempotentie.Reservering;
import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * A create that honours {@code Idempotency-Key} (docs/adr/0004): the first request runs and its
 * 201 is stored; a repetition with the same body gets that 201 again, marked
 * {@code Idempotent-Replayed}, without creating anything.
 */
@ApplicationScoped
public class IdempotenteAanmaak {

    private final IdempotentieService idempotentie;
    private final ObjectMapper json;

    public IdempotenteAanmaak(IdempotentieService idempotentie, ObjectMapper json) {
        this.idempotentie = idempotentie;
        this.json = json;
    }

    /**
     * @param operatie the contract's operationId: the same key for another operation is another key
     * @param verzoek  the request body, compared as canonical JSON with the first request's
     */
    public <T> RestResponse<T> maak(String idempotencyKey, Gebruiker gebruiker, String operatie, Object verzoek,
                                    Class<T> antwoordType, Supplier<Aangemaakt<T>> aanmaak) {
        if (idempotencyKey == null) {
            return aanmaak.get().alsAntwoord();
        }
        IdempotentieSleutel sleutel = new IdempotentieSleutel(
                gebruiker.gemeente() + ":" + gebruiker.id() + ":" + operatie, idempotencyKey);
        // the use case runs inside the claim's transaction, so its answer is only ours once both committed
        List<Aangemaakt<T>> nieuw = new ArrayList<>(1);
        Reservering reservering = idempotentie.eenmaal(sleutel, Vingerafdruk.van(json, verzoek), () -> {
            Aangemaakt<T> aangemaakt = aanmaak.get();
            nieuw.add(aangemaakt);
            return new OpgeslagenAntwoord(RestResponse.StatusCode.CREATED, aangemaakt.locatie(), aangemaakt.etag(),
                    alsJson(aangemaakt.inhoud()));
        });
        if (reservering instanceof Reservering.Herhaling herhaling) {
            return herhaal(herhaling.antwoord(), antwoordType);
        }
        return nieuw.get(0).alsAntwoord();
    }

    private <T> RestResponse<T> herhaal(OpgeslagenAntwoord antwoord, Class<T> antwoordType) {
        T inhoud;
        try {
            // read back into the DTO, so the usual JSON writer serves the same JSON as the first time
            inhoud = json.readValue(antwoord.inhoud(), antwoordType);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Opgeslagen antwoord is geen " + antwoordType.getSimpleName(), e);
        }
        return new Aangemaakt<>(inhoud, antwoord.locatie(), antwoord.etag()).alsHerhaling(antwoord.status());
    }

    private String alsJson(Object inhoud) {
        try {
            return json.writeValueAsString(inhoud);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Antwoord niet als JSON te bewaren", e);
        }
    }
}
