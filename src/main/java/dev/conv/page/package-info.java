/**
 * The start and the end of conv's flow: a file's bytes become a {@link dev.conv.page.Page}
 * (charset, BOM and kind detected, binary input refused), steps turn Pages into Pages, and
 * {@link dev.conv.page.AtomicWriter} puts the result back so a file is never half-written.
 */
package dev.conv.page;
