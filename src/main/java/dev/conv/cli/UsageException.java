package dev.conv.cli;

/** Options that parse but do not fit together ("-o takes one input"): reported like a usage error. */
final class UsageException extends RuntimeException {
    UsageException(String message) {
        super(message);
    }
}
