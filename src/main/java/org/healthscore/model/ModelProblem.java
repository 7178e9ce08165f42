package org.healthscore.model;

/** One thing wrong with a model, at a JSON path such as {@code $.metrics[2].weight}. */
public record ModelProblem(String path, String message) {
    @Override
    public String toString() {
        return path + ": " + message;
    }
}
