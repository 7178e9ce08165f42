package org.healthscore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.IllegalFormatException;
import java.util.List;
import java.util.Locale;
import org.healthscore.cli.Cli;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Every command's help text is a format string to picocli: a lone "%" (as in "sum to 100 %") made it print a
 * warning and the text unwrapped. Each command's description must format. (An option's description comes back
 * from picocli already processed, so it cannot be checked this way; `bench drag --compare-tab` had the same fault.)
 */
class HelpTextTest {
    @Test
    void everyHelpTextFormatsAsPicocliFormatsIt() {
        CommandLine root = new CommandLine(new Cli());
        root.addSubcommand(new SmokeCommand());
        root.getSubcommands().get("bench").addSubcommand(new BenchDragCommand());
        List<String> broken = new ArrayList<>();
        List<CommandLine> commands = new ArrayList<>(List.of(root));
        int texts = 0;
        for (int c = 0; c < commands.size(); c++) {
            CommandLine cl = commands.get(c);
            commands.addAll(cl.getSubcommands().values());
            var spec = cl.getCommandSpec();
            List<String> lines = new ArrayList<>(List.of(spec.usageMessage().description()));
            lines.addAll(List.of(spec.usageMessage().header()));
            lines.addAll(List.of(spec.usageMessage().footer()));
            for (String line : lines) {
                texts++;
                try {
                    String.format(Locale.ROOT, line);
                } catch (IllegalFormatException e) {
                    broken.add(spec.qualifiedName() + ": " + line);
                }
            }
        }
        assertTrue(commands.size() > 15 && texts > 20, "the walk reached the commands: " + commands.size());
        assertEquals(List.of(), broken);
    }
}
