package org.healthscore.ui.session;

import java.util.ArrayDeque;
import java.util.Deque;
import org.healthscore.model.HealthModel;

/** Undo and redo over immutable model values: every edit is one step (a whole slider drag is one edit). */
final class ModelHistory {
    private static final int LIMIT = 200;
    private final Deque<HealthModel> undo = new ArrayDeque<>();
    private final Deque<HealthModel> redo = new ArrayDeque<>();

    /** Records {@code before} as the state an undo returns to. */
    void recordEdit(HealthModel before) {
        if (before == null) {
            return;
        }
        undo.push(before);
        if (undo.size() > LIMIT) {
            undo.removeLast();
        }
        redo.clear();
    }

    HealthModel undo(HealthModel current) {
        if (undo.isEmpty()) {
            return null;
        }
        redo.push(current);
        return undo.pop();
    }

    HealthModel redo(HealthModel current) {
        if (redo.isEmpty()) {
            return null;
        }
        undo.push(current);
        return redo.pop();
    }

    boolean canUndo() {
        return !undo.isEmpty();
    }

    boolean canRedo() {
        return !redo.isEmpty();
    }

    void clear() {
        undo.clear();
        redo.clear();
    }
}
