package dev.conv.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

/** A picocli model written out attribute by attribute, so a model built in code can be compared with the annotated one. */
final class ModelDescription {
    private ModelDescription() {
    }

    /** Runs {@code cli} with its output captured. */
    static CliRun run(CommandLine cli, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, true);
        PrintStream e = new PrintStream(err, true);
        cli.setOut(new java.io.PrintWriter(o, true));
        cli.setErr(new java.io.PrintWriter(e, true));
        int code = cli.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /** A console that reads nothing and keeps nothing. */
    static Console console() {
        PrintStream sink = new PrintStream(new ByteArrayOutputStream());
        return new Console(new ByteArrayInputStream(new byte[0]), sink, sink);
    }

    /** The command's attributes, then each positional parameter, option and group, one line each. */
    static List<String> of(CommandSpec spec) {
        List<String> lines = new ArrayList<>();
        UsageMessageSpec u = spec.usageMessage();
        lines.add("command " + spec.name() + " " + spec.qualifiedName() + " aliases " + Arrays.toString(spec.aliases())
                + " version " + Arrays.toString(spec.version())
                + " standardHelp " + spec.mixinStandardHelpOptions() + " helpCommand " + spec.helpCommand()
                + " interpolate " + spec.interpolateVariables() + " exit " + spec.exitCodeOnSuccess() + spec.exitCodeOnUsageHelp()
                + spec.exitCodeOnVersionHelp() + spec.exitCodeOnInvalidInput() + spec.exitCodeOnExecutionException()
                + " separator " + spec.parser().separator() + " resources " + spec.resourceBundleBaseName()
                + " negatableTransformer " + spec.negatableOptionTransformer().getClass()
                + " scope " + spec.scopeType() + " inherited " + spec.inherited() + " subcommandsRepeatable " + spec.subcommandsRepeatable());
        lines.add("usage " + Arrays.toString(u.description()) + Arrays.toString(u.footer()) + Arrays.toString(u.header())
                + Arrays.toString(u.customSynopsis()) + " headings " + u.headerHeading() + "|" + u.synopsisHeading() + "|"
                + u.descriptionHeading() + "|" + u.parameterListHeading() + "|" + u.optionListHeading() + "|"
                + u.commandListHeading() + "|" + u.footerHeading() + "|" + u.exitCodeListHeading() + " exitCodes " + u.exitCodeList()
                + " sort " + u.sortOptions() + u.sortSynopsis() + " abbreviate " + u.abbreviateSynopsis()
                + " showDefaults " + u.showDefaultValues() + " marker " + u.requiredOptionMarker() + " hidden " + u.hidden()
                + " atFile " + u.showAtFileInUsageHelp() + " endOfOptions " + u.showEndOfOptionsDelimiterInUsageHelp()
                + " subcommandLabel " + u.synopsisSubcommandLabel() + " autoWidth " + u.autoWidth()
                + " longOptionsMaxWidth " + u.longOptionsMaxWidth() + " cjk " + u.adjustLineBreaksForWideCJKCharacters()
                + " sections " + u.sectionKeys());
        for (PositionalParamSpec p : spec.positionalParameters()) {
            lines.add("positional " + p.index() + " " + of(p));
        }
        for (OptionSpec o : spec.options()) {
            lines.add("option " + Arrays.toString(o.names()) + " usageHelp " + o.usageHelp() + " versionHelp " + o.versionHelp()
                    + " help " + o.help() + " negatable " + o.negatable() + " fallback " + o.fallbackValue()
                    + " order " + o.order() + " group " + (o.group() == null ? "-" : o.group().synopsis()) + " " + of(o));
        }
        for (ArgGroupSpec g : spec.argGroups()) {
            lines.add("group " + g.synopsis() + " exclusive " + g.exclusive() + " multiplicity " + g.multiplicity()
                    + " validate " + g.validate() + " order " + g.order() + " heading " + g.heading() + " args " + g.args().size() + " " + names(g)
                    + " subgroups " + g.subgroups().size());
        }
        return lines;
    }

    private static String of(ArgSpec a) {
        List<String> converters = new ArrayList<>();
        for (CommandLine.ITypeConverter<?> c : a.converters()) {
            converters.add(c.getClass().getName());
        }
        List<String> candidates = new ArrayList<>();
        if (a.completionCandidates() != null) {
            a.completionCandidates().forEach(candidates::add);
        }
        Object initial = a.initialValue();
        return "label " + a.paramLabel() + " hideSyntax " + a.hideParamSyntax() + " description " + Arrays.toString(a.description())
                + " key " + a.descriptionKey() + " arity " + a.arity() + (a.arity().isUnspecified() ? " (unspecified)" : "")
                + " type " + a.type().getName() + " aux " + Arrays.toString(a.auxiliaryTypes()) + " multi " + a.isMultiValue()
                + " converters " + converters + " split " + a.splitRegex() + " hidden " + a.hidden() + " required " + a.required()
                + " default " + a.defaultValue() + " showDefault " + a.showDefaultValue() + " candidates " + candidates
                + " interactive " + a.interactive() + " inherited " + a.inherited() + " scope " + a.scopeType()
                + " mapFallback " + a.mapFallbackValue() + " initial " + a.hasInitialValue() + " " + initial
                + " value " + a.getValue();
    }

    private static List<String> names(ArgGroupSpec g) {
        List<String> names = new ArrayList<>();
        for (ArgSpec a : g.args()) {
            names.add(a instanceof OptionSpec o ? Arrays.toString(o.names()) : a.paramLabel());
        }
        return names;
    }
}
