package org.healthscore.cli;

import java.nio.file.Path;
import org.healthscore.io.model.ModelFileException;
import org.healthscore.io.model.ModelJsonReader;
import org.healthscore.model.HealthModel;

/** Loads a model file for a command; problems become one line for the user. */
final class ModelFiles {
    private ModelFiles() {
    }

    static HealthModel load(Path file) throws ModelFileException {
        return ModelJsonReader.read(file, null).model();
    }
}
