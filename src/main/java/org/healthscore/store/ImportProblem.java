package org.healthscore.store;

/** An import that cannot go on at all (no account id column, unreadable file, …); nothing was changed. */
public class ImportProblem extends RuntimeException {
    public ImportProblem(String message) {
        super(message);
    }

    public ImportProblem(String message, Throwable cause) {
        super(message, cause);
    }
}
