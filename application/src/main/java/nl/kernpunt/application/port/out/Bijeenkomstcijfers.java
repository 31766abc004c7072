package nl.kernpunt.application.port.out;

/**
 * The meetings figures of a monitoring scope: meetings held in the period, how many of them had
 * their feedback in time, and how many still wait for feedback past their due date.
 */
public record Bijeenkomstcijfers(long gehouden, long tijdigTeruggekoppeld, long terugkoppelingVerlopen) {
}
