package org.healthscore.model;

import java.util.Objects;

/** A named score range: scores at or above {@code lowerBound} (and below the next band's) fall in it. */
public record Band(String name, double lowerBound, String color, String playbook) {
    public Band {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(color, "color");
        playbook = playbook == null ? "" : playbook;
    }
}
