// Opens Parallax's HTML export in Debian's chromium, driven by playwright-core, and checks it as
// a reader would use it. Two cases:
//   --case sample   the sample story: columns, rows, word marks, row highlighting, clutter toggle,
//                   keys, print rules, no console error, no network request; screenshots.
//   --case hostile  articles full of markup and script: everything shows as text, nothing runs.
// Exit status: 0 passed, 1 failed, 77 skipped (playwright-core not installed and CI unset).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const SKIP = 77;
const { values: args } = parseArgs({
  options: {
    case: { type: 'string', default: 'sample' },
    cli: { type: 'string' },
    sample: { type: 'string' },
    out: { type: 'string', default: '.' },
    chromium: { type: 'string', default: '/usr/bin/chromium' },
  },
});

let chromium;
try {
  ({ chromium } = await import('playwright-core'));
} catch (error) {
  const message = 'playwright-core is not installed (run: cd tests/browser && npm ci)';
  if (!process.env.CI) {
    console.log(`SKIP: ${message}`);
    process.exit(SKIP);
  }
  console.error(`FAIL: ${message}: ${error.message}`);
  process.exit(1);
}
if (!fs.existsSync(args.chromium)) {
  if (!process.env.CI) {
    console.log(`SKIP: no browser at ${args.chromium} (apt-get install chromium)`);
    process.exit(SKIP);
  }
  console.error(`FAIL: no browser at ${args.chromium}`);
  process.exit(1);
}

let failures = 0;
let passes = 0;
function check(condition, what, detail = '') {
  if (condition) {
    passes += 1;
    console.log(`ok   ${what}`);
  } else {
    failures += 1;
    console.log(`FAIL ${what}${detail ? `: ${detail}` : ''}`);
  }
}

function listing(dir) {
  return fs.readdirSync(dir).sort().join('\n');
}

function exportWithCli(input, format, output) {
  const before = listing(input);
  execFileSync(args.cli, ['compare', input, '--format', format, '-o', output], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  check(listing(input) === before, `${format} export writes nothing into the input folder`);
  return output;
}

async function openPage(browser, file, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, ...options });
  const page = await context.newPage();
  const seen = { errors: [], requests: [], dialogs: [] };
  const url = pathToFileURL(file).href;
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning') {
      seen.errors.push(`${msg.type()}: ${msg.text()}`);
    }
  });
  page.on('pageerror', (error) => seen.errors.push(`page error: ${error.message}`));
  page.on('dialog', async (dialog) => {
    seen.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    await dialog.dismiss();
  });
  context.on('request', (request) => {
    if (request.url() !== url) {
      seen.requests.push(request.url());
    }
  });
  await page.goto(url, { waitUntil: 'load' });
  return { context, page, seen };
}

