package dev.conv.cli;

import dev.conv.page.BadPageException;
import dev.conv.page.Page;
import dev.conv.qr.Qr;
import dev.conv.step.Step;
import dev.conv.step.StepResult;
import java.nio.file.Path;

/**
 * The qr step's "no public URL" in the command's words: a page outside the root is named with the
 * root, and a missing base URL with where this command takes one. The library states the
 * condition; only the command knows its options.
 */
final class QrAdvice implements Step {
    private final Step step;
    private final Path root;
    private final String giveBaseUrl;

    /**
     * @param step the step, or a pipeline holding qr
     * @param root the site's root, named for a page outside it
     * @param giveBaseUrl where this command takes a base URL: {@code "--base-url, or base-url: in .conv.yml"}
     */
    QrAdvice(Step step, Path root, String giveBaseUrl) {
        this.step = step;
        this.root = root;
        this.giveBaseUrl = giveBaseUrl;
    }

    @Override
    public String name() {
        return step.name();
    }

    @Override
    public StepResult apply(Page page) {
        try {
            return step.apply(page);
        } catch (Qr.NoPublicUrlException e) {
            throw new BadPageException(e.offSite()
                    ? "outside the root " + root + ": it has no public URL for its QR image (--root DIR, or root: "
                            + "in .conv.yml, says where the site starts)"
                    : "no public URL for its QR image: give " + giveBaseUrl, e);
        }
    }
}
