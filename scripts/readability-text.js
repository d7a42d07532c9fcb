// Readability.js's article text for each page folder under PAGES_DIR, written to OUT_DIR/NAME.txt.
// Usage: node readability-text.js PAGES_DIR OUT_DIR   (needs jsdom and @mozilla/readability)
const fs = require("fs");
const path = require("path");
const { JSDOM } = require("jsdom");
const { Readability } = require("@mozilla/readability");
const [pages, out] = process.argv.slice(2);
fs.mkdirSync(out, { recursive: true });
for (const name of fs.readdirSync(pages).sort()) {
  const src = path.join(pages, name, "source.html");
  if (!fs.existsSync(src)) continue;
  let text = "";
  try {
    const dom = new JSDOM(fs.readFileSync(src, "utf8"), { url: "http://fakehost/test/page.html" });
    const article = new Readability(dom.window.document).parse();
    text = article ? article.textContent : "";
  } catch (e) {
    process.stderr.write(`${name}: ${e}\n`);
  }
  fs.writeFileSync(path.join(out, name + ".txt"), text);
}
