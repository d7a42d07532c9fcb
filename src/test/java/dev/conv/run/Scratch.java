package dev.conv.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Builds file trees and runs real git in them, isolated from the developer's own git settings. */
final class Scratch {
    final Path root;
    final Path home;

    Scratch(Path tmp) {
        this.root = tmp.resolve("w");
        this.home = tmp.resolve("home");
        try {
            Files.createDirectories(root);
            Files.createDirectories(home);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A GitEnv that sees only the scratch home, like git run by {@link #git}. */
    GitEnv env() {
        return new GitEnv(home, null, null);
    }

    FileSet.Builder builder() {
        return FileSet.builder().gitEnv(env());
    }

    /** Creates files (and their directories); a name ending in '/' makes a directory. */
    Scratch files(String... names) {
        for (String name : names) {
            write(name.endsWith("/") ? name : name, name.endsWith("/") ? null : "x\n");
        }
        return this;
    }

    Scratch write(String name, String content) {
        try {
            Path p = root.resolve(name);
            if (content == null) {
                Files.createDirectories(p);
            } else {
                Files.createDirectories(p.getParent());
                Files.writeString(p, content, StandardCharsets.UTF_8);
            }
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path path(String name) {
        return root.resolve(name);
    }

    static boolean gitAvailable() {
        try {
            Process p = new ProcessBuilder("git", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Runs git in {@code dir} with HOME pointing at the scratch home; returns stdout. */
    String git(Path dir, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add("git");
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("GIT_") || k.equals("XDG_CONFIG_HOME"));
        env.put("HOME", home.toString());
        env.put("GIT_CONFIG_NOSYSTEM", "1");
        env.put("LC_ALL", "C");
        try {
            Process p = pb.start();
            byte[] out = p.getInputStream().readAllBytes();
            byte[] err = p.getErrorStream().readAllBytes();
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("git " + args[0] + " failed: " + new String(err, StandardCharsets.UTF_8));
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Scratch gitInit() {
        git(root, "init", "-q");
        return this;
    }

    static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }
}
