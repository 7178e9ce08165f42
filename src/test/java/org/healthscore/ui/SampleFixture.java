package org.healthscore.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.healthscore.store.ImportListener;
import org.healthscore.store.SampleWorkspace;

/**
 * One sample workspace per test run, copied for each test so that tests cannot disturb each other; the copies
 * are deleted when the test JVM exits (they would otherwise pile up in the temp folder, 5 MB a test).
 */
public final class SampleFixture {
    private static Path built;
    private static final java.util.List<Path> DIRS = new java.util.ArrayList<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(SampleFixture::deleteAll));
    }

    private SampleFixture() {
    }

    /** A workspace's data as the engine reads it (opened read-only, closed again). */
    public static org.healthscore.data.Dataset dataset(Path workspace) {
        try (org.healthscore.store.Workspace ws = org.healthscore.store.Workspace.openReadOnly(workspace)) {
            return new org.healthscore.store.DatasetLoader(ws).load();
        }
    }

    public static synchronized Path freshCopy() {
        try {
            if (built == null) {
                Path dir = Files.createTempDirectory("hsw-sample-fixture");
                DIRS.add(dir);
                built = SampleWorkspace.ensure(dir.resolve("sample.hsw"), ImportListener.NONE);
            }
            Path dir = Files.createTempDirectory("hsw-test");
            DIRS.add(dir);
            Path copy = dir.resolve("sample.hsw");
            Files.copy(built, copy);
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized void deleteAll() {
        DIRS.forEach(org.healthscore.store.Folders::deleteQuietly);
    }
}
