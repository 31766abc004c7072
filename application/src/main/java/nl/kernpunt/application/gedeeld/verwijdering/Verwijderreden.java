package nl.kernpunt.application.gedeeld.verwijdering;

/**
 * Why a resource left an integrator's view (docs/adr/0019). Today kernen are archived and initiatives
 * withdrawn; anonymising, deleting and marking as spam are named already, so the features that
 * bring them add no new value to the contract.
 */
public enum Verwijderreden {
    GEARCHIVEERD,
    INGETROKKEN,
    GEANONIMISEERD,
    VERWIJDERD,
    SPAM
}
