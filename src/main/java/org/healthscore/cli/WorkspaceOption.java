package org.healthscore.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** --workspace for every command that reads an existing workspace. */
final class WorkspaceOption {
    @Option(names = "--workspace", required = true, description = "Workspace file (.hsw).")
    Path file;
}
