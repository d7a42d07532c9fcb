package dev.conv.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Help.Ansi.Text;
import picocli.CommandLine.Help.Column;
import picocli.CommandLine.Help.ColorScheme;
import picocli.CommandLine.Help.TextTable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * picocli's help, wrapped at spaces only. picocli breaks lines where the JDK's line
 * {@link java.text.BreakIterator} allows, which includes after every period: {@code .markdown}
 * came out as {@code .} at the end of one line and {@code markdown} on the next. Here each value
 * is cut into lines at spaces first, so picocli never has to break a line itself.
 */
final class WordWrappedHelp extends Help {
    WordWrappedHelp(CommandSpec spec, ColorScheme scheme) {
        super(spec, scheme);
    }

    @Override
    public Layout createDefaultLayout(List<OptionSpec> options, List<PositionalParamSpec> positionals, ColorScheme scheme) {
        int longOptions = calcLongOptionColumnWidth(options, positionals, scheme);
        int width = commandSpec().usageMessage().width();
        // The columns of picocli's TextTable.forDefaultColumns: "* -c, --create  Creates a ...".
        TextTable table = new Table(scheme,
                new Column(2, 0, Column.Overflow.TRUNCATE),
                new Column(2, 0, Column.Overflow.SPAN),
                new Column(1, 0, Column.Overflow.TRUNCATE),
                new Column(longOptions, 1, Column.Overflow.SPAN),
                new Column(width - 5 - longOptions, 1, Column.Overflow.WRAP));
        return new Layout(scheme, table, createDefaultOptionRenderer(), createDefaultParameterRenderer());
    }

    @Override
    public String description(Object... params) {
        return paragraphs(commandSpec().usageMessage().description());
    }

    @Override
    public String footer(Object... params) {
        return paragraphs(commandSpec().usageMessage().footer());
    }

    @Override
    public String commandList(Map<String, Help> subcommands) {
        if (subcommands.isEmpty()) {
            return "";
        }
        int nameWidth = 0;
        for (String name : subcommands.keySet()) {
            nameWidth = Math.max(nameWidth, name.length());
        }
        int width = commandSpec().usageMessage().width();
        TextTable table = new Table(colorScheme(), new Column(nameWidth + 2, 2, Column.Overflow.SPAN),
                new Column(width - (nameWidth + 2), 2, Column.Overflow.WRAP));
        for (Help help : subcommands.values()) {
            // As picocli does: the first line of the header, else of the description.
            String[] header = help.commandSpec().usageMessage().header();
            String[] description = help.commandSpec().usageMessage().description();
            String line = header.length > 0 ? header[0] : description.length > 0 ? description[0] : "";
            table.addRowValues(help.commandNamesText(", "), colorScheme().text(line.replace("%n", "")));
        }
        return table.toString();
    }

    private String paragraphs(String[] lines) {
        if (lines == null || lines.length == 0) {
            return "";
        }
        TextTable table = new Table(colorScheme(), new Column(commandSpec().usageMessage().width(), 0, Column.Overflow.WRAP));
        table.indentWrappedLines = 0;
        for (String line : lines) {
            table.addRowValues(line.replace("%n", "\n"));
        }
        return table.toString();
    }

    /** A table whose wrapping columns break at spaces, and only there. */
    private static final class Table extends TextTable {
        Table(ColorScheme scheme, Column... columns) {
            super(scheme, columns);
        }

        @Override
        public Cell putValue(int row, int col, Text value) {
            Column column = columns()[col];
            if (column.overflow != Column.Overflow.WRAP || value == null) {
                return super.putValue(row, col, value);
            }
            int indent = column.indent;
            List<int[]> lines = wrap(value.plainString(), column.width - indent, column.width - indent - indentWrappedLines);
            Cell cell = new Cell(col, row);
            try {
                for (int i = 0; i < lines.size(); i++) {
                    if (i > 0) {
                        column.indent = indent + indentWrappedLines;
                        addEmptyRow();
                        row = rowCount() - 1;
                    }
                    cell = super.putValue(row, col, value.substring(lines.get(i)[0], lines.get(i)[1]));
                    row = cell.row;
                }
            } finally {
                column.indent = indent;
            }
            return cell;
        }

        /** [start, end) of each line: as many words as fit, the spaces between lines dropped. */
        static List<int[]> wrap(String text, int firstWidth, int width) {
            List<int[]> lines = new ArrayList<>();
            int start = 0;
            int n = text.length();
            while (start < n) {
                int room = Math.max(1, lines.isEmpty() ? firstWidth : width);
                int end = n;
                if (n - start > room) {
                    int space = text.lastIndexOf(' ', start + room);
                    if (space <= start) {
                        // A word longer than the line: whole, and picocli cuts it as it must.
                        space = text.indexOf(' ', start + 1);
                    }
                    end = space < 0 ? n : space;
                }
                lines.add(new int[] {start, end});
                start = end;
                while (start < n && text.charAt(start) == ' ') {
                    start++;
                }
            }
            return lines;
        }
    }

    /** Installs this help on a command line and its subcommands. */
    static void install(CommandLine cli) {
        cli.setHelpFactory(WordWrappedHelp::new);
    }
}
