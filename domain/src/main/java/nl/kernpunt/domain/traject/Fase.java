package nl.kernpunt.domain.traject;

/** Where a traject stands: preparing (steps 1–4), residents participating, or closed. */
public enum Fase {
    VOORBEREIDING,
    PARTICIPATIE,
    AFGEROND
}
