package org.healthscore.model;

/** What a metric contributes when an account has no (fresh) value for it. */
public enum MissingPolicy {
    /** The metric counts with 5 of 10 points. */
    NEUTRAL,
    /** The metric counts with 0 points. */
    ZERO,
    /** The metric is left out for that account; the other weights scale up to 100 %. */
    REWEIGHT
}
