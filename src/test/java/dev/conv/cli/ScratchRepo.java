package dev.conv.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;

/**
 * A git repository for a hook test: made under a temporary directory, with git's configuration
 * kept away from the user's (no global or system file, HOME inside the directory), a committer set,
 * no signing, and {@code $CONV} a launcher of conv on the classes under test, as a user calls it.
 * Skips the test when git is not installed.
 */
final class ScratchRepo {
    private final Path root;
    private final Map<String, String> env;

    private ScratchRepo(Path root, Map<String, String> env) {
        this.root = root;
        this.env = Map.copyOf(env);
    }

    /**
     * {@code dir/NAME}, initialised, with {@code $CONV} in {@code dir/bin}.
     *
     * @param extraEnv more environment for every command (PRE_COMMIT_HOME...)
     */
    static ScratchRepo init(Path dir, String name, Map<String, String> extraEnv) throws IOException {
        assumeTrue(Exec.available("git"), "git is not installed");
        Path conv = dir.resolve("bin/conv");
        Files.createDirectories(conv.getParent());
        Files.writeString(conv, "#!/bin/sh\nexec '" + Path.of(System.getProperty("java.home"), "bin", "java")
                + "' -cp '" + System.getProperty("java.class.path") + "' dev.conv.cli.Main \"$@\"\n");
        Files.setPosixFilePermissions(conv, PosixFilePermissions.fromString("rwxr-xr-x"));
        Map<String, String> env = new HashMap<>(isolatedEnv(dir));
        env.put("CONV", conv.toString());
        env.putAll(extraEnv);
        ScratchRepo repo = new ScratchRepo(dir.resolve(name), env);
        Files.createDirectories(repo.root);
        repo.git("init", "-q");
        repo.git("config", "user.email", "test@example.com");
        repo.git("config", "user.name", "Test");
        repo.git("config", "commit.gpgsign", "false");
        return repo;
    }

    static ScratchRepo init(Path dir, String name) throws IOException {
        return init(dir, name, Map.of());
    }

    /** Git without the user's or the system's configuration, HOME inside {@code dir}. */
    static Map<String, String> isolatedEnv(Path dir) {
        return Map.of("GIT_CONFIG_GLOBAL", dir.resolve("gitconfig").toString(), "GIT_CONFIG_NOSYSTEM", "1",
                "HOME", dir.toString());
    }

    /** The work tree's top. */
    Path root() {
        return root;
    }

    Map<String, String> env() {
        return env;
    }

    /** The conv launcher ({@code $CONV}). */
    String conv() {
        return env.get("CONV");
    }

    /** Writes a file of the work tree, making its folders. */
    Path write(String name, String content) throws IOException {
        Path file = root.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        return file;
    }

    /** A git command that must succeed. */
    void git(String... args) throws IOException {
        String[] command = new String[args.length + 1];
        command[0] = "git";
        System.arraycopy(args, 0, command, 1, args.length);
        Exec r = run(command);
        assertThat(r.exitCode()).as(String.join(" ", command) + ": " + r.output()).isZero();
    }

    /** Any command in the work tree, with this repository's environment. */
    Exec run(String... command) throws IOException {
        return Exec.run(root, env, command);
    }

    /** Copies {@code hook} in as {@code .git/hooks/NAME}, executable. */
    void installHook(Path hook, String name) throws IOException {
        Path hooks = root.resolve(".git/hooks");
        Files.createDirectories(hooks);
        Files.copy(hook, hooks.resolve(name));
        Files.setPosixFilePermissions(hooks.resolve(name), PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
