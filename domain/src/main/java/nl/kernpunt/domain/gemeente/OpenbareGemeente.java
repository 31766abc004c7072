package nl.kernpunt.domain.gemeente;

/** What anyone may know of a gemeente. */
public record OpenbareGemeente(Gemeentecode code, String naam) {
}
