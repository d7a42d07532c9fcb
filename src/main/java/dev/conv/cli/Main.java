package dev.conv.cli;

import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Entry point. {@link #run} returns the exit code so tests can call it in process. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        int code = run(System.in, System.out, System.err, args);
        System.out.flush();
        System.exit(code);
    }

    public static int run(InputStream in, PrintStream out, PrintStream err, String... args) {
        return run(new Console(in, out, err), args);
    }

    static int run(Console console, String... args) {
        int code = commandLine(console).execute(args);
        console.out().flush();
        console.err().flush();
        return code;
    }

    /** The command tree, its handlers and help layout, talking to {@code console}. */
    static CommandLine commandLine(Console console) {
        CommandLine cli = new CommandLine(new ConvCommand(), new CommandFactory(console));
        cli.setOut(new PrintWriter(new OutputStreamWriter(console.out(), StandardCharsets.UTF_8), true));
        cli.setErr(new PrintWriter(new OutputStreamWriter(console.err(), StandardCharsets.UTF_8), true));
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setParameterExceptionHandler(new UsageErrorHandler());
        cli.setExecutionExceptionHandler(new InternalErrorHandler(console));
        WordWrappedHelp.install(cli);
        return cli;
    }
}
