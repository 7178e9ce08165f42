package org.healthscore.io.model;

import org.healthscore.model.HealthModel;

/**
 * A model file: the model plus the facts around it that do not affect scoring — who made it and when, and
 * what it was designed on ({@code provenance}, kept as JSON so that later fields survive a round trip).
 */
public record ModelDocument(HealthModel model, String created, String author,
                            com.fasterxml.jackson.databind.node.ObjectNode provenance) {

    public static ModelDocument of(HealthModel model) {
        return new ModelDocument(model, null, null, null);
    }
}
