package dev.conv.cli;

/** The run cannot start (output directory not writable): reported in one line, exit 2, nothing done. */
final class SetupException extends RuntimeException {
    SetupException(String message) {
        super(message);
    }
}
