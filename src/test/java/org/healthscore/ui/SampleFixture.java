package org.healthscore.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.healthscore.store.ImportListener;
import org.healthscore.store.SampleWorkspace;

/** One sample workspace per test run, copied for each test so that tests cannot disturb each other. */
final class SampleFixture {
    private static Path built;

    private SampleFixture() {
    }

    static synchronized Path freshCopy() {
        try {
            if (built == null) {
                Path dir = Files.createTempDirectory("hsw-sample-fixture");
                built = SampleWorkspace.ensure(dir.resolve("sample.hsw"), ImportListener.NONE);
            }
            Path copy = Files.createTempDirectory("hsw-test").resolve("sample.hsw");
            Files.copy(built, copy);
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
