package dev.conv.step;

/** A category of change a step counts in its summary and reports: {@code tracking-pixel}, ... */
public interface Kind {
    /** The report identifier, lower case with dashes. */
    String id();

    /** For the summary line: {@code "1 tracking pixel"}, {@code "3 tracking pixels"}. */
    String count(int n);
}
