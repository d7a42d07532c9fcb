/**
 * The decisions of {@code conv clean}: which elements of a parsed HTML region are tracking
 * pixels, tracker scripts and hints, custom or presentational tags, ad slots or empty wrappers,
 * and what to do with each. {@link dev.conv.clean.CleanRules#decide} reads a jsoup DOM and returns
 * {@link dev.conv.clean.CleanAction}s without touching it; the span-preserving editor turns them
 * into byte-range edits. {@link dev.conv.clean.EntityRepair} works on the source text instead.
 */
package dev.conv.clean;
