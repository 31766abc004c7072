package nl.kernpunt.adapter.rest.toegang;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An operation whose Authorization header carries a token of its own, not our JWT (the case
 * system's webhook, whose Notificaties API sends {@code Bearer <subscription token>}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface EigenToken {
}
