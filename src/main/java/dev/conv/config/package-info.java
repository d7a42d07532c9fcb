/**
 * The project configuration, {@code .conv.yml}: its keys ({@link ConfigSchema}), strict reading
 * with every error naming file, line and key ({@link ConfigParser}), discovery upward from each
 * file's directory to the git root ({@link ConfigDiscovery}), and the layering of defaults, files
 * and command-line values ({@link Settings}), each value knowing where it came from. Knows nothing
 * of the steps it configures nor of the command line.
 */
package dev.conv.config;
