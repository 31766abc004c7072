package nl.kernpunt.application.gedeeld.verwerking;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a use case service: every use case that returns {@link Persoonsgegevens} writes a processing
 * log entry in its own transaction (docs/adr/0018). The query services say {@code RAADPLEGEN}.
 */
@InterceptorBinding
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface Verwerkt {

    @Nonbinding
    Handeling value();

    /** The activity to log instead of each record's own, e.g. {@code inzageverzoeken}; empty: the record's. */
    @Nonbinding
    String activiteit() default "";
}
