package org.healthscore.io.model;

import java.util.List;
import java.util.stream.Collectors;
import org.healthscore.model.ModelProblem;

/** A model file that cannot be used, with every problem found and its JSON path. */
public class ModelFileException extends Exception {
    private final List<ModelProblem> problems;

    public ModelFileException(String file, List<ModelProblem> problems) {
        super(file + ": " + problems.size() + (problems.size() == 1 ? " problem" : " problems") + ": "
                + problems.stream().limit(5).map(ModelProblem::toString).collect(Collectors.joining("; "))
                + (problems.size() > 5 ? "; and " + (problems.size() - 5) + " more" : ""));
        this.problems = List.copyOf(problems);
    }

    public List<ModelProblem> problems() {
        return problems;
    }
}
