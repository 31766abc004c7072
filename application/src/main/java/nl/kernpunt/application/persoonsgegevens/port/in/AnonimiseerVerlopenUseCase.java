package nl.kernpunt.application.persoonsgegevens.port.in;

/**
 * The retention job (AVG art. 5 lid 1 sub e): closed initiatives and questions whose gemeente's term
 * after closure ran out lose their residents to the marker, as an erasure does (docs/adr/0018).
 */
public interface AnonimiseerVerlopenUseCase {

    /** One batch of up to {@code max} records of each kind in one transaction; how many it claimed. */
    int anonimiseerVerlopen(int max);
}
