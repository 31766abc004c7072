package nl.kernpunt.application.kern;

import nl.kernpunt.domain.kern.Kern;
import nl.kernpunt.domain.kern.KernId;

/**
 * A kern as monitoring places it: its name and area. The Leefbaarometer and the overlegtafels need
 * nothing else of a gemeente's kernen, so they read these three columns instead of every kern with its
 * lists (a gemeente of 2,500 kernen: one statement instead of 76; docs/adr/0030).
 */
public record Kernligging(KernId id, String naam, String gebied) {

    /** The facts as the aggregate gives them; the port contract holds every adapter to this. */
    public static Kernligging van(Kern kern) {
        return new Kernligging(kern.getId(), kern.getProfiel().naam(), kern.getProfiel().gebied());
    }
}
