package org.healthscore.ui.session;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** What the window says about its work: the status line, the last error, busy and opening, and its title. */
public final class StatusLine {
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Starting…");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("Health Score Workbench");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    /** From asking to open (or re-read) a workspace until its first result is shown or the opening fails. */
    private final ReadOnlyBooleanWrapper opening = new ReadOnlyBooleanWrapper();

    /** A short message for the status bar (e.g. a chart was saved). */
    public void notify(String message) {
        status.set(message);
    }

    /** Work has started that the figures wait for: the spinner turns and the status says what. */
    public void busy(String message) {
        busy.set(true);
        status.set(message);
    }

    /** Work the status line said was running ({@link #busy}) is over: what came of it. */
    public void finished(String message) {
        busy.set(false);
        status.set(message);
    }

    void opening(String message) {
        busy(message);
        opening.set(true);
    }

    /** A result is on screen: nothing is waited for any more. */
    void done(String message) {
        busy.set(false);
        opening.set(false);
        error.set(null);
        status.set(message);
    }

    void waiting() {
        busy.set(true);
    }

    void fail(Throwable e) {
        busy.set(false);
        opening.set(false);
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        error.set(message);
        status.set("Error: " + message);
    }

    /** "name — Health Score Workbench", with a * while the model has changes not saved as a version. */
    void title(String workspaceName, boolean readOnly, boolean dirty) {
        if (workspaceName != null) {
            title.set((dirty ? "* " : "") + workspaceName + (readOnly ? " (read-only)" : "")
                    + " — Health Score Workbench");
        }
    }

    /** Progress text from a worker thread's listener, shown as it comes. */
    void progress(String message) {
        status.set(message);
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** True while a workspace is being opened or read again, until its first result is on screen. */
    public ReadOnlyBooleanProperty openingProperty() {
        return opening.getReadOnlyProperty();
    }
}
