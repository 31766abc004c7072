package nl.kernpunt.application.gedeeld.verwerking;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Optional;
import nl.kernpunt.application.gedeeld.toegang.Gebruiker;

/**
 * Runs inside the use case's transaction (a priority after the transaction interceptor's), so the
 * entry is written with the change or not at all. The user is the use case's {@link Gebruiker}
 * argument, or the one its command carries; a call without one (the scheduler) writes nothing here.
 */
@Verwerkt(Handeling.RAADPLEGEN)
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class VerwerkingenInterceptor {

    private final Verwerkingenlogging logging;

    public VerwerkingenInterceptor(Verwerkingenlogging logging) {
        this.logging = logging;
    }

    @AroundInvoke
    Object legVast(InvocationContext aanroep) throws Exception {
        Object resultaat = aanroep.proceed();
        Verwerkt binding = aanroep.getInterceptorBinding(Verwerkt.class);
        gebruiker(aanroep.getParameters())
                .ifPresent(gebruiker -> logging.legVast(binding.value(), binding.activiteit(), gebruiker, resultaat));
        return resultaat;
    }

    private static Optional<Gebruiker> gebruiker(Object[] argumenten) {
        return Arrays.stream(argumenten).map(VerwerkingenInterceptor::gebruikerIn).flatMap(Optional::stream).findFirst();
    }

    private static Optional<Gebruiker> gebruikerIn(Object argument) {
        if (argument instanceof Gebruiker gebruiker) {
            return Optional.of(gebruiker);
        }
        if (argument != null && argument.getClass().isRecord()) {
            for (RecordComponent deel : argument.getClass().getRecordComponents()) {
                if (deel.getType() == Gebruiker.class) {
                    try {
                        return Optional.ofNullable((Gebruiker) deel.getAccessor().invoke(argument));
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException("a record's accessor is public", e);
                    }
                }
            }
        }
        return Optional.empty();
    }
}
