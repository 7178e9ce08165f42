package org.healthscore.ui.common;

import java.util.concurrent.CompletionException;

/** What a failed background task says to the user. */
public final class Errors {
    private Errors() {
    }

    /** The error itself, not the CompletionException a future wraps it in. */
    public static Throwable cause(Throwable t) {
        return t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
    }
}
