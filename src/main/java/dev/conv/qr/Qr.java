package dev.conv.qr;

import dev.conv.page.BadPageException;
import dev.conv.page.Page;
import dev.conv.page.PageLocation;
import dev.conv.page.SourceKind;
import dev.conv.step.Artifact;
import dev.conv.step.Change;
import dev.conv.step.Step;
import dev.conv.step.StepResult;
import java.nio.file.Path;
import java.util.List;

/**
 * The qr step: the image of a page's public URL ({@link PageLocation#publicUrl()}, percent-encoded
 * by whoever placed the page) as an artifact named after the page ({@code a.md} gets
 * {@code a.md.png}), and with {@link QrOptions#shareBlock()} the page's share block. A page with
 * no public URL, or a URL too long for any QR symbol at the chosen level, is bad input, named.
 */
public final class Qr implements Step {
    private final QrOptions options;

    public Qr(QrOptions options) {
        this.options = options;
    }

    public QrOptions options() {
        return options;
    }

    @Override
    public String name() {
        return "qr";
    }

    @Override
    public StepResult apply(Page page) {
        PageLocation location = page.location();
        if (location == null || location.publicUrl() == null) {
            throw new NoPublicUrlException(location == null);
        }
        String url = location.publicUrl();
        byte[] image;
        try {
            image = QrImage.of(url, options);
        } catch (QrSymbol.TooLongException e) {
            throw new BadPageException("URL too long for a QR code: " + e.getMessage(), null);
        }
        String imageName = options.imageName(fileName(page, location));
        Artifact artifact = new Artifact(Path.of(imageName), image);
        if (!options.shareBlock() || page.kind() != SourceKind.MARKDOWN) {
            return new StepResult(page, List.of(), List.of(artifact), false);
        }
        String imageUrl = imageUrl(url);
        ShareBlock.Result block;
        try {
            block = ShareBlock.apply(page.text(), options.shareTemplate(), url, imageName, imageUrl);
        } catch (IllegalStateException e) {
            throw new BadPageException(e.getMessage(), null);
        }
        if (block.text() == null) {
            return new StepResult(page, List.of(), List.of(artifact), false);
        }
        Change change = new Change(name(), QrKind.SHARE_BLOCK, block.line(), switch (block.action()) {
            case INSERT -> "insert";
            case REFRESH -> "refresh";
            case REPLACE_OLD -> "replace";
        }, url, switch (block.action()) {
            case INSERT -> "no share block yet";
            case REFRESH -> "conv's block out of date";
            case REPLACE_OLD -> "the old pipeline's block";
        });
        Page after = page.withText(block.text());
        return new StepResult(after, List.of(change), List.of(artifact), true);
    }

    /**
     * A page with no public URL: not placed on the site (outside its root), or the site has no
     * base URL. The caller knows which option or key would give one, and says so.
     */
    public static final class NoPublicUrlException extends BadPageException {
        private final boolean offSite;

        NoPublicUrlException(boolean offSite) {
            super(offSite ? "not inside the site's root: no public URL for its QR image"
                    : "no public URL for its QR image: the site has no base URL", null);
            this.offSite = offSite;
        }

        /** True when the page lies outside the site's root; false when the site has no base URL. */
        public boolean offSite() {
            return offSite;
        }
    }

    /** The image's public URL: the page's URL with the image's extension, in the same folder. */
    private String imageUrl(String pageUrl) {
        int end = pageUrl.length();
        for (char c : new char[] {'#', '?'}) {
            int at = pageUrl.indexOf(c);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return pageUrl.substring(0, end) + options.format().extension() + pageUrl.substring(end);
    }

    private static String fileName(Page page, PageLocation location) {
        if (page.path() != null && page.path().getFileName() != null) {
            return page.path().getFileName().toString();
        }
        String p = location.pathFromRoot();
        return p.substring(p.lastIndexOf('/') + 1);
    }
}
