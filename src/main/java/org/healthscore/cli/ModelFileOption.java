package org.healthscore.cli;

import java.nio.file.Path;
import org.healthscore.model.HealthModel;
import picocli.CommandLine.Option;

/** --model for every command that runs a model file. */
final class ModelFileOption {
    @Option(names = "--model", required = true, description = "Model JSON file.")
    Path file;

    /** The model, fully validated; its problems, cause first, when it is not valid. */
    HealthModel load() throws org.healthscore.io.model.ModelFileException {
        return ModelFiles.load(file);
    }
}
