#include "core/html_assets.h"

namespace parallax::core::html {

std::string_view styleSheet()
{
    // Every colour is paired with a mark (underline style, strike, badge, hatching, label),
    // so nothing depends on telling hues apart, in print or in greyscale.
    static constexpr std::string_view css = R"css(
:root{color-scheme:light dark;
--bg:#fbfaf8;--fg:#1d2126;--muted:#5f666e;--line:#e1ded7;--head:#f3f1ec;--card:#fff;
--accent:#2b5d8a;--chg-bg:#fbe8c2;--chg:#8a5300;--add-bg:#d9eedf;--add:#1d6b3a;
--miss:#a03030;--omit-a:#f4f2ed;--omit-b:#e8e5de;--moved:#5a3d92;--hl:#dce9f9;
--hl-line:#2b5d8a;--clutter:#8b9198;--unique-bg:#f1f8f3}
@media (prefers-color-scheme:dark){:root{
--bg:#15171a;--fg:#e3e5e8;--muted:#a3a9b1;--line:#2d3137;--head:#1d2024;--card:#1b1e22;
--accent:#8db9e6;--chg-bg:#4a3913;--chg:#f0c36a;--add-bg:#163723;--add:#8fd5a5;
--miss:#f0a3a3;--omit-a:#1a1d21;--omit-b:#24282d;--moved:#c6b2f0;--hl:#1f3550;
--hl-line:#8db9e6;--clutter:#7c838b;--unique-bg:#17251c}}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--fg);
font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Liberation Sans",sans-serif}
a{color:var(--accent)}
.top{padding:1.25rem 1.5rem .5rem;max-width:84rem}
h1{font-size:1.3rem;font-weight:600;margin:0 0 .2rem;letter-spacing:-.01em}
.subtitle{color:var(--muted);margin:0 0 .75rem}
.summary{margin:0 0 .5rem;max-width:64rem}
details{margin:.35rem 0}
summary{cursor:pointer;color:var(--accent);font-size:.9rem}
div.wide{overflow-x:auto;max-width:100%}
table.stats{border-collapse:collapse;font-size:.85rem;margin:.4rem 0 .6rem;font-variant-numeric:tabular-nums}
table.stats th,table.stats td{padding:.2rem .9rem .2rem 0;border-bottom:1px solid var(--line);text-align:right;font-weight:normal}
table.stats thead th{color:var(--muted)}
table.stats th[scope=row],table.stats thead th:first-child{text-align:left;min-width:7rem;max-width:18rem;overflow-wrap:anywhere}
.legend{display:flex;flex-wrap:wrap;gap:.3rem 1.3rem;margin:.5rem 0 .25rem;padding:0;list-style:none;font-size:.84rem;color:var(--muted)}

.legend .sample{color:var(--fg)}
.toolbar{position:sticky;top:0;z-index:6;display:flex;flex-wrap:wrap;align-items:center;gap:.4rem 1rem;
padding:.4rem 1.5rem;background:var(--head);border-top:1px solid var(--line);border-bottom:1px solid var(--line);font-size:.85rem}
button{font:inherit;color:inherit;background:var(--card);border:1px solid var(--line);border-radius:6px;padding:.2rem .7rem;cursor:pointer}
button:hover{border-color:var(--accent)}
button:focus-visible,tr.row:focus-visible{outline:2px solid var(--accent);outline-offset:-2px}
button[aria-pressed=true]{background:var(--accent);border-color:var(--accent);color:var(--bg)}
button:disabled{cursor:default;opacity:.6}
.keys{color:var(--muted)}
kbd{font:inherit;font-size:.8em;border:1px solid var(--line);border-bottom-width:2px;border-radius:4px;padding:0 .3em;background:var(--card)}
#position{margin-left:auto;color:var(--muted);font-variant-numeric:tabular-nums}
.scroller{overflow:auto;max-height:calc(100vh - var(--chrome,2.6rem));border-bottom:1px solid var(--line);scroll-padding-top:3rem}
table.grid{border-collapse:separate;border-spacing:0;table-layout:fixed;width:100%}
col.c-rh{width:3.6rem}
.grid th,.grid td{vertical-align:top;text-align:left;padding:.5rem .75rem;border-right:1px solid var(--line);border-bottom:1px solid var(--line);overflow-wrap:anywhere}
.grid thead th{background:var(--head)}
.grid tr.names th{position:sticky;top:0;z-index:3;font-weight:600;font-size:.95rem;border-bottom:1px solid var(--line)}
.grid tr.names th.corner{left:0;z-index:4;color:var(--muted);font-weight:normal;font-size:.75rem}
.grid tr.meta th{font-weight:normal;font-size:.8rem;color:var(--muted)}
.grid tr.meta th.corner{position:sticky;left:0;z-index:2}
.meta .headline{display:block;color:var(--fg);font-weight:500;font-size:.88rem;margin-bottom:.2rem}
.meta .dateline{display:block}
.meta .url{display:block;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.meta .figs{display:block;margin-top:.25rem;font-variant-numeric:tabular-nums}
.grid tbody th.rh{position:sticky;left:0;z-index:1;background:var(--bg);font-weight:normal;font-size:.75rem;
color:var(--muted);text-align:right;white-space:nowrap;padding-left:.3rem;padding-right:.5rem;font-variant-numeric:tabular-nums}
.rh .st{display:block;font-size:.72rem}
.by-user{display:block;font-size:.68rem;color:var(--accent);white-space:nowrap}
.legend .by-user{display:inline;margin-right:.3rem}
tr.row{cursor:pointer}
td.add-cell{background:var(--unique-bg);box-shadow:inset 3px 0 0 var(--add)}
td.omit{background:repeating-linear-gradient(135deg,var(--omit-a) 0 7px,var(--omit-b) 7px 14px)}
.omit-label{color:var(--muted);font-size:.85rem;font-style:italic}
.near{display:block;margin-top:.25rem;color:var(--muted);font-size:.8rem;text-decoration:none}
a.near:hover,a.near:focus{text-decoration:underline}
.near.inline{display:inline;margin:0 .4rem 0 0}
.near-text{display:-webkit-box;-webkit-box-orient:vertical;-webkit-line-clamp:3;line-clamp:3;overflow:hidden;
margin-top:.15rem;color:var(--muted);font-style:italic;font-size:.85rem}
td.omit .near-text{background:var(--bg);padding:0 .2rem}
.omit-near{color:var(--muted)}
.badge{display:inline-block;font-size:.72rem;line-height:1.45;border:1px solid currentColor;border-radius:999px;
padding:0 .5rem;margin:0 .35rem .3rem 0;vertical-align:middle}
.badge.add{color:var(--add)}
.badge.moved{color:var(--moved)}
.ref-mark{color:var(--muted);font-size:.75rem;margin-right:.3rem}
.w.chg{background:var(--chg-bg);text-decoration:underline solid 2px var(--chg);text-underline-offset:3px;border-radius:2px}
.w.add{background:var(--add-bg);text-decoration:underline dotted 2px var(--add);text-underline-offset:3px;border-radius:2px}
.grid del.miss{display:none}
body.show-missing .grid del.miss{display:inline}
del.miss{color:var(--miss);font-size:.85em;margin:0 .1em;text-decoration:line-through;text-decoration-thickness:1px}
del.miss::before{content:"\2212\00a0";text-decoration:none;display:inline-block}
.s{border-radius:3px}
.s.k-headline{font-weight:600;font-size:1.04em}
.s.k-subheading{font-weight:600}
.s.k-byline,.s.k-caption{color:var(--muted);font-size:.9em}
.s.k-boilerplate,tr.clutter td{color:var(--clutter)}
.gap{color:var(--muted)}
.chip{display:inline-block;font-size:.66rem;text-transform:uppercase;letter-spacing:.05em;line-height:1.5;
border:1px solid var(--line);border-radius:4px;padding:0 .3rem;margin-right:.35rem;color:var(--muted);vertical-align:1px;font-weight:normal}
tr.clutter td,tr.clutter th{font-size:.85rem}
body:not(.show-clutter) tr.clutter{display:none}
body.show-clutter tr.fold{display:none}
tr.fold td{padding:0 .75rem;background:var(--bg)}
.fold-btn{position:sticky;left:4.3rem;border:none;background:none;color:var(--muted);font-size:.78rem;padding:.1rem 0}
.fold-btn:hover{color:var(--accent);text-decoration:underline}
tr.current>*{box-shadow:inset 0 2px 0 var(--hl-line),inset 0 -2px 0 var(--hl-line)}
tr.current td.add-cell{box-shadow:inset 3px 0 0 var(--add),inset 0 2px 0 var(--hl-line),inset 0 -2px 0 var(--hl-line)}
tr.current th.rh{color:var(--fg);background:var(--hl);box-shadow:inset 4px 0 0 var(--hl-line),inset 0 2px 0 var(--hl-line),inset 0 -2px 0 var(--hl-line)}
.s.hl{background:var(--hl)}
footer{padding:.75rem 1.5rem 1.5rem;color:var(--muted);font-size:.8rem}
@media (max-width:40rem){body{font-size:14px}.top{padding:.9rem .9rem .4rem}.toolbar{padding:.35rem .9rem}.keys{display:none}
col.c-rh{width:2.6rem}.grid th,.grid td{padding:.45rem .55rem}}
@media print{
:root{--bg:#fff;--fg:#000;--muted:#444;--line:#bbb;--head:#f2f2f2;--card:#fff;--chg-bg:#fbe8c2;--chg:#7a4a00;
--add-bg:#d9eedf;--add:#1d6b3a;--miss:#8a1f1f;--omit-a:#f6f6f6;--omit-b:#e6e6e6;--moved:#4a2f80;--clutter:#777;--unique-bg:#f1f8f3}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
body{font-size:9pt;background:#fff}
.toolbar,.fold,.keys,#position,details:not([open]){display:none!important}
.scroller{overflow:visible;max-height:none;border:none}
table.grid{width:100%!important;min-width:0!important}
.grid tr.names th,.grid tr.meta th.corner,.grid tbody th.rh{position:static}
tr.row{break-inside:avoid}
thead{display:table-header-group}
tr.current>*{box-shadow:none!important}tr.current th.rh,.s.hl{background:none}
a{color:inherit;text-decoration:none}
}
)css";
    return css;
}

std::string_view script()
{
    // Plain DOM code over the classes and data-* attributes the export writes; it never reads
    // article text, so nothing in it depends on what the articles say.
    static constexpr std::string_view js = R"js(
(function () {
  'use strict';
  var body = document.body;
  var grid = document.getElementById('grid');
  if (!grid) { return; }
  var rows = Array.prototype.slice.call(grid.querySelectorAll('tbody tr.row'));
  var toggle = document.getElementById('clutter-toggle');
  var position = document.getElementById('position');
  var current = null;

  function shown(tr) { return tr.getClientRects().length > 0; }

  function select(tr, scroll) {
    if (current) {
      current.classList.remove('current');
      current.removeAttribute('aria-selected');
      var old = current.querySelectorAll('.s.hl');
      for (var i = 0; i < old.length; i++) { old[i].classList.remove('hl'); }
    }
    current = tr || null;
    if (!current) {
      if (position) { position.textContent = ''; }
      return;
    }
    current.classList.add('current');
    current.setAttribute('aria-selected', 'true');
    var sentences = current.querySelectorAll('.s');
    for (var j = 0; j < sentences.length; j++) { sentences[j].classList.add('hl'); }
    if (position) {
      position.textContent = 'Row ' + current.getAttribute('data-row') + ' of ' + rows.length;
    }
    if (scroll) {
      // The outlet names stick to the top of the table's own scroll box; when the page has
      // scrolled past that box's top they would be out of sight, so the box is first brought
      // up to just under the toolbar, then the row scrolled into view inside it.
      var bar = document.querySelector('.toolbar');
      if (scroller && bar) {
        var top = scroller.getBoundingClientRect().top - bar.getBoundingClientRect().height;
        if (Math.abs(top) > 1 && (top < 0 || scroller.getBoundingClientRect().bottom > window.innerHeight)) {
          window.scrollBy(0, top);
        }
      }
      current.scrollIntoView({block: 'nearest', inline: 'nearest'});
      current.focus({preventScroll: true});
    }
  }

  function step(delta) {
    var i = current ? rows.indexOf(current) : (delta > 0 ? -1 : rows.length);
    for (i += delta; i >= 0 && i < rows.length; i += delta) {
      if (shown(rows[i])) { select(rows[i], true); return; }
    }
  }

  function setClutter(show) {
    body.classList.toggle('show-clutter', show);
    if (toggle) {
      toggle.setAttribute('aria-pressed', show ? 'true' : 'false');
      toggle.textContent = toggle.getAttribute(show ? 'data-hide' : 'data-show');
    }
    if (current && !shown(current)) { select(null); }
  }

  function clutterShown() { return body.classList.contains('show-clutter'); }

  var missingToggle = document.getElementById('missing-toggle');
  function toggleMissing() {
    var show = !body.classList.contains('show-missing');
    body.classList.toggle('show-missing', show);
    if (missingToggle) {
      missingToggle.setAttribute('aria-pressed', show ? 'true' : 'false');
      missingToggle.textContent = show ? 'Hide missing words' : 'Show missing words';
    }
  }
  if (missingToggle) { missingToggle.addEventListener('click', toggleMissing); }

  // The table scrolls in its own box, under the sticky toolbar, with its outlet names stuck to
  // the box's top. At the bottom of the page the box must end where the window does, or the
  // page scrolls on by the footer's height and the toolbar covers the names: the box is the
  // window's height less the toolbar and whatever the page has below the box (both may wrap).
  var scroller = grid.closest('.scroller');
  function fitScroller() {
    var bar = document.querySelector('.toolbar');
    if (!scroller || !bar) { return; }
    var below = document.documentElement.scrollHeight -
      (scroller.getBoundingClientRect().bottom + window.pageYOffset);
    var chrome = bar.getBoundingClientRect().height + Math.max(0, below);
    document.documentElement.style.setProperty('--chrome', Math.ceil(chrome) + 'px');
  }
  fitScroller();
  window.addEventListener('resize', fitScroller);

  if (toggle) {
    toggle.addEventListener('click', function () { setClutter(!clutterShown()); });
  }

  grid.addEventListener('click', function (event) {
    var target = event.target;
    if (!(target instanceof Element)) { return; }
    if (target.closest('.fold-btn')) { setClutter(true); return; }
    // A near match's link: its row becomes the current one, as a click on it would make it.
    var near = target.closest('a.near');
    if (near) {
      var row = document.getElementById((near.getAttribute('href') || '').slice(1));
      if (row && shown(row)) { event.preventDefault(); select(row, true); }
      return;
    }
    if (target.closest('a')) { return; }
    var tr = target.closest('tr.row');
    if (tr) { select(tr, false); }
  });

  document.addEventListener('keydown', function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) { return; }
    var t = event.target;
    if (t instanceof Element && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) {
      return;
    }
    switch (event.key) {
    case 'j': step(1); break;
    case 'k': step(-1); break;
    // Arrows step only once a row is chosen, so that they still scroll the page before.
    case 'ArrowDown': if (!current) { return; } step(1); break;
    case 'ArrowUp': if (!current) { return; } step(-1); break;
    case 'c': case 'C': if (!toggle || toggle.disabled) { return; } setClutter(!clutterShown()); break;
    case 'm': case 'M': toggleMissing(); break;
    case 'Escape': if (!current) { return; } select(null); break;
    default: return;
    }
    event.preventDefault();
  });
}());
)js";
    return js;
}

} // namespace parallax::core::html
