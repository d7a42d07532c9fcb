/**
 * Entry points for benchmarks, outside the CLI: the html2md measurement harness's batch and
 * library-throughput protocols ({@code ../shared/bench/html2md/score.sh --batch/--bench}), clean
 * throughput, and the growth of time with input size on hostile patterns ({@code Complexity}),
 * used by {@code scripts/bench}.
 */
package dev.conv.bench;
