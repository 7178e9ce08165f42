package org.healthscore.store;

/** A problem with a workspace file a user can act on; the message names the file and what is wrong. */
public class WorkspaceException extends RuntimeException {
    public WorkspaceException(String message) {
        super(message);
    }

    public WorkspaceException(String message, Throwable cause) {
        super(message, cause);
    }
}
