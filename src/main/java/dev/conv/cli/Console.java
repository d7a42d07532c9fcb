package dev.conv.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The streams a command talks to, passed in rather than taken from System so the CLI runs in
 * process under test. Messages to the user go to {@link #err} as {@code conv: ...} lines. Stdout
 * is watched: the first write error on it (a full disk, a closed pipe) is kept for {@link Main} to
 * report, since a PrintStream would swallow it.
 */
public final class Console {
    private final InputStream in;
    private final PrintStream out;
    private final WatchedOutput stdout;
    private final PrintStream err;
    private final Path workDir;
    private final Terminal terminal;

    public Console(InputStream in, PrintStream out, PrintStream err) {
        this(in, out, err, Path.of("").toAbsolutePath());
    }

    /** A console whose working directory is {@code workDir}, as if conv had been started there. */
    Console(InputStream in, PrintStream out, PrintStream err, Path workDir) {
        this(in, out, err, workDir, Terminal.detect(in, err));
    }

    /** A console whose streams are (or are not) terminals as {@code terminal} says. */
    Console(InputStream in, PrintStream out, PrintStream err, Path workDir, Terminal terminal) {
        this(in, new WatchedOutput(out), out, err, workDir, terminal);
    }

    private Console(InputStream in, WatchedOutput stdout, PrintStream out, PrintStream err, Path workDir,
                    Terminal terminal) {
        this.in = in;
        this.stdout = stdout;
        this.out = out;
        this.err = err;
        this.workDir = workDir.toAbsolutePath().normalize();
        this.terminal = terminal;
    }

    /** A console writing to {@code out}, a stream that throws on a write error, as the process's stdout does. */
    static Console over(InputStream in, OutputStream out, PrintStream err, Path workDir, Terminal terminal) {
        WatchedOutput watched = new WatchedOutput(out);
        return new Console(in, watched, new PrintStream(watched, true, Charset.defaultCharset()), err, workDir, terminal);
    }

    /** The process's own streams; a closed stdin reads as an error, not as whatever file the JVM got as fd 0. */
    static Console system() {
        InputStream in = ClosedStdin.detected() ? ClosedStdin.STREAM : System.in;
        OutputStream out = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16);
        WatchedOutput watched = new WatchedOutput(out);
        return new Console(in, watched, new PrintStream(watched, true, Charset.defaultCharset()), System.err,
                Path.of("").toAbsolutePath(), Terminal.detect(in, System.err));
    }

    public InputStream in() {
        return in;
    }

    /** Stdout for text: messages, lists, diffs, reports. */
    public PrintStream out() {
        return out;
    }

    /** Stdout for bytes, throwing on a write error: pages written there. */
    public OutputStream stdout() {
        return stdout;
    }

    /** The first write error stdout met, or null. */
    IOException stdoutFailure() {
        out.flush();
        if (stdout.failure == null && out.checkError()) {
            return new IOException("write error");
        }
        return stdout.failure;
    }

    public PrintStream err() {
        return err;
    }

    /** The directory conv was started in: paths shown for the user to act on are relative to it. */
    public Path workDir() {
        return workDir;
    }

    /** One line on stderr, prefixed {@code conv: }. */
    public void error(String message) {
        synchronized (err) {
            err.println("conv: " + message);
            err.flush();
        }
    }

    /** True when stderr is a terminal a progress bar may draw on. */
    public boolean interactive() {
        return terminal.stderr();
    }

    /** Which streams are terminals, and whether colour is welcome. */
    Terminal terminal() {
        return terminal;
    }

    /**
     * Before reading stdin: when it is a terminal, conv would seem to hang, so say once what it
     * waits for.
     */
    void noteTerminalStdin(String command, String argument) {
        if (terminal.stdin()) {
            error(command + ": reading the page from the terminal; end it with Ctrl-D, or give a " + argument
                    + " (conv " + command + " --help)");
        }
    }

    /** True for the error a write to a pipe whose reader has gone gets (EPIPE): not worth a word. */
    static boolean brokenPipe(IOException e) {
        String message = e.getMessage();
        return message != null && message.contains("Broken pipe");
    }

    /** Passes writes on and keeps the first error, which it still throws. */
    private static final class WatchedOutput extends OutputStream {
        private final OutputStream out;
        private volatile IOException failure;

        WatchedOutput(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                throw failed(e);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw failed(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw failed(e);
            }
        }

        private synchronized IOException failed(IOException e) {
            if (failure == null) {
                failure = e;
            }
            return e;
        }
    }

    /**
     * A process started with stdin closed ({@code <&-}) has no fd 0, so the first file the JVM
     * opens takes it: its own {@code lib/modules}, a class-data archive, the jar. Reading that as a
     * page would be nonsense ("larger than --max-size"); this tells it apart.
     */
    static final class ClosedStdin {
        static final InputStream STREAM = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("stdin is closed");
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                throw new IOException("stdin is closed");
            }
        };

        private ClosedStdin() {
        }

        static boolean detected() {
            if (Boolean.getBoolean("conv.stdin.closed")) {
                return true;
            }
            try {
                Path fd0 = Files.readSymbolicLink(Path.of("/proc/self/fd/0"));
                return isJvmsOwn(fd0, Path.of(System.getProperty("java.home")).toRealPath(),
                        System.getProperty("java.class.path", ""));
            } catch (IOException | UnsupportedOperationException | SecurityException e) {
                return false; // no /proc: take stdin as it is
            }
        }

        /** Whether a file on fd 0 is one the JVM opened for itself. */
        static boolean isJvmsOwn(Path fd0, Path javaHome, String classPath) {
            if (!fd0.isAbsolute()) {
                return false; // pipe:[...], socket:[...]
            }
            if (fd0.startsWith(javaHome) || fd0.toString().endsWith(".jsa")) {
                return true;
            }
            for (String entry : classPath.split(java.io.File.pathSeparator)) {
                if (!entry.isEmpty() && fd0.equals(Path.of(entry).toAbsolutePath().normalize())) {
                    return true;
                }
            }
            return false;
        }
    }
}
