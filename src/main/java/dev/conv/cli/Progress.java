package dev.conv.cli;

/**
 * Progress of a bulk run on a terminal: files done out of total on stderr, in colour unless
 * NO_COLOR is set. Silent when stderr is not a terminal, with --quiet, or for a single file.
 */
final class Progress implements AutoCloseable {
    private static volatile boolean shown;
    private final me.tongfei.progressbar.ProgressBar bar;

    private Progress(me.tongfei.progressbar.ProgressBar bar) {
        this.bar = bar;
    }

    static Progress start(Console console, String task, int total, boolean quiet) {
        if (quiet || total < 2 || !console.interactive()) {
            return new Progress(null);
        }
        shown = true;
        me.tongfei.progressbar.ProgressBar bar = new me.tongfei.progressbar.ProgressBarBuilder()
                .setStyle(console.terminal().color() ? me.tongfei.progressbar.ProgressBarStyle.COLORFUL_UNICODE_BLOCK
                        : me.tongfei.progressbar.ProgressBarStyle.UNICODE_BLOCK)
                .setTaskName(task)
                .setInitialMax(total)
                .setUnit(" files", 1)
                .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(console.err()))
                .setUpdateIntervalMillis(100)
                .continuousUpdate()
                .clearDisplayOnFinish()
                .build();
        return new Progress(bar);
    }

    /** Whether a bar was shown in this process. */
    static boolean shown() {
        return shown;
    }

    void step() {
        if (bar != null) {
            bar.step();
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
