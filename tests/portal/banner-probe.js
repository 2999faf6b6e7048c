// Loads a portal page in Debian's Chromium, driven by playwright-core (Debian's node-playwright),
// and prints one JSON object on stdout with what tst_portalbanner checks: the DOM after the
// banner ran, the script errors the page threw, how many notices show, whether the first notice
// can be reached with Tab and dismissed with Enter, and whether any notice text ran as markup.
//
//   node banner-probe.js URL
"use strict";
const { chromium } = require("playwright-core");

const maxTabs = 30;

async function probe(url) {
  const browser = await chromium.launch({
    executablePath: process.env.LEITSTAND_CHROMIUM || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu"],
  });
  const page = await browser.newPage();
  const errors = [];
  page.on("pageerror", (error) => errors.push(String(error)));
  // The banner fetches status.json after the page loaded; "networkidle" waits for that too.
  await page.goto(url, { waitUntil: "networkidle", timeout: 30000 });
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve())));
  const result = {
    dom: await page.content(),
    errors,
    notices: await page.locator(".leitstand-banner__notice").count(),
    pwned: await page.evaluate(() => document.body.getAttribute("data-pwned")),
    reachedByTab: false,
    dismissedByKeyboard: false,
  };
  if (result.notices > 0) {
    for (let presses = 0; presses < maxTabs; ++presses) {
      await page.keyboard.press("Tab");
      const onClose = await page.evaluate(
        () => document.activeElement !== null && document.activeElement.classList.contains("leitstand-banner__close"));
      if (onClose) {
        result.reachedByTab = true;
        break;
      }
    }
    if (result.reachedByTab) {
      await page.keyboard.press("Enter");
      result.dismissedByKeyboard = (await page.locator(".leitstand-banner__notice").count()) === result.notices - 1;
    }
  }
  return result;
}

probe(process.argv[2]).then(
  (result) => {
    process.stdout.write(JSON.stringify(result) + "\n", () => process.exit(0));
  },
  (error) => {
    process.stderr.write(String(error && error.stack ? error.stack : error) + "\n", () => process.exit(1));
  });
// Not browser.close(): Debian's playwright-core 1.38 throws in its temporary-folder clean-up
// (a rimraf API mismatch) once the browser has gone. process.exit() runs playwright's exit
// handler, which kills the browser; the folders go with the test's TMPDIR.
