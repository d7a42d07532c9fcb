package dev.conv.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/** Every option of a type whose picocli converter conv leaves out brings its own converter. */
class ConverterExcludesTest {
    @Test
    void noOptionNeedsAConverterLeftOut() {
        PrintStream sink = new PrintStream(new ByteArrayOutputStream());
        Console console = new Console(new ByteArrayInputStream(new byte[0]), sink, sink);
        List<CommandSpec> specs = new ArrayList<>();
        CommandLine tree = Main.commandLine(console);
        specs.add(tree.getCommandSpec());
        tree.getSubcommands().values().forEach(c -> specs.add(c.getCommandSpec()));
        specs.add(Main.html2md(console, UnaryOperator.identity()).getCommandSpec());
        List<String> checked = new ArrayList<>();
        for (CommandSpec spec : specs) {
            for (ArgSpec arg : spec.args()) {
                for (Class<?> type : arg.auxiliaryTypes()) {
                    if (type.getName().matches(Main.CONVERTER_EXCLUDES)) {
                        checked.add(spec.qualifiedName() + " " + arg);
                        assertThat(arg.converters()).as(spec.qualifiedName() + " " + arg).isNotEmpty();
                    }
                }
            }
        }
        assertThat(checked).as("options of java.time types seen").isNotEmpty();
        assertThat("java.time.Duration").matches(Main.CONVERTER_EXCLUDES);
        assertThat("java.sql.Timestamp").matches(Main.CONVERTER_EXCLUDES);
        assertThat("java.nio.file.Path").doesNotMatch(Main.CONVERTER_EXCLUDES);
    }
}
