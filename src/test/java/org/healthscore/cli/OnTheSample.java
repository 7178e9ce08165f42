package org.healthscore.cli;

import java.nio.file.Path;
import org.healthscore.data.Dataset;
import org.healthscore.ui.SampleFixture;
import org.junit.jupiter.api.BeforeAll;

/** Command tests on a fresh copy of the sample workspace (built once per run), with its data as the engine reads it. */
abstract class OnTheSample {
    static Path workspace;
    static Dataset dataset;

    @BeforeAll
    static void sample() {
        workspace = SampleFixture.freshCopy();
        dataset = SampleFixture.dataset(workspace);
    }
}