function launch() {
  return chromium.launch({
    executablePath: args.chromium,
    headless: true,
    // Without the background-networking switches chromium reaches for Google's services, which
    // a closed network refuses; the export itself must not need any of it.
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
}

async function sampleCase(browser, work) {
  const html = exportWithCli(args.sample, 'html', path.join(work, 'sample.html'));
  const json = JSON.parse(
    fs.readFileSync(exportWithCli(args.sample, 'json', path.join(work, 'sample.json')), 'utf8'));
  const { context, page, seen } = await openPage(browser, html);

  // Structure: what the JSON says is what the page shows.
  const outlets = await page.locator('#grid th.outlet').count();
  check(outlets === json.documents.length, 'one column per outlet',
    `${outlets} columns, ${json.documents.length} documents`);
  const rows = await page.locator('#grid tbody tr.row').count();
  check(rows === json.rows.length, 'one table row per aligned row', `${rows} vs ${json.rows.length}`);
  const cellsPerRow = await page.locator('#grid tbody tr.row').evaluateAll(
    (trs) => trs.map((tr) => tr.querySelectorAll('td[data-doc]').length));
  check(cellsPerRow.every((n) => n === json.documents.length), 'every row has a cell per outlet');
  const sentences = await page.locator('#grid .s').count();
  const expectedSentences = json.documents.reduce((n, d) => n + d.sentences.length, 0);
  check(sentences === expectedSentences, 'every sentence of every article is shown once',
    `${sentences} vs ${expectedSentences}`);
  const changed = await page.locator('#grid .w.chg').count();
  const added = await page.locator('#grid .w.add').count();
  check(changed > 0 && added > 0, 'changed and added words are marked', `chg ${changed}, add ${added}`);
  const jsonSpans = json.rows.flatMap((r) => r.details || []).flatMap((d) => d.spans || []);
  check(jsonSpans.some((s) => s.kind === 'changed') === changed > 0,
    'the changed-word marks agree with the JSON');
  const expectOmissions = json.rows.filter((r) => !r.boilerplate)
    .map((r) => {
      const present = r.cells.filter((c) => c.length > 0).length;
      return present >= 2 ? r.cells.length - present : 0;
    }).reduce((a, b) => a + b, 0);
  const omissions = await page.locator('#grid td.omit').count();
  check(omissions === expectOmissions, 'omissions are marked "not reported"',
    `${omissions} vs ${expectOmissions}`);
  const omitLabel = await page.locator('#grid td.omit .omit-label').first().textContent();
  check(/not reported/.test(omitLabel ?? ''), 'an omission carries a text label, not colour alone');
  const expectAdditions = json.rows.filter(
    (r) => !r.boilerplate && r.cells.filter((c) => c.length > 0).length === 1).length;
  const additions = await page.locator('#grid .badge.add').count();
  check(additions === expectAdditions, 'additions carry a "+ only in" badge',
    `${additions} vs ${expectAdditions}`);
  const expectMoved = json.rows.flatMap((r) => r.details || []).filter((d) => d.moved).length;
  check(await page.locator('#grid .badge.moved').count() === expectMoved,
    'moved sentences carry a badge');
  check(await page.locator('#legend li').count() >= 8, 'a legend is shown');
  const summary = await page.locator('#summary').textContent();
  check(/carried by all/.test(summary ?? ''), 'a summary is shown', summary);
  check(await page.locator('#outlet-figures tbody tr').count() === json.documents.length,
    'figures per outlet are shown');

  // Clutter: collapsed at first, the toggle and the c key show and hide it.
  const clutter = page.locator('#grid tr.row.clutter');
  const clutterCount = await clutter.count();
  check(clutterCount > 0, 'the sample has clutter rows', String(clutterCount));
  check(!(await clutter.first().isVisible()), 'clutter rows start collapsed');
  check(await page.locator('#grid tr.fold').first().isVisible(), 'a fold bar stands for hidden clutter');
  await page.locator('#clutter-toggle').click();
  check(await clutter.first().isVisible(), 'the toggle shows the clutter');
  check(await page.locator('#clutter-toggle').getAttribute('aria-pressed') === 'true',
    'the toggle reports its state');
  check(await page.locator('#grid tr.clutter .chip').count() > 0, 'clutter carries its kind label');
  await page.keyboard.press('c');
  check(!(await clutter.first().isVisible()), 'the c key hides the clutter again');
  await page.locator('#grid tr.fold .fold-btn').first().click();
  check(await clutter.first().isVisible(), 'a fold bar shows the clutter');
  await page.keyboard.press('c');

  // Missing reference words: hidden at first, the button and the m key show and hide them.
  const missing = page.locator('#grid del.miss');
  const expectMissing = json.rows.flatMap((r) => r.details || []).some((d) => (d.missing || []).length);
  check((await missing.count() > 0) === expectMissing, 'missing words are in the page');
  check(!(await missing.first().isVisible()), 'missing words start hidden');
  await page.locator('#missing-toggle').click();
  check(await missing.first().isVisible(), 'the button shows the missing words');
  check(await page.locator('#missing-toggle').getAttribute('aria-pressed') === 'true',
    'the missing-words button reports its state');
  await page.keyboard.press('m');
  check(!(await missing.first().isVisible()), 'the m key hides them again');

  // Clicking a sentence highlights its row's sentences in every column.
  const sharedRow = page.locator('#grid tr.row[data-status="shared"]:not(.clutter)').nth(2);
  const rowNumber = await sharedRow.getAttribute('data-row');
  await sharedRow.locator('td[data-doc="0"] .s').first().click();
  const highlight = await sharedRow.evaluate((tr) => {
    const cells = Array.from(tr.querySelectorAll('td.has'));
    return {
      current: tr.classList.contains('current'),
      others: cells.slice(1).map((td) => td.querySelectorAll('.s.hl').length),
      total: document.querySelectorAll('.s.hl').length,
      inRow: tr.querySelectorAll('.s.hl').length,
    };
  });
  check(highlight.current, 'the clicked row is the current row');
  check(highlight.others.length > 0 && highlight.others.every((n) => n > 0),
    "a click highlights the row's sentences in the other columns", JSON.stringify(highlight));
  check(highlight.total === highlight.inRow, 'nothing outside the row is highlighted');
  const background = await sharedRow.locator('td[data-doc="1"] .s.hl').first()
    .evaluate((el) => getComputedStyle(el).backgroundColor);
  check(background !== 'rgba(0, 0, 0, 0)', 'the highlight is visible', background);
  await page.locator('#position').waitFor();
  check((await page.locator('#position').textContent()).includes(`Row ${rowNumber}`),
    'the toolbar names the current row');

  // Keys step through the visible rows (collapsed clutter is skipped).
  const visibleRows = await page.locator('#grid tbody tr.row').evaluateAll(
    (trs) => trs.filter((tr) => tr.getClientRects().length > 0).map((tr) => tr.dataset.row));
  const at = visibleRows.indexOf(rowNumber);
  await page.keyboard.press('j');
  const afterJ = await page.locator('#grid tr.row.current').getAttribute('data-row');
  check(afterJ === visibleRows[at + 1], 'j steps to the next row', `${rowNumber} -> ${afterJ}`);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('k');
  const afterK = await page.locator('#grid tr.row.current').getAttribute('data-row');
  check(afterK === visibleRows[at + 1], 'ArrowDown then k come back', afterK);
  await page.keyboard.press('ArrowUp');
  check(await page.locator('#grid tr.row.current').getAttribute('data-row') === rowNumber,
    'ArrowUp steps to the previous row');

  // Near matches: in a cell an outlet leaves empty, a link to its closest sentence's row, the
  // sentence itself in the tooltip; following it makes that row the current one.
  const expectNear = json.rows.reduce((n, r) => n + r.near.length, 0);
  const nearLinks = page.locator('#grid a.near');
  check(await nearLinks.count() === expectNear, 'every near match is a link in its empty cell',
    `${await nearLinks.count()} vs ${expectNear}`);
  if (expectNear > 0) {
    const link = nearLinks.first();
    const href = (await link.getAttribute('href')) ?? '';
    check(/^#r\d+$/.test(href), 'a near link points at a row', href);
    check(((await link.getAttribute('title')) ?? '').length > 40, 'its tooltip holds the sentence');
    const shown = await link.evaluate((a) => {
      const text = a.nextElementSibling;
      if (!text || !text.classList.contains('near-text')) return null;
      const lines = text.getBoundingClientRect().height / parseFloat(getComputedStyle(text).lineHeight);
      return { text: text.textContent, lines };
    });
    check(shown !== null && shown.text.length > 10, 'the sentence itself shows under the link');
    check(shown !== null && shown.lines <= 3.2, 'cut at three lines at most', JSON.stringify(shown));
    check(await link.evaluate((a) => a.closest('td').querySelector('.s') === null),
      'a near link stands in a cell without a sentence of its own');
    await link.scrollIntoViewIfNeeded();
    await link.click();
    const now = await page.locator('#grid tr.row.current').getAttribute('id');
    check(`#${now}` === href, 'following a near link makes its row the current one', `${now} vs ${href}`);
    await page.keyboard.press('Escape');
    await page.evaluate(() => window.scrollTo(0, 0));
  }

  // Scrolled to the very bottom of the page, the table's outlet names still show under the
  // toolbar (the page has a footer below the table that must not push them under it).
  const covered = async (p) => {
    await p.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await p.waitForTimeout(50);
    return p.evaluate(() => {
      const bar = document.querySelector('.toolbar').getBoundingClientRect();
      const names = document.querySelector('#grid tr.names th').getBoundingClientRect();
      return { bar: bar.bottom, names: names.top };
    });
  };
  const atBottom = await covered(page);
  check(atBottom.names >= atBottom.bar - 1, 'at the bottom of the page the outlet names are not under the toolbar',
    JSON.stringify(atBottom));
  await page.setViewportSize({ width: 700, height: 600 });
  const narrow = await covered(page);
  check(narrow.names >= narrow.bar - 1, 'nor when a narrower window wraps the toolbar', JSON.stringify(narrow));
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.evaluate(() => window.scrollTo(0, 0));

  await page.screenshot({ path: path.join(args.out, 'export-sample.png') });
  await page.emulateMedia({ media: 'print' });
  check(!(await page.locator('.toolbar').isVisible()), 'the print stylesheet hides the toolbar');
  const printOverflow = await page.locator('.scroller').evaluate((el) => getComputedStyle(el).overflowX);
  check(printOverflow === 'visible', 'printing shows the whole table, not a scroll box');
  await page.emulateMedia({ media: 'screen' });

  check(seen.errors.length === 0, 'the console shows no error', seen.errors.join(' | '));
  check(seen.requests.length === 0, 'no network request is made', seen.requests.join(' '));
  await context.close();

  // Dark scheme and a phone-width screen: columns keep their width and scroll sideways.
  const dark = await openPage(browser, html, { colorScheme: 'dark' });
  const bg = await dark.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  check(bg !== 'rgb(251, 250, 248)', 'the dark scheme changes the colours', bg);
  await dark.page.screenshot({ path: path.join(args.out, 'export-sample-dark.png') });
  check(dark.seen.errors.length === 0, 'no console error in the dark scheme', dark.seen.errors.join(' | '));
  await dark.context.close();
  const phone = await openPage(browser, html, {
    viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2,
  });
  const scroll = await phone.page.locator('.scroller').evaluate(
    (el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
  const bodyWidth = await phone.page.evaluate(() => document.documentElement.scrollWidth);
  check(scroll.scrollWidth > scroll.clientWidth && bodyWidth <= 390,
    'on a phone the columns scroll sideways inside the table, not the page',
    `${JSON.stringify(scroll)} page ${bodyWidth}`);
  // The figures table keeps its outlet names readable (one line each, not a letter a line)
  // and scrolls sideways in its own box when the screen is narrower than its columns.
  const figures = await phone.page.locator('#outlet-figures').evaluate((table) => {
    const cell = table.querySelector('tbody th[scope=row]');
    const line = parseFloat(getComputedStyle(cell).lineHeight) || 20;
    const box = table.parentElement;
    return { nameHeight: cell.getBoundingClientRect().height, line,
      boxScrolls: getComputedStyle(box).overflowX === 'auto', boxWidth: box.clientWidth };
  });
  check(figures.nameHeight < 2 * figures.line + 8 && figures.boxScrolls && figures.boxWidth <= 390,
    'on a phone the outlet figures keep each short outlet name on one line and scroll in their box',
    JSON.stringify(figures));
  await phone.page.locator('#grid tr.row[data-status="shared"]:not(.clutter) .s').first().tap();
  check(await phone.page.locator('#grid tr.row.current').count() === 1, 'a tap selects a row');
  await phone.page.screenshot({ path: path.join(args.out, 'export-sample-phone.png') });
  check(phone.seen.requests.length === 0 && phone.seen.errors.length === 0,
    'no request and no error at phone width');
  await phone.context.close();
}

const HOSTILE_A = `Title: <script>window.__pwned = 1</script> Ferry "news" & more
Source: <img src=x onerror="window.__pwned=2;alert(2)"> Herald
URL: javascript:window.__pwned=3
Date: </style><script>window.__pwned=4</script>

The mayor said <script>window.__pwned=5;alert(1)</script> the bridge would open on Monday.
An image <img src=x onerror=alert(1)> appeared on the council's page that evening.
The style sheet ended </style><b onmouseover="window.__pwned=6">here</b> in the printed text.
Click javascript:alert(1) to learn more & win "prizes" 'now' at the harbour office.
A link <a href="javascript:window.__pwned=7">read more</a> was posted by the city.
Subscribe now <iframe src="https://example.com/"></iframe> for updates.
`;
const HOSTILE_B = `Title: Bridge "opens" & <svg onload=alert(3)> closes
Source: Courier </title><script>alert(4)</script>
URL: https://courier.example/a?x="><script>alert(5)</script>

The mayor said <script>window.__pwned=8</script> the new bridge would open on Monday morning.
An image <img src=y onerror=alert(6)> appeared on the council's web page that evening.
The style sheet ended </style><style>body{display:none}</style> in the printed text.
Residents were told to stay away from the quay {{constructor.constructor('alert(7)')()}}.
`;
const HOSTILE_C = `Title: Third ' outlet " &amp; <!-- comment -->
Source: Standard &lt;b&gt; ]]> --> <![CDATA[x]]>

The mayor said the bridge would open on Monday, <math><mi xlink:href="javascript:alert(9)">x</mi></math>.
An image <img src=z onerror=alert(10)> appeared on the page.
Click javascript:alert(1) to learn more & win "prizes" 'now' at the harbour office.
`;

async function hostileCase(browser, work) {
  const input = path.join(work, 'hostile-input');
  fs.mkdirSync(input);
  fs.writeFileSync(path.join(input, '01-a.txt'), HOSTILE_A);
  fs.writeFileSync(path.join(input, '02-b.txt'), HOSTILE_B);
  fs.writeFileSync(path.join(input, '03-c.txt'), HOSTILE_C);
  const html = exportWithCli(input, 'html', path.join(work, 'hostile.html'));
  const { context, page, seen } = await openPage(browser, html);

  const injected = await page.evaluate(() => {
    const onAttributes = [];
    for (const el of document.querySelectorAll('*')) {
      for (const attr of el.attributes) {
        if (attr.name.startsWith('on')) {
          onAttributes.push(`${el.tagName}.${attr.name}`);
        }
      }
    }
    return {
      scripts: document.querySelectorAll('script').length,
      styles: document.querySelectorAll('style').length,
      foreign: document.querySelectorAll('img, iframe, svg, math, object, embed, b, a:not(.url), base, link, form').length,
      badLinks: Array.from(document.querySelectorAll('a[href]')).map((a) => a.getAttribute('href'))
        .filter((href) => !/^https?:\/\//i.test(href)),
      onAttributes,
      pwned: window.__pwned,
      bodyShown: getComputedStyle(document.body).display,
      // Hidden clutter counts too: everything but the export's own script must read as text.
      text: (() => {
        const copy = document.body.cloneNode(true);
        copy.querySelectorAll('script').forEach((el) => el.remove());
        return copy.textContent;
      })(),
      title: document.title,
    };
  });
  check(injected.scripts === 1, 'only the export\'s own script element exists', String(injected.scripts));
  check(injected.styles === 1, 'only the export\'s own style element exists', String(injected.styles));
  check(injected.foreign === 0, 'no element from the articles exists', String(injected.foreign));
  check(injected.badLinks.length === 0, 'no javascript: or other non-web link', injected.badLinks.join(' '));
  check(injected.onAttributes.length === 0, 'no event-handler attribute exists', injected.onAttributes.join(' '));
  check(injected.pwned === undefined, 'no article script ran', String(injected.pwned));
  check(injected.bodyShown !== 'none', 'no article style applies');
  for (const literal of [
    '<script>window.__pwned=5;alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '</style><b onmouseover="window.__pwned=6">here</b>',
    'javascript:alert(1)',
    '& win "prizes" \'now\'',
    '<iframe src="https://example.com/"></iframe>',
  ]) {
    check(injected.text.includes(literal), `shows literally: ${literal}`);
  }
  check(injected.title.includes('<script>window.__pwned = 1</script>'), 'the title shows as text');

  // Use the page as a reader would; still nothing may run.
  if (await page.locator('#clutter-toggle').isEnabled()) {
    await page.locator('#clutter-toggle').click();
  }
  const sentenceCount = await page.locator('#grid .s').count();
  for (let i = 0; i < sentenceCount; i += 1) {
    const sentence = page.locator('#grid .s').nth(i);
    if (await sentence.isVisible()) {
      await sentence.hover();
      await sentence.click();
    }
  }
  for (const key of ['j', 'j', 'k', 'c', 'c', 'ArrowDown', 'Escape']) {
    await page.keyboard.press(key);
  }
  check(await page.evaluate(() => window.__pwned) === undefined, 'still nothing ran after clicks and keys');
  check(seen.dialogs.length === 0, 'no dialog opened', seen.dialogs.join(' | '));
  check(seen.errors.length === 0, 'no console error (no blocked inline script or style)',
    seen.errors.join(' | '));
  check(seen.requests.length === 0, 'no network request is made', seen.requests.join(' '));
  await page.screenshot({ path: path.join(args.out, 'export-hostile.png') });
  await context.close();
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-browser-'));
let browser;
try {
  fs.mkdirSync(args.out, { recursive: true });
  browser = await launch();
  if (args.case === 'hostile') {
    await hostileCase(browser, work);
  } else {
    await sampleCase(browser, work);
  }
} catch (error) {
  failures += 1;
  console.log(`FAIL ${error.stack || error}`);
} finally {
  await browser?.close();
  fs.rmSync(work, { recursive: true, force: true });
}
console.log(`${passes} passed, ${failures} failed`);
process.exit(failures === 0 ? 0 : 1);
