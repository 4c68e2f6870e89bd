/// The site's static files: one stylesheet (light and dark themes from the reader's system
/// setting, a phone layout, a print layout) and the search script.
enum SiteAssets {
  static let stylesheet = #"""
    :root {
      color-scheme: light dark;
      --bg: #ffffff; --fg: #1d1f23; --muted: #5c6370; --line: #d8dce3; --panel: #f5f7fa;
      --link: #0b57d0; --pass: #1a7f37; --fail: #c62828; --warn: #9a6700;
      --kw: #a626a4; --ty: #0184bc; --st: #b3261e; --nu: #986801; --co: #6a737d; --at: #2f7d32;
      --series-0: #0077bb; --series-1: #cc3311; --series-2: #ee7733; --series-3: #009988;
      --series-4: #6a3d9a; --series-5: #555555;
    }
    @media (prefers-color-scheme: dark) {
      :root {
        --bg: #15171b; --fg: #e3e6eb; --muted: #9aa1ad; --line: #343842; --panel: #1f2228;
        --link: #8ab4f8; --pass: #57c46b; --fail: #ff7b72; --warn: #e3b341;
        --kw: #d49bf2; --ty: #56c2e6; --st: #ff9e8f; --nu: #e5c07b; --co: #8b949e; --at: #7ee787;
        --series-0: #4fb3ff; --series-1: #ff7a5c; --series-2: #ffb066; --series-3: #33d6c2;
        --series-4: #b69cff; --series-5: #bbbbbb;
      }
    }
    * { box-sizing: border-box; }
    html { -webkit-text-size-adjust: 100%; }
    body { margin: 0; background: var(--bg); color: var(--fg);
      font: 17px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
    a { color: var(--link); }
    header.site { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: center;
      padding: .6rem 1rem; border-bottom: 1px solid var(--line); background: var(--panel); }
    header.site .home { font-weight: 700; text-decoration: none; color: var(--fg); }
    header.site input { flex: 1 1 12rem; max-width: 24rem; font: inherit; padding: .25rem .5rem;
      border: 1px solid var(--line); border-radius: 4px; background: var(--bg); color: var(--fg); }
    #search-results { max-width: 46rem; margin: 0 auto; padding: 0 1rem; }
    #search-results ol { padding-left: 1.2rem; }
    #search-results .snippet { color: var(--muted); font-size: .9em; }
    .layout { max-width: 70rem; margin: 0 auto; padding: 1rem; display: grid;
      grid-template-columns: minmax(0, 1fr); gap: 2rem; }
    @media (min-width: 64rem) { .layout.with-toc { grid-template-columns: 14rem minmax(0, 46rem); } }
    nav.toc { font-size: .9em; }
    nav.toc ol { list-style: none; padding-left: 0; margin: 0; }
    nav.toc li.level-3 { padding-left: 1rem; }
    @media (min-width: 64rem) { nav.toc { position: sticky; top: 1rem; align-self: start;
      max-height: calc(100vh - 2rem); overflow: auto; } }
    article { min-width: 0; }
    h1, h2, h3, h4 { line-height: 1.25; }
    pre, code { font-family: ui-monospace, "SF Mono", Menlo, Consolas, monospace; font-size: .88em; }
    :not(pre) > code { background: var(--panel); padding: .05em .3em; border-radius: 3px; }
    .code { margin: 1rem 0; border: 1px solid var(--line); border-radius: 6px; background: var(--panel); }
    .code-label { font-size: .8em; color: var(--muted); padding: .3rem .75rem 0; }
    .code pre, .raw-html pre { margin: 0; padding: .6rem .75rem; overflow-x: auto; }
    .raw-html { border: 1px dashed var(--warn); border-radius: 6px; margin: 1rem 0; }
    code.raw-html { color: var(--muted); }
    .kw { color: var(--kw); font-weight: 600; } .ty { color: var(--ty); } .st { color: var(--st); }
    .nu { color: var(--nu); } .co { color: var(--co); font-style: italic; } .at { color: var(--at); }
    blockquote { margin: 1rem 0; padding: 0 1rem; border-left: 3px solid var(--line); color: var(--muted); }
    .math-display { overflow-x: auto; overflow-y: hidden; margin: 1rem 0; padding: .3em 0; }
    math { font-size: 1.1em; font-family: "STIX Two Math", "Latin Modern Math", "Cambria Math",
      "DejaVu Math TeX Gyre", math; }
    figure.plot { margin: 1.5rem 0; padding: .75rem; border: 1px solid var(--line); border-radius: 6px; }
    figure.plot figcaption { margin-bottom: .5rem; }
    svg.picture { display: block; width: 100%; height: auto; font: 12px system-ui, sans-serif; }
    svg.picture text { fill: currentColor; }
    svg.picture .grid { stroke: var(--line); stroke-width: 1; }
    svg.picture .axis, svg.picture .frame { stroke: var(--muted); fill: none; stroke-width: 1; }
    svg.picture .curve { fill: none; stroke-width: 2; }
    svg.picture .group { font-weight: 700; }
    .series-0 { fill: var(--series-0); stroke: var(--series-0); }
    .series-1 { fill: var(--series-1); stroke: var(--series-1); }
    .series-2 { fill: var(--series-2); stroke: var(--series-2); }
    .series-3 { fill: var(--series-3); stroke: var(--series-3); }
    .series-4 { fill: var(--series-4); stroke: var(--series-4); }
    .series-5 { fill: var(--series-5); stroke: var(--series-5); }
    path.curve { fill: none; }
    section.exercise { margin: 1.5rem 0 .5rem; padding: .5rem 1rem; border-left: 4px solid var(--link);
      background: var(--panel); border-radius: 0 6px 6px 0; }
    .badge { font-size: .7em; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); }
    details.hint, details.reference { margin: .5rem 0; }
    section.work { margin: .5rem 0 1.5rem; padding: .25rem 1rem; border: 1px solid var(--line);
      border-radius: 6px; }
    section.work h4 { margin: .5rem 0; }
    .verdict .status { font-weight: 700; }
    .verdict.passed .status, .checks .pass .mark, .progress .passed { color: var(--pass); }
    .verdict.failed .status, .checks .fail .mark, .progress .failed { color: var(--fail); }
    .not-started, .verdict.none, .progress .not-started { color: var(--muted); }
    .checks { list-style: none; padding-left: 0; }
    .mistake { border-left: 3px solid var(--warn); padding: .25rem .75rem; margin: .5rem 0; }
    nav.pager { display: flex; justify-content: space-between; gap: 1rem; margin: 2rem 0 1rem;
      padding-top: 1rem; border-top: 1px solid var(--line); }
    .outline { list-style: none; padding: 0; }
    .outline > li { margin: 1rem 0; padding: .75rem 1rem; border: 1px solid var(--line); border-radius: 6px; }
    .outline .summary { color: var(--muted); margin: .25rem 0; }
    .outline .progress { list-style: none; padding-left: 0; font-size: .92em; }
    table.totals td { padding: .1rem .75rem .1rem 0; }
    @media (max-width: 40rem) { body { font-size: 16px; } .layout { padding: .75rem; } }
    @page { size: auto; margin: 16mm 14mm; }
    @media print {
      :root { --bg: #fff; --fg: #000; --muted: #444; --line: #bbb; --panel: #fff; --link: #000; }
      body { font-size: 11pt; line-height: 1.45; background: #fff; color: #000; }
      header.site, nav.toc, nav.pager, #search-results { display: none; }
      .layout, .layout.with-toc { display: block; max-width: none; padding: 0; }
      a { text-decoration: none; }
      pre { white-space: pre-wrap; overflow-wrap: anywhere; }
      .code pre, .math-display { overflow: visible; }
      figure.plot, .code, section.exercise, section.work, .math-display { break-inside: avoid; }
      h1, h2, h3, h4 { break-after: avoid; }
      details > :not(summary) { display: block; }
      svg.picture { max-height: 9cm; }
    }

    """#

  static let searchScript = #"""
    // Client-side search over every lesson, from search-index.js; no server needed.
    "use strict";
    (function () {
      var input = document.getElementById("search");
      var results = document.getElementById("search-results");
      var index = window.PRIMER_SEARCH || [];
      var root = document.body.getAttribute("data-root") || "";
      if (!input || !results) { return; }
      function words(text) { return text.toLowerCase().split(/\s+/).filter(Boolean); }
      function snippet(text, word) {
        var at = text.toLowerCase().indexOf(word);
        var start = Math.max(0, at - 60);
        return (start > 0 ? "…" : "") + text.slice(start, start + 160) + "…";
      }
      function show() {
        var query = words(input.value);
        results.textContent = "";
        if (query.length === 0) { return; }
        var found = index.filter(function (entry) {
          var text = (entry.h + " " + entry.t).toLowerCase();
          return query.every(function (word) { return text.indexOf(word) >= 0; });
        }).slice(0, 30);
        var heading = document.createElement("p");
        heading.textContent = found.length === 0 ? "No section mentions all of: " + query.join(" ")
          : found.length + (found.length === 30 ? "+" : "") + " matching sections";
        results.appendChild(heading);
        var list = document.createElement("ol");
        found.forEach(function (entry) {
          var item = document.createElement("li");
          var link = document.createElement("a");
          link.href = root + entry.p + (entry.a ? "#" + entry.a : "");
          link.textContent = entry.l + " › " + entry.h;
          var text = document.createElement("div");
          text.className = "snippet";
          text.textContent = snippet(entry.t, query[0]);
          item.appendChild(link);
          item.appendChild(text);
          list.appendChild(item);
        });
        results.appendChild(list);
      }
      input.addEventListener("input", show);
    })();

    """#
}
