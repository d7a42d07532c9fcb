/**
 * The {@code qr} step: a QR image per page encoding the page's public URL (an artifact the runner
 * writes beside the page, {@code page.md.png}), and, on request, a share block in the page that
 * shows the URL and the image. Symbols come from Nayuki's qrcodegen; the minimal 1-bit PNG, the
 * one-path SVG and the terminal's text blocks are written here. Pure: no file is read or written.
 */
package dev.conv.qr;
