package dev.conv.fix;

import dev.conv.clean.Clean;
import dev.conv.extract.Extract;
import dev.conv.config.ConfigSchema;
import dev.conv.config.Setting;
import dev.conv.config.Settings;
import dev.conv.links.Links;
import dev.conv.markdown.Html2Md;
import dev.conv.qr.Qr;
import dev.conv.step.Pipeline;
import dev.conv.step.Step;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The steps {@code steps:} may name, each with how it is built from the settings.
 */
public final class StepCatalog {
    /** Builds one step from the effective settings; throws {@code ConfigException} for a bad value. */
    public interface Factory {
        Step create(Settings settings);
    }

    private static final StepCatalog STANDARD = new StepCatalog(standardFactories());

    private final Map<String, Factory> factories;

    private StepCatalog(Map<String, Factory> factories) {
        this.factories = Collections.unmodifiableMap(new LinkedHashMap<>(factories)); // kept in order: messages list them
    }

    private static Map<String, Factory> standardFactories() {
        Map<String, Factory> f = new LinkedHashMap<>();
        f.put("clean", s -> new Clean(StepSettings.cleanPolicy(s)));
        f.put("links", s -> new Links(StepSettings.linksPolicy(s)));
        f.put("html2md", s -> new Html2Md(StepSettings.html2mdOptions(s)));
        f.put("qr", s -> new Qr(StepSettings.qrOptions(s)));
        // HTML pages cut to their article in place (html2md --main's first half); Markdown pages pass
        f.put("extract", s -> new Extract(true, false));
        return f;
    }

    /** clean, links, html2md, qr and extract. */
    public static StepCatalog standard() {
        return STANDARD;
    }

    /** This catalog with one more step (or another factory for a known one). */
    public StepCatalog with(String name, Factory factory) {
        Map<String, Factory> more = new LinkedHashMap<>(factories);
        more.put(name, factory);
        return new StepCatalog(more);
    }

    public boolean available(String name) {
        return factories.containsKey(name);
    }

    /**
     * The configured {@code steps} as one pipeline, every step built now, so a bad value stops the
     * run before any page is read. html2md and the steps after it are one step ({@link
     * MarkdownBeside}): an HTML page's Markdown is written beside it.
     */
    public Pipeline pipeline(Settings settings) {
        Setting setting = settings.get("steps");
        List<String> names = settings.strings("steps");
        if (names.isEmpty()) {
            throw setting.error("names no step (" + String.join(", ", factories.keySet()) + ")");
        }
        List<Step> steps = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            Factory factory = factories.get(name);
            if (factory == null) {
                throw setting.error(i, ConfigSchema.STEP_NAMES.contains(name)
                        ? "'" + name + "' is not available in this build of conv (available: "
                                + String.join(", ", factories.keySet()) + ")"
                        : "unknown step '" + name + "' (available: " + String.join(", ", factories.keySet()) + ")");
            }
            if (!seen.add(name)) {
                throw setting.error(i, "'" + name + "' is listed twice");
            }
            steps.add(factory.create(settings));
        }
        int html2md = names.indexOf("html2md");
        if (html2md >= 0) {
            // the steps after html2md work on its Markdown: in place for a Markdown page, beside an HTML one
            List<Step> after = steps.subList(html2md + 1, steps.size());
            Step beside = new MarkdownBeside(steps.get(html2md), after.isEmpty() ? null : new Pipeline(after));
            steps = new ArrayList<>(steps.subList(0, html2md));
            steps.add(beside);
        }
        return new Pipeline(steps);
    }
}
