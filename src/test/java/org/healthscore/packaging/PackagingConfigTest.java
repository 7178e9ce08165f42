package org.healthscore.packaging;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The installers are built by a separate command (./mvnw -Ppackage package, about 40 s); this test keeps
 * the configuration it reads consistent so that command cannot fail on a typo.
 */
class PackagingConfigTest {
    private static final Path PKG = Path.of("packaging");

    private static List<String> args(Path file) throws Exception {
        return Files.readAllLines(file).stream().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .toList();
    }

    @Test
    void theCommonArgumentsNameTheAppItsJarAndTheLauncherClass() throws Exception {
        List<String> lines = args(PKG.resolve("jpackage.args"));
        assertTrue(lines.contains("--name \"Health Score Workbench\""), lines.toString());
        assertTrue(lines.contains("--main-jar health-score-workbench.jar"), "the jar the pom builds");
        assertTrue(lines.contains("--main-class org.healthscore.Launcher"));
        assertEquals("org.healthscore.Launcher", org.healthscore.Launcher.class.getName());
        String modules = lines.stream().filter(l -> l.startsWith("--add-modules")).findFirst().orElseThrow();
        for (String needed : new String[] {"java.sql", "java.desktop", "java.logging", "jdk.unsupported",
                "java.management"}) {
            assertTrue(modules.contains(needed), "the trimmed runtime keeps " + needed);
        }
        String pom = Files.readString(Path.of("pom.xml"));
        assertTrue(pom.contains("<finalName>health-score-workbench</finalName>"));
        assertTrue(pom.contains("<argument>--app-version</argument><argument>${project.version}</argument>"),
                "the package version comes from the pom");
    }

    @Test
    void thePackagedAppRunsWithTheCollectorSettingsOfJavafxRun() throws Exception {
        // the drag was measured with these (docs/PERFORMANCE.md); an installed app without them drags worse
        List<String> lines = args(PKG.resolve("jpackage.args"));
        String pom = Files.readString(Path.of("pom.xml"));
        for (String option : List.of("-XX:G1HeapRegionSize=8m", "-XX:InitiatingHeapOccupancyPercent=80")) {
            assertTrue(lines.contains("--java-options " + option), "jpackage.args: " + option);
            assertTrue(pom.contains("<option>" + option + "</option>"), "javafx:run: " + option);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"linux", "windows", "macos"})
    void eachPlatformHasAnInstallerWhoseFilesExist(String os) throws Exception {
        List<String> lines = args(PKG.resolve(os).resolve("jpackage-installer.args"));
        String type = lines.stream().filter(l -> l.startsWith("--type ")).findFirst().orElseThrow();
        assertEquals(switch (os) {
            case "linux" -> "--type deb";
            case "windows" -> "--type msi";
            default -> "--type dmg";
        }, type);
        for (String l : lines) {
            if (l.startsWith("--icon ") || l.startsWith("--file-associations ")) {
                Path f = Path.of(l.substring(l.indexOf(' ') + 1));
                assertTrue(Files.isRegularFile(f), os + ": " + f + " exists");
            }
        }
        Properties assoc = new Properties();
        try (var in = Files.newInputStream(PKG.resolve(os).resolve("hsw-association.properties"))) {
            assoc.load(in);
        }
        assertEquals("hsw", assoc.getProperty("extension"));
        assertTrue(Files.isRegularFile(Path.of(assoc.getProperty("icon"))), "association icon exists");
    }

    @Test
    void theIconsAreRealImagesForEachPlatform() throws Exception {
        BufferedImage png = ImageIO.read(PKG.resolve("linux/health-score-workbench.png").toFile());
        assertEquals(256, png.getWidth());
        assertEquals(256, png.getHeight());
        byte[] ico = Files.readAllBytes(PKG.resolve("windows/health-score-workbench.ico"));
        assertArrayEquals(new byte[] {0, 0, 1, 0}, Arrays.copyOf(ico, 4), "ICO header");
        assertTrue(ico[4] >= 3, "several sizes in the ICO");
        byte[] icns = Files.readAllBytes(PKG.resolve("macos/health-score-workbench.icns"));
        assertEquals("icns", new String(icns, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
    }
}
