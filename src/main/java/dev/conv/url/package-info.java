/**
 * What conv knows about URLs, shared by every step: lenient parsing of the URLs mirrored pages
 * hold ({@link dev.conv.url.UrlParts}), percent-encoding ({@link dev.conv.url.PercentEncoding}),
 * a page's public URL from the root's ({@link dev.conv.url.BaseUrl}) and the hosts that only
 * track or serve ads ({@link dev.conv.url.TrackerHosts}). Pure text:
 * nothing here resolves a name or fetches anything, and it uses no other package of conv.
 */
package dev.conv.url;
