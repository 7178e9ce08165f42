package org.healthscore.engine;

import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/** Cooperative cancellation: long loops call {@link #check()} between chunks. */
@FunctionalInterface
public interface Cancel {
    Cancel NEVER = () -> false;

    boolean isCancelled();

    default void check() {
        if (isCancelled()) {
            throw new CancellationException("superseded by a newer request");
        }
    }

    static Cancel of(BooleanSupplier supplier) {
        return supplier::getAsBoolean;
    }
}
