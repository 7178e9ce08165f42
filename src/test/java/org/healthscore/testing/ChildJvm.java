package org.healthscore.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A child JVM on the test's own class path, for tests that kill a process or bound its heap. */
public final class ChildJvm {
    private ChildJvm() {
    }

    /** {@code java [jvmOptions] -cp <class path> mainClass args…}; jvm options are those starting with "-X". */
    public static ProcessBuilder of(String mainClass, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> rest = new ArrayList<>();
        for (String a : args) {
            (a.startsWith("-X") && rest.isEmpty() ? command : rest).add(a);
        }
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(rest);
        return new ProcessBuilder(command);
    }

    /** The app's own launcher with these command-line arguments (a headless command). */
    public static ProcessBuilder app(String... args) {
        return of("org.healthscore.Launcher", args);
    }
}
