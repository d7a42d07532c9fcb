package dev.conv.config;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the {@code .conv.yml} files that apply to a directory: every one from that directory up to
 * the top of its git work tree (a directory holding {@code .git}), or up to the file system's root
 * outside one, as prettier looks for its configuration. The nearest wins key by key; a file farther
 * up gives the keys the nearer ones leave out. An explicit file replaces the search, and none can
 * be asked for. Each file is read once per run.
 */
public final class ConfigDiscovery {
    public static final String FILE_NAME = ".conv.yml";
    /** Larger configuration files are refused unread: no configuration needs a megabyte. */
    private static final long MAX_SIZE = 1 << 20;

    private final Path explicit;
    private final boolean none;
    private final Map<Path, List<ConfigFile>> chains = new ConcurrentHashMap<>();
    private final Map<Path, ConfigFile> files = new ConcurrentHashMap<>();

    private ConfigDiscovery(Path explicit, boolean none) {
        this.explicit = explicit;
        this.none = none;
    }

    /** Searches upward from each directory. */
    public static ConfigDiscovery search() {
        return new ConfigDiscovery(null, false);
    }

    /** Uses {@code file} for every directory ({@code --config FILE}). */
    public static ConfigDiscovery explicit(Path file) {
        return new ConfigDiscovery(file, false);
    }

    /** No configuration at all ({@code --no-config}). */
    public static ConfigDiscovery none() {
        return new ConfigDiscovery(null, true);
    }

    /** The files that apply to {@code dir}, farthest first; the last one wins. */
    public List<ConfigFile> chain(Path dir) {
        if (none) {
            return List.of();
        }
        if (explicit != null) {
            return List.of(read(explicit));
        }
        Path start = dir.toAbsolutePath().normalize();
        List<ConfigFile> cached = chains.get(start);
        if (cached != null) {
            return cached;
        }
        List<ConfigFile> found = new ArrayList<>();
        for (Path d = start; d != null; d = d.getParent()) {
            Path candidate = d.resolve(FILE_NAME);
            if (Files.isRegularFile(candidate)) {
                found.add(read(candidate));
            }
            if (Files.exists(d.resolve(".git"))) {
                break;
            }
        }
        Collections.reverse(found);
        List<ConfigFile> chain = List.copyOf(found);
        chains.put(start, chain);
        return chain;
    }

    /** The files that apply to the directory of {@code file}, or to {@code file} itself when it is one. */
    public List<ConfigFile> chainFor(Path file) {
        Path p = file.toAbsolutePath().normalize();
        Path dir = Files.isDirectory(p) ? p : p.getParent();
        return chain(dir == null ? p : dir);
    }

    private ConfigFile read(Path file) {
        Path key = file.toAbsolutePath().normalize();
        ConfigFile done = files.get(key);
        if (done != null) {
            return done;
        }
        ConfigFile parsed = ConfigParser.parse(file, text(file));
        files.put(key, parsed);
        return parsed;
    }

    private static String text(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                throw new ConfigException(new Origin(file, 0, null), null,
                        Files.exists(file) ? "not a regular file" : "no such file");
            }
            if (Files.size(file) > MAX_SIZE) {
                throw new ConfigException(new Origin(file, 0, null), null, "larger than 1 MiB; not a configuration file");
            }
            byte[] bytes = Files.readAllBytes(file);
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ConfigException(new Origin(file, 0, null), null, "not UTF-8 text");
        } catch (IOException e) {
            throw new ConfigException(new Origin(file, 0, null), null, "cannot read: " + e.getMessage());
        }
    }
}
