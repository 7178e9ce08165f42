package org.healthscore.engine;

/** How far a long computation is: called after each of its steps, from the computing thread. */
@FunctionalInterface
public interface Progress {
    Progress NONE = (done, total) -> {
    };

    void done(int done, int total);
}
