package nl.kernpunt.application.gebeurtenis.port.in;

/**
 * Reports the terms that ran out by the passing of time (a question's answer term, a meeting's
 * feedback term), each once; driven by a schedule, not by a user.
 */
public interface MeldVerlopenTermijnenUseCase {

    /** @return how many items this round reported */
    int meldVerlopen();
}
