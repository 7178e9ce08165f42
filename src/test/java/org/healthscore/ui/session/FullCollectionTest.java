package org.healthscore.ui.session;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FullCollectionTest {
    @Test
    void aFullCollectionIsCountedEachTimeOneIsAskedFor() {
        long before = FullCollection.fullCollections();
        assertTrue(FullCollection.run(), "G1 ran a full collection");
        assertTrue(FullCollection.run(), "and again");
        assertTrue(FullCollection.fullCollections() >= before + 2, "both were counted");
    }
}
