/**
 * The start and the end of conv's flow: a file's bytes become a {@link dev.conv.page.Page}
 * (charset, BOM and kind detected, binary input refused), placed on its site when the run knows
 * a root ({@link dev.conv.page.PageLocation}: path from the root, public URL), steps turn Pages
 * into Pages, and {@link dev.conv.page.AtomicWriter} puts the result back so a file is never
 * half-written.
 */
package dev.conv.page;
