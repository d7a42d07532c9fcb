package dev.conv.step;

/** A category of change a step counts in its summary and reports: {@code tracking-pixel}, ... */
public interface Kind {
    /** The report identifier, lower case with dashes. */
    String id();

    /** For the summary line: {@code "1 tracking pixel"}, {@code "3 tracking pixels"}. */
    String count(int n);

    /**
     * Whether a change of this kind is a problem found rather than a change made (a malformed or
     * broken link): reported on stderr with its file and line even without {@code -v}.
     */
    default boolean problem() {
        return false;
    }
}
