package org.healthscore.ui.modelfiles;

import org.healthscore.model.HealthModel;
import org.healthscore.ui.session.Session;

/**
 * Model → Properties…: the model's name, description, author and notes, changed as one undoable edit; they are
 * saved with its versions and written into its model file. A blank or too long field is refused with a message.
 */
public final class ModelPropertiesCommands {
    /** The limits of the model file's schema. */
    static final int MAX_NAME = 200;
    static final int MAX_DESCRIPTION = 10_000;
    static final int MAX_AUTHOR = 200;
    static final int MAX_NOTES = 20_000;

    private final Session session;

    public ModelPropertiesCommands(Session session) {
        this.session = session;
    }

    /** The model's properties now, to fill the dialog. */
    public HealthModel current() {
        return session.design().modelProperty().get();
    }

    /**
     * Applies the properties (surrounding blanks trimmed from the name and author). Returns null when taken (or
     * nothing changed), else the one-line reason nothing changed.
     */
    public String apply(String name, String description, String author, String notes) {
        HealthModel m = current();
        if (m == null) {
            return "Open a workspace first.";
        }
        String n = name == null ? "" : name.strip();
        String a = author == null ? "" : author.strip();
        String d = description == null ? "" : description;
        String t = notes == null ? "" : notes;
        if (n.isEmpty()) {
            return "A model needs a name.";
        }
        String tooLong = n.length() > MAX_NAME ? "The name is " + n.length() + " characters; at most " + MAX_NAME
                : d.length() > MAX_DESCRIPTION ? "The description is " + d.length() + " characters; at most "
                + MAX_DESCRIPTION
                : a.length() > MAX_AUTHOR ? "The author is " + a.length() + " characters; at most " + MAX_AUTHOR
                : t.length() > MAX_NOTES ? "The notes are " + t.length() + " characters; at most " + MAX_NOTES : null;
        if (tooLong != null) {
            return tooLong + ".";
        }
        HealthModel changed = m.withProperties(n, d, a, t);
        if (!changed.equals(m)) {
            session.design().setModel(changed);
            session.status().notify("Model properties changed (Edit → Undo takes them back)");
        }
        return null;
    }
}
