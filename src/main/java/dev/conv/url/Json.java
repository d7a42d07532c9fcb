package dev.conv.url;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Typed reads from a JSON tree, each failure naming the file and the place in it. */
final class Json {
    private final String file;

    Json(String file) {
        this.file = file;
    }

    JsonObject parseObject(String text) {
        JsonElement root;
        try {
            root = JsonParser.parseString(text);
        } catch (JsonParseException e) {
            throw fail("", "not JSON: " + e.getMessage());
        }
        if (!root.isJsonObject()) {
            throw fail("", "the file must hold one JSON object");
        }
        return root.getAsJsonObject();
    }

    JsonObject object(JsonObject o, String key, String where) {
        JsonElement e = o.get(key);
        if (e == null || !e.isJsonObject()) {
            throw fail(where + "." + key, "must be an object");
        }
        return e.getAsJsonObject();
    }

    JsonObject asObject(JsonElement e, String where) {
        if (!e.isJsonObject()) {
            throw fail(where, "must be an object");
        }
        return e.getAsJsonObject();
    }

    /** A string, or null when absent. */
    String string(JsonObject o, String key, String where) {
        JsonElement e = o.get(key);
        if (e == null || e.isJsonNull()) {
            return null;
        }
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
            throw fail(where + "." + key, "must be a string");
        }
        return e.getAsString();
    }

    String requiredString(JsonObject o, String key, String where) {
        String s = string(o, key, where);
        if (s == null || s.isBlank()) {
            throw fail(where + "." + key, "is required");
        }
        return s;
    }

    boolean bool(JsonObject o, String key, String where) {
        JsonElement e = o.get(key);
        if (e == null || e.isJsonNull()) {
            return false;
        }
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isBoolean()) {
            throw fail(where + "." + key, "must be true or false");
        }
        return e.getAsBoolean();
    }

    /** A list of strings, empty when absent. */
    List<String> strings(JsonObject o, String key, String where) {
        JsonElement e = o.get(key);
        List<String> out = new ArrayList<>();
        if (e == null || e.isJsonNull()) {
            return out;
        }
        if (!e.isJsonArray()) {
            throw fail(where + "." + key, "must be a list of strings");
        }
        JsonArray a = e.getAsJsonArray();
        for (int i = 0; i < a.size(); i++) {
            JsonElement item = a.get(i);
            if (!item.isJsonPrimitive() || !item.getAsJsonPrimitive().isString()) {
                throw fail(where + "." + key + "[" + i + "]", "must be a string");
            }
            out.add(item.getAsString());
        }
        return out;
    }

    JsonArray array(JsonObject o, String key, String where) {
        JsonElement e = o.get(key);
        if (e == null || e.isJsonNull()) {
            return new JsonArray();
        }
        if (!e.isJsonArray()) {
            throw fail(where + "." + key, "must be a list");
        }
        return e.getAsJsonArray();
    }

    /** Unknown keys are mistakes (a misspelt key would silently do nothing). */
    void onlyKeys(JsonObject o, Set<String> allowed, String where) {
        for (String key : o.keySet()) {
            if (!allowed.contains(key)) {
                throw fail(where, "unknown key '" + key + "' (known: " + String.join(", ", new java.util.TreeSet<>(allowed)) + ")");
            }
        }
    }

    RulesFileException fail(String where, String message) {
        return new RulesFileException(file + (where.isEmpty() ? "" : ": " + where.replaceFirst("^\\.", "")) + ": " + message);
    }
}
