package nl.kernpunt.domain.initiatief;

/** The gemeente's role towards an initiative (step 3 of the guide), from least to most involved. */
public enum Rol {
    /** Does not fit the ambitions or there are no means: points of attention only. */
    LOSLATEN,
    /** Does not clash with the goals: give room, take no further part. */
    STIMULEREN,
    /** Offer budget, knowledge or people. */
    FACILITEREN,
    /** Become co-initiator; too much involvement can kill an initiative. */
    COPRODUCEREN
}
