/**
 * Knowledge of HTML shared by the steps: which elements HTML5 defines, which are blocks, which
 * are presentational or hidden. The DOM cleaning steps of {@code conv clean} live here too.
 */
package dev.conv.html;
