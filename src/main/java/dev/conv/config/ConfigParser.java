package dev.conv.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Reads a {@code .conv.yml} strictly, through SnakeYAML Engine's node API so that each value keeps
 * its line: unknown keys, keys given twice, wrong types and values outside a key's choices are
 * errors naming the file, the line and the key ({@code .conv.yml:7: html2md.wrap: must be a whole
 * number, not 'wide'}). Paths are resolved against the file's directory.
 */
public final class ConfigParser {
    /** Deeper raw data than this is refused: a configuration needs little, and aliases could multiply it. */
    private static final int MAX_DATA_DEPTH = 8;

    private final Path file;
    private final Path dir;

    private ConfigParser(Path file) {
        this.file = file;
        Path parent = file.toAbsolutePath().normalize().getParent();
        this.dir = parent == null ? Path.of("/") : parent;
    }

    /** The settings of {@code text}, read as the file {@code file}. */
    public static ConfigFile parse(Path file, String text) {
        return new ConfigParser(file).read(text);
    }

    private ConfigFile read(String text) {
        LoadSettings settings = LoadSettings.builder().setLabel(file.toString()).setSchema(new CoreSchema())
                .setAllowDuplicateKeys(true).setMaxAliasesForCollections(10).setAllowRecursiveKeys(false)
                .setCodePointLimit(1 << 20).build();
        Optional<Node> root;
        try {
            root = new Compose(settings).composeString(text);
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().or(e::getContextMark).map(m -> m.getLine() + 1).orElse(1);
            throw new ConfigException(Origin.file(file, line), null, "not valid YAML: " + e.getProblem());
        } catch (YamlEngineException e) {
            throw new ConfigException(Origin.file(file, 1), null, "not valid YAML: " + e.getMessage());
        }
        Map<String, Setting> values = new LinkedHashMap<>();
        if (root.isEmpty() || isNull(root.get())) {
            return new ConfigFile(file, values);
        }
        if (!(root.get() instanceof MappingNode top)) {
            throw new ConfigException(at(root.get()), null, "must be a mapping of keys (base-url: ..., steps: [...])");
        }
        readMapping(top, "", values);
        return new ConfigFile(file, values);
    }

