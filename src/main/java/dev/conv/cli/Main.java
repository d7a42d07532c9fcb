package dev.conv.cli;

import dev.conv.step.Step;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.UnaryOperator;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** Entry point. {@link #run} returns the exit code so tests can call it in process. */
public final class Main {
    private Main() {
    }

    /**
     * The built-in picocli converters conv goes without: those for java.time and java.sql types, which
     * picocli registers by reflection on every start, initialising some 80 JDK classes. No conv option
     * has such a type without a converter of its own (ConverterExcludesTest).
     */
    static final String CONVERTER_EXCLUDES = "java\\.(time|sql)\\..*";

    /**
     * picocli's default factory looks for Groovy's closure class on every start: a miss searches the
     * whole class path, opening conv's 2,500-entry jar. conv has no Groovy.
     */
    static final String DISABLE_CLOSURES = "picocli.disable.closures";

    public static void main(String[] args) {
        configurePicocli();
        int code = run(Console.system(), args);
        if (Progress.shown()) {
            System.exit(code); // the terminal library behind the bar may have shutdown hooks to run
        }
        // Everything is written and conv has no shutdown hook: halt ends the process as exit would,
        // without exit's logging, which on JDK 21+ first looks up a System.Logger (a service scan
        // of the class path, a tenth of a 2 KB page's run).
        System.out.flush();
        System.err.flush();
        Runtime.getRuntime().halt(code);
    }

    /** picocli's system properties, unless set otherwise: also for the archive's training, so it loads what a run loads. */
    static void configurePicocli() {
        if (System.getProperty("picocli.converters.excludes") == null) {
            System.setProperty("picocli.converters.excludes", CONVERTER_EXCLUDES);
        }
        if (System.getProperty(DISABLE_CLOSURES) == null) {
            System.setProperty(DISABLE_CLOSURES, "true");
        }
    }

    public static int run(InputStream in, PrintStream out, PrintStream err, String... args) {
        return run(new Console(in, out, err), args);
    }

    static int run(Console console, String... args) {
        return run(console, UnaryOperator.identity(), args);
    }

    /**
     * Runs with each command's step passed through {@code steps} (tests put a step with a bug in).
     * A write error on stdout fails the run with one line, except a closed pipe: the reader has
     * all it wanted ({@code | head}), so conv ends quietly, as other Unix tools do.
     */
    static int run(Console console, UnaryOperator<Step> steps, String... args) {
        CommandLine alone = args.length == 0 ? null : switch (args[0]) {
            case "html2md" -> html2md(console, steps);
            case "fix" -> fix(console, steps);
            case "clean" -> clean(console, steps);
            default -> null;
        };
        int code = alone != null
                ? alone.execute(Arrays.copyOfRange(args, 1, args.length))
                : commandLine(console, steps, args).execute(args);
        console.err().flush();
        IOException failure = console.stdoutFailure();
        if (failure == null || Console.brokenPipe(failure)) {
            return code;
        }
        console.error("stdout: cannot write: " + dev.conv.page.IoErrors.describe(failure));
        return code == ExitCode.OK ? ExitCode.FAILED : code;
    }

    /** The whole command tree, its handlers and help layout, talking to {@code console}. */
    static CommandLine commandLine(Console console) {
        return commandLine(console, UnaryOperator.identity());
    }

    /** The tree a run of {@code args} needs: only the command they name, else the whole tree. */
    static CommandLine commandLine(Console console, UnaryOperator<Step> steps, String... args) {
        // Before the settings below: picocli applies them to the subcommands present at the time.
        CommandLine cli = new CommandLine(new ConvCommand(), new CommandFactory(console, steps));
        ConvCommand.addSubcommands(cli, args);
        return configure(cli, console);
    }

    /**
     * {@code conv html2md}, whose start-up is most of a page's run: its model is built in code, not read
     * from annotations, and it runs alone, below a root that has no command line of its own: each picocli
     * command line compiles some twenty regular expressions as it registers its converters, and the
     * JIT then compiled java.util.regex's parser. Help and messages name it {@code conv html2md}.
     */
    static CommandLine html2md(Console console, UnaryOperator<Step> steps) {
        CommandFactory factory = new CommandFactory(console, steps);
        return alone(Html2MdModel.html2md(new Html2MdCommand(console, steps), factory), factory, console);
    }

    /** {@code conv fix}, which a hook runs on every commit: as {@link #html2md}, its model built in code. */
    static CommandLine fix(Console console, UnaryOperator<Step> steps) {
        CommandFactory factory = new CommandFactory(console, steps);
        return alone(FixModel.fix(new FixCommand(console, steps), factory), factory, console);
    }

    /** {@code conv clean}, the other command a hook runs: as {@link #html2md}, its model built in code. */
    static CommandLine clean(Console console, UnaryOperator<Step> steps) {
        CommandFactory factory = new CommandFactory(console, steps);
        return alone(CleanModel.clean(new CleanCommand(console, steps), factory), factory, console);
    }

    private static CommandLine alone(CommandSpec spec, CommandFactory factory, Console console) {
        CommandLine cli = new CommandLine(spec, factory);
        cli.getCommandSpec().parent(CodedModel.root(new ConvCommand(), factory));
        return configure(cli, console);
    }

    private static CommandLine configure(CommandLine cli, Console console) {
        cli.setOut(new PrintWriter(new OutputStreamWriter(console.out(), StandardCharsets.UTF_8), true));
        cli.setErr(new PrintWriter(new OutputStreamWriter(console.err(), StandardCharsets.UTF_8), true));
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setParameterExceptionHandler(new UsageErrorHandler());
        cli.setExecutionExceptionHandler(new InternalErrorHandler(console));
        WordWrappedHelp.install(cli);
        return cli;
    }
}
