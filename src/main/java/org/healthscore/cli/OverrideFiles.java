package org.healthscore.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.healthscore.data.CsmOverride;
import org.healthscore.model.HealthModel;
import org.healthscore.store.OverrideFile;
import org.healthscore.store.Printable;

/** `--overrides F.csv`: a file of CSM overrides read whole against the model's bands and metrics, or refused. */
final class OverrideFiles {
    /** The columns an output gains when overrides are laid over it. */
    static final List<String> COLUMNS = List.of("model_band", "final_band", "final_score", "override_note");

    private OverrideFiles() {
    }

    static List<CsmOverride> read(Path file, HealthModel model) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no such file: " + Printable.of(file.toString()) + " (--overrides)");
        }
        OverrideFile.Read read = OverrideFile.read(file, OverrideFile.Checks.of(model, null,
                (int) java.time.LocalDate.now().toEpochDay(), System.getProperty("user.name", "")));
        if (!read.ok()) {
            throw new IllegalArgumentException(read.badRows() + " row(s) of " + file.getFileName() + " cannot be "
                    + "read, nothing was written: " + String.join("; ", read.problems()));
        }
        return read.overrides();
    }
}