    private void readMapping(MappingNode mapping, String section, Map<String, Setting> values) {
        Set<String> seen = new HashSet<>();
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            if (!(keyNode instanceof ScalarNode keyScalar)) {
                throw new ConfigException(at(keyNode), section.isEmpty() ? null : section, "a key must be a plain name");
            }
            String local = keyScalar.getValue();
            String full = section.isEmpty() ? local : section + "." + local;
            if (!seen.add(local)) {
                throw new ConfigException(at(keyNode), full, "given twice");
            }
            Node value = tuple.getValueNode();
            if (section.isEmpty() && ConfigSchema.sections().contains(local)) {
                if (isNull(value)) {
                    continue;
                }
                if (!(value instanceof MappingNode sub)) {
                    throw new ConfigException(at(value), full, "must be a mapping of " + local + "'s keys ("
                            + String.join(", ", ConfigSchema.localNames(local)) + ")");
                }
                readMapping(sub, local, values);
                continue;
            }
            Key key = ConfigSchema.key(full);
            if (key == null) {
                throw new ConfigException(at(keyNode), full, unknown(section, local));
            }
            if (isNull(value)) {
                continue; // "key:" with nothing after it: as if absent
            }
            values.put(full, convert(key, value));
        }
    }

    private static String unknown(String section, String local) {
        List<String> known = new ArrayList<>(ConfigSchema.localNames(section));
        if (section.isEmpty()) {
            known.addAll(ConfigSchema.sections());
        } else if (ConfigSchema.key(local) != null) {
            return "unknown key in " + section + ": (" + local + " is a top-level key)";
        }
        String hint = Similar.closest(local, known).map(s -> " (did you mean '" + s + "'?)").orElse("");
        return "unknown key" + (section.isEmpty() ? "" : " in " + section + ":") + hint + "; known: "
                + String.join(", ", known);
    }

    private Setting convert(Key key, Node value) {
        return switch (key.type()) {
            case STRING -> new Setting(key.name(), string(key, value), at(value));
            case BOOLEAN -> new Setting(key.name(), bool(key, value), at(value));
            case INT -> new Setting(key.name(), integer(key, value), at(value));
            case PATH -> new Setting(key.name(), path(key, value), at(value));
            case STRINGS, PATHS -> list(key, value);
            case DATA -> new Setting(key.name(), data(key, value, 0), at(value), value instanceof SequenceNode seq
                    ? seq.getValue().stream().map(this::at).toList() : List.of());
        };
    }

    private Setting list(Key key, Node value) {
        if (!(value instanceof SequenceNode seq)) {
            throw wrong(key, value);
        }
        List<Object> items = new ArrayList<>();
        List<Origin> origins = new ArrayList<>();
        for (Node item : seq.getValue()) {
            if (!(item instanceof ScalarNode s) || isNull(item) || s.getTag().equals(Tag.BOOL)) {
                throw new ConfigException(at(item), key.name(), "each item must be a string, not " + got(item));
            }
            items.add(key.type() == ValueType.PATHS ? path(key, item) : string(key, item));
            origins.add(at(item));
        }
        return new Setting(key.name(), List.copyOf(items), at(value), origins);
    }

    private String string(Key key, Node value) {
        if (!(value instanceof ScalarNode s) || isNull(value) || s.getTag().equals(Tag.BOOL)) {
            throw wrong(key, value);
        }
        String text = s.getValue();
        if (!key.choices().isEmpty() && !key.choices().contains(text)) {
            throw new ConfigException(at(value), key.name(), "must be one of " + String.join(", ", key.choices())
                    + ", not '" + text + "'" + Similar.closest(text, key.choices())
                    .map(c -> " (did you mean '" + c + "'?)").orElse(""));
        }
        return text;
    }

    private Path path(Key key, Node value) {
        String text = string(key, value);
        if (text.isEmpty() || text.indexOf('\0') >= 0) {
            throw new ConfigException(at(value), key.name(), "not a path: '" + text + "'");
        }
        try {
            return dir.resolve(text).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            throw new ConfigException(at(value), key.name(), "not a path: '" + text + "'");
        }
    }

    private Boolean bool(Key key, Node value) {
        if (value instanceof ScalarNode s && s.getTag().equals(Tag.BOOL)) {
            return Boolean.parseBoolean(s.getValue().toLowerCase(java.util.Locale.ROOT));
        }
        throw wrong(key, value);
    }

    private Integer integer(Key key, Node value) {
        if (value instanceof ScalarNode s && s.getTag().equals(Tag.INT)) {
            try {
                int n = Integer.parseInt(s.getValue().replace("_", ""));
                if (n >= 0) {
                    return n;
                }
                throw new ConfigException(at(value), key.name(), "must be 0 or more, not " + n);
            } catch (NumberFormatException e) {
                throw new ConfigException(at(value), key.name(), "too large: " + s.getValue());
            }
        }
        throw wrong(key, value);
    }

    /** Lists, mappings and scalars as Java lists, maps and strings (numbers and booleans as written). */
    private Object data(Key key, Node value, int depth) {
        if (depth > MAX_DATA_DEPTH) {
            throw new ConfigException(at(value), key.name(), "nested deeper than " + MAX_DATA_DEPTH + " levels");
        }
        if (value instanceof ScalarNode s) {
            if (s.getTag().equals(Tag.BOOL)) {
                return Boolean.parseBoolean(s.getValue().toLowerCase(java.util.Locale.ROOT));
            }
            return isNull(s) ? null : s.getValue();
        }
        if (value instanceof SequenceNode seq) {
            List<Object> items = new ArrayList<>();
            for (Node item : seq.getValue()) {
                items.add(data(key, item, depth + 1));
            }
            return items;
        }
        MappingNode map = (MappingNode) value;
        Map<String, Object> out = new LinkedHashMap<>();
        for (NodeTuple t : map.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode k)) {
                throw new ConfigException(at(t.getKeyNode()), key.name(), "a key must be a plain name");
            }
            if (out.containsKey(k.getValue())) {
                throw new ConfigException(at(k), key.name(), k.getValue() + " given twice");
            }
            out.put(k.getValue(), data(key, t.getValueNode(), depth + 1));
        }
        return out;
    }

    private static String got(Node value) {
        if (value instanceof ScalarNode s) {
            return isNull(value) ? "nothing" : "'" + s.getValue() + "'";
        }
        return value instanceof SequenceNode ? "a list" : "a mapping";
    }

    private ConfigException wrong(Key key, Node value) {
        String got = got(value);
        String hint = key.type() == ValueType.STRINGS || key.type() == ValueType.PATHS
                ? " (write [x] for a list of one)" : "";
        return new ConfigException(at(value), key.name(), "must be " + key.type().description() + ", not " + got + hint);
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode s && s.getTag().equals(Tag.NULL);
    }

    private Origin at(Node node) {
        return Origin.file(file, node.getStartMark().map(Mark::getLine).orElse(0) + 1);
    }
}
