/**
 * Knowledge of HTML shared by the steps: which elements HTML5 defines, which are blocks, which
 * are presentational or hidden ({@link dev.conv.html.HtmlVocabulary}); what to do with custom
 * tags ({@link dev.conv.html.TagPolicies}); which images and embeds are tracking pixels
 * ({@link dev.conv.html.TrackingPixels}); and which character references are escaped once too
 * often ({@link dev.conv.html.DoubleEscapes}); whether a table is data or layout
 * ({@link dev.conv.html.TableShape}) and how html2md lays elements out in lines
 * ({@link dev.conv.html.LineShapes}). {@code clean}, extract and html2md judge by these, so they
 * cannot disagree. Uses {@code dev.conv.url} and nothing else of conv.
 */
package dev.conv.html;
