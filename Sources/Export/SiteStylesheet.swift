/// The site's stylesheet, `assets/primer.css`: light and dark themes (the reader's choice,
/// else the system setting), the whole-course sidebar beside the text on wide screens and
/// behind the menu button on phones, scroll boxes for wide maths, code and pictures, and a
/// print layout.
///
/// Fonts are the reader's own: nothing is downloaded. Code and diagrams use one monospace stack
/// whose first fonts hold the box-drawing and arrow glyphs of the lessons' diagrams (`─ │ ┆ ▶ ▼`)
/// at the width of every other character: DejaVu Sans Mono (Debian, most Linux), Menlo (macOS,
/// drawn from the same Bitstream Vera design), Cascadia Mono (Windows 11). The browser test
/// measures the advances.
enum SiteStylesheet {
  static let monospace =
    #""DejaVu Sans Mono", Menlo, "Cascadia Mono", "Liberation Mono", Consolas, monospace"#

  static let text = lightVariables + darkVariables + rules + printRules

  private static let light = """
    --bg: #ffffff; --fg: #1d1f23; --muted: #5c6370; --line: #d8dce3; --panel: #f5f7fa;
    --link: #0b57d0; --pass: #1a7f37; --fail: #c62828; --warn: #9a6700; --mark: #fff2a8;
    --kw: #a626a4; --ty: #0184bc; --st: #b3261e; --nu: #986801; --co: #6a737d; --at: #2f7d32;
    --series-0: #0077bb; --series-1: #cc3311; --series-2: #ee7733; --series-3: #009988;
    --series-4: #6a3d9a; --series-5: #555555; --shadow: rgba(0, 0, 0, .18); --edge: rgba(0, 0, 0, .22);

    """ + palette(dark: false)

  private static let dark = """
    color-scheme: dark;
    --bg: #15171b; --fg: #e3e6eb; --muted: #9aa1ad; --line: #343842; --panel: #1f2228;
    --link: #8ab4f8; --pass: #57c46b; --fail: #ff7b72; --warn: #e3b341; --mark: #5c4a00;
    --kw: #d49bf2; --ty: #56c2e6; --st: #ff9e8f; --nu: #e5c07b; --co: #8b949e; --at: #7ee787;
    --series-0: #4fb3ff; --series-1: #ff7a5c; --series-2: #ffb066; --series-3: #33d6c2;
    --series-4: #b69cff; --series-5: #bbbbbb; --shadow: rgba(0, 0, 0, .6); --edge: rgba(255, 255, 255, .22);
    """ + palette(dark: true)

  /// The heat maps' colours as variables: `--s0` … for sequential scales, `--d0` … for
  /// diverging ones, one per level of `SVGHeatMap.levels`.
  private static func palette(dark: Bool) -> String {
    var output = "\n"
    for level in 0...SVGHeatMap.levels {
      output +=
        "--s\(level): " + SVGHeatMap.color(level: level, diverging: false, dark: dark) + "; "
      output +=
        "--d\(level): " + SVGHeatMap.color(level: level, diverging: true, dark: dark) + ";\n"
    }
    return output
  }

  private static let lightVariables =
    ":root {\n  color-scheme: light dark;\n  --header: 3.25rem;\n  --mono: " + monospace + ";\n"
    + light + "}\n:root[data-theme=\"light\"] { color-scheme: light; }\n"

  // Dark on screens only: a printed page is always light.
  private static let darkVariables =
    "@media screen {\n  :root[data-theme=\"dark\"] {\n" + dark + "}\n"
    + darkRules(":root[data-theme=\"dark\"]") + "}\n"
    + "@media screen and (prefers-color-scheme: dark) {\n  :root:not([data-theme=\"light\"]) {\n"
    + dark + "}\n" + darkRules(":root:not([data-theme=\"light\"])") + "}\n" + heatMapRules

  /// Rules for the dark theme beyond its colours: a heat map's values in the colour that reads
  /// on the dark palette's cell.
  private static func darkRules(_ root: String) -> String {
    "  " + root + " svg.picture text.value.dw { fill: #ffffff; }\n  " + root
      + " svg.picture text.value.db { fill: #111111; }\n"
  }

  private static let heatMapRules: String = {
    var output = ""
    for level in 0...SVGHeatMap.levels {
      output +=
        "svg .s\(level) { fill: var(--s\(level)); } svg .d\(level) { fill: var(--d\(level)); }\n"
    }
    return output
  }()

  private static let rules = #"""
    * { box-sizing: border-box; }
    html { -webkit-text-size-adjust: 100%; scroll-padding-top: calc(var(--header) + .75rem); }
    body { margin: 0; background: var(--bg); color: var(--fg);
      font: 17px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
    a { color: var(--link); }
    .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden;
      clip-path: inset(50%); white-space: nowrap; }
    .skip:not(:focus) { position: absolute; width: 1px; height: 1px; overflow: hidden;
      clip-path: inset(50%); white-space: nowrap; }
    .skip:focus { position: absolute; left: .5rem; top: .5rem; z-index: 30; background: var(--bg); padding: .25rem .5rem; }

    /* The header stays at the top of the window, with the search box. */
    header.site { position: sticky; top: 0; z-index: 20; height: var(--header); display: flex;
      align-items: center; gap: .5rem; padding: 0 .75rem; background: var(--panel);
      border-bottom: 1px solid var(--line); }
    header.site .home { font-weight: 700; text-decoration: none; color: var(--fg); }
    .icon { font: 18px/1 system-ui, sans-serif; min-width: 2.2rem; height: 2.2rem; padding: 0 .4rem;
      border: 1px solid transparent; border-radius: 6px; background: none; color: var(--fg);
      cursor: pointer; display: inline-flex; align-items: center; justify-content: center;
      text-decoration: none; }
    .icon:hover, .icon:focus-visible { border-color: var(--line); background: var(--bg); }
    #theme[data-choice="light"]::after { content: " light"; font-size: 12px; }
    #theme[data-choice="dark"]::after { content: " dark"; font-size: 12px; }
    .search-box { position: relative; flex: 1 1 8rem; max-width: 28rem; margin-left: auto; }
    #search { width: 100%; font: inherit; font-size: 16px; padding: .3rem .6rem;
      border: 1px solid var(--line); border-radius: 6px; background: var(--bg); color: var(--fg); }
    #search-results { position: absolute; top: calc(100% + .4rem); right: 0;
      width: min(40rem, calc(100vw - 1rem)); max-height: calc(100vh - var(--header) - 1rem);
      overflow-y: auto; background: var(--bg); color: var(--fg); border: 1px solid var(--line);
      border-radius: 8px; box-shadow: 0 8px 24px var(--shadow); padding: .25rem 1rem .75rem;
      font-size: 15px; }
    #search-results[hidden] { display: none; }
    #search-results ol { padding-left: 1.4rem; margin: 0; }
    #search-results li { margin: .6rem 0; }
    #search-results li.selected > a { outline: 2px solid var(--link); outline-offset: 2px; }
    #search-results .where { color: var(--muted); font-size: .85em; }
    #search-results .snippet { color: var(--muted); font-size: .92em; overflow-wrap: anywhere; }
    mark { background: var(--mark); color: inherit; border-radius: 2px; padding: 0 .05em; }
    @media (max-width: 40rem) {
      #search-results { position: fixed; top: calc(var(--header) + .25rem); left: .5rem;
        right: .5rem; width: auto; }
    }

    /* The sidebar: every lesson, and the sections of the one being read. */
    .layout { display: grid; grid-template-columns: minmax(0, 1fr); }
    main { min-width: 0; width: 100%; max-width: 50rem; margin: 0 auto; padding: 1rem 1rem 3rem; }
    .sidebar { font-size: 15px; line-height: 1.4; }
    .sidebar ol { list-style: none; margin: 0; padding: 0; }
    .sidebar .lessons > li { margin: .15rem 0; }
    .sidebar a { display: block; text-decoration: none; color: var(--fg); padding: .25rem .5rem;
      border-radius: 5px; }
    .sidebar a:hover { background: var(--bg); }
    .sidebar a.lesson { display: flex; gap: .35rem; align-items: baseline; }
    .sidebar .number { color: var(--muted); min-width: 1.6rem; flex: none; white-space: nowrap; }
    .sidebar .progress { margin-left: auto; font-size: .8em; color: var(--muted); white-space: nowrap; }
    .sidebar .progress.some { color: var(--warn); }
    .sidebar .progress.done { color: var(--pass); font-weight: 700; }
    .sidebar [aria-current="page"] { font-weight: 700; background: var(--bg); }
    .sidebar .sections { margin: .15rem 0 .5rem 1.2rem; border-left: 1px solid var(--line); }
    .sidebar .sections a { color: var(--muted); padding: .15rem .6rem; border-radius: 0 5px 5px 0; }
    .sidebar .sections .level-3 a { padding-left: 1.4rem; font-size: .93em; }
    .sidebar .sections a.current { color: var(--fg); font-weight: 600; box-shadow: inset 2px 0 var(--link); }
    .sidebar a.all { color: var(--link); margin: .5rem 0; }
    @media (min-width: 64rem) {
      .layout { grid-template-columns: 18rem minmax(0, 1fr); gap: 1rem; }
      .sidebar { position: sticky; top: var(--header); align-self: start;
        height: calc(100vh - var(--header)); overflow-y: auto; padding: 1rem .5rem 2rem .75rem;
        border-right: 1px solid var(--line); background: var(--panel); }
      #menu { display: none; }
    }
    @media (max-width: 63.99rem) {
      .sidebar { display: none; }
      body.sidebar-open .sidebar { display: block; position: fixed; top: var(--header); left: 0;
        bottom: 0; width: min(20rem, 88vw); overflow-y: auto; z-index: 15; padding: .75rem .5rem;
        background: var(--panel); border-right: 1px solid var(--line);
        box-shadow: 4px 0 24px var(--shadow); }
    }

    /* Text. */
    article { min-width: 0; }
    h1, h2, h3, h4 { line-height: 1.25; overflow-wrap: break-word; }
    h1 { font-size: 2rem; margin-top: .5rem; }
    .permalink { margin-left: .3rem; color: var(--muted); text-decoration: none; font-weight: 400;
      opacity: 0; }
    :hover > .permalink, .permalink:focus { opacity: 1; }
    @media (hover: none) { .permalink { opacity: .45; } }
    p, li { overflow-wrap: break-word; }
    a.lesson-ref { white-space: nowrap; }
    .icon svg { width: 20px; height: 20px; fill: none; stroke: currentColor; stroke-width: 1.8; }
    blockquote { margin: 1rem 0; padding: 0 1rem; border-left: 3px solid var(--line); color: var(--muted); }
    hr { border: 0; border-top: 1px solid var(--line); margin: 2rem 0; }
    img { max-width: 100%; height: auto; }

    /* Code: one monospace stack for code and diagrams. */
    pre, code { font-family: var(--mono); font-size: 14.5px; }
    pre { line-height: 1.45; font-variant-ligatures: none; }
    :not(pre) > code { background: var(--panel); padding: .05em .3em; border-radius: 3px;
      font-size: .86em; overflow-wrap: anywhere; }
    /* A short code span (at most 28 characters) is never broken, not even at a hyphen. */
    code.short { white-space: nowrap; }
    /* A command is never broken; a long one scrolls in its own box. */
    code.command { display: inline-flex; max-width: 100%; overflow-x: auto; white-space: nowrap;
      overflow-wrap: normal; hyphens: none; }
    .code { position: relative; margin: 1rem 0; border: 1px solid var(--line); border-radius: 6px;
      background: var(--panel); }
    .code-label { font-size: .8em; color: var(--muted); padding: .3rem 4.5rem 0 .75rem; }
    .code pre, .raw-html pre { margin: 0; padding: .6rem .75rem; overflow-x: auto; }
    .code .numbered { display: flex; }
    .code .numbered pre { flex: 1 1 auto; min-width: 0; }
    .code pre.gutter { flex: none; overflow: visible; padding-right: .5rem; text-align: right;
      color: var(--muted); user-select: none; border-right: 1px solid var(--line); }
    button.copy { position: absolute; top: .3rem; right: .3rem; font: 12px/1.4 system-ui, sans-serif;
      padding: .15rem .5rem; border: 1px solid var(--line); border-radius: 5px;
      background: var(--bg); color: var(--muted); cursor: pointer; opacity: 0; }
    /* Shown on hover over the block, as mdBook does; on a touch screen always, above the code. */
    .code:hover > button.copy, .raw-html:hover > button.copy, button.copy:focus-visible {
      opacity: 1; }
    button.copy:hover { color: var(--fg); }
    @media (hover: none) {
      button.copy { opacity: 1; }
      .code:not(:has(> .code-label)) > pre, .code:not(:has(> .code-label)) > .numbered > pre,
      .raw-html pre { padding-top: 2rem; }
    }
    .raw-html { border: 1px dashed var(--warn); border-radius: 6px; margin: 1rem 0; position: relative; }
    code.raw-html { color: var(--muted); }
    .kw { color: var(--kw); font-weight: 600; } .ty { color: var(--ty); } .st { color: var(--st); }
    .nu { color: var(--nu); } .co { color: var(--co); font-style: italic; } .at { color: var(--at); }

    /* Maths: a formula too wide for the column scrolls in its own box, with shadows at the
       edges that have more (the background gradients stay put while the content scrolls). */
    .math-display, .math-inline, .code pre, .picture-box, code.command {
      background-image: linear-gradient(to right, var(--bg), var(--bg)),
        linear-gradient(to right, var(--bg), var(--bg)),
        linear-gradient(to right, var(--edge), transparent),
        linear-gradient(to left, var(--edge), transparent);
      background-position: left center, right center, left center, right center;
      background-repeat: no-repeat;
      background-size: 1.25rem 100%, 1.25rem 100%, .6rem 100%, .6rem 100%;
      background-attachment: local, local, scroll, scroll; }
    .code pre, code.command { background-color: var(--panel);
      background-image: linear-gradient(to right, var(--panel), var(--panel)),
        linear-gradient(to right, var(--panel), var(--panel)),
        linear-gradient(to right, var(--edge), transparent),
        linear-gradient(to left, var(--edge), transparent); }
    .math-display { display: block; overflow-x: auto; overflow-y: hidden; margin: 1rem 0; padding: .4em 0; }
    /* inline-flex keeps the formula on the text's baseline while it scrolls. */
    .math-inline { display: inline-flex; max-width: 100%; overflow-x: auto; overflow-y: hidden;
      padding: .1em 0; }
    math { font-size: 1.1em; font-family: "STIX Two Math", "Latin Modern Math", "Cambria Math",
      "DejaVu Math TeX Gyre", math; }

    /* Pictures: drawn at their natural size or larger, so that their text is never smaller than
       about 11 px; on a phone the picture scrolls sideways in its box. */
    figure.plot { margin: 1.5rem 0; padding: .75rem; border: 1px solid var(--line); border-radius: 6px; }
    figure.plot figcaption { margin-bottom: .5rem; }
    .cell-output { margin: -.5rem 0 1.5rem; padding: .5rem .75rem; border-left: 3px solid var(--line); }
    .cell-output pre { margin: .25rem 0; white-space: pre-wrap; }
    .cell-output figure.plot { margin: .5rem 0; }
    .cell-output .cell-error { color: #b00020; }
    .picture-box { overflow-x: auto; overflow-y: hidden; }
    svg.picture { display: block; font: 12px system-ui, sans-serif; }
    svg.picture:not(.natural) { width: 100%; min-width: 600px; height: auto; }
    svg.picture text { fill: currentColor; }
    svg.picture .grid { stroke: var(--line); stroke-width: 1; }
    svg.picture .axis, svg.picture .frame { stroke: var(--muted); fill: none; stroke-width: 1; }
    svg.picture .curve { fill: none; stroke-width: 2; }
    svg.picture .group { font-weight: 700; }
    svg.picture .cell:hover { stroke: var(--fg); stroke-width: 2; }
    svg.picture text.value { pointer-events: none; }
    svg.picture text.value.lw { fill: #ffffff; }
    svg.picture text.value.lb { fill: #111111; }
    .series-0 { fill: var(--series-0); stroke: var(--series-0); }
    .series-1 { fill: var(--series-1); stroke: var(--series-1); }
    .series-2 { fill: var(--series-2); stroke: var(--series-2); }
    .series-3 { fill: var(--series-3); stroke: var(--series-3); }
    .series-4 { fill: var(--series-4); stroke: var(--series-4); }
    .series-5 { fill: var(--series-5); stroke: var(--series-5); }
    path.curve { fill: none; }

    /* Exercises and the learner's work. */
    section.exercise { margin: 1.5rem 0 .5rem; padding: .5rem 1rem; border-left: 4px solid var(--link);
      background: var(--panel); border-radius: 0 6px 6px 0; }
    ul.commands { list-style: none; padding-left: 0; margin: .5rem 0; }
    ul.commands li { margin: .2rem 0; }
    .badge { font-size: .7em; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); }
    details.hint, details.reference, details.starter { margin: .5rem 0; }
    summary { cursor: pointer; }
    section.work { margin: .5rem 0 1.5rem; padding: .25rem 1rem; border: 1px solid var(--line);
      border-radius: 6px; }
    section.work h4 { margin: .5rem 0; }
    .verdict .status { font-weight: 700; }
    .verdict .seed { font-family: var(--mono); font-size: .9em; }
    .verdict.passed .status, .checks .pass .mark, .progress .passed { color: var(--pass); }
    .verdict.failed .status, .checks .fail .mark, .progress .failed { color: var(--fail); }
    .not-started, .verdict.none, .progress .not-started { color: var(--muted); }
    .checks { list-style: none; padding-left: 0; }
    .mistake { border-left: 3px solid var(--warn); padding: .25rem .75rem; margin: .5rem 0; }
    nav.pager { display: flex; justify-content: space-between; gap: 1rem; margin: 2rem 0 1rem;
      padding-top: 1rem; border-top: 1px solid var(--line); }
    nav.pager a[rel="next"] { margin-left: auto; text-align: right; }
    .keys { color: var(--muted); font-size: .85em; }
    kbd { font-family: var(--mono); font-size: .85em; border: 1px solid var(--line);
      border-bottom-width: 2px; border-radius: 4px; padding: 0 .3em; }
    .outline { list-style: none; padding: 0; }
    .outline > li { margin: 1rem 0; padding: .75rem 1rem; border: 1px solid var(--line); border-radius: 6px; }
    .outline .summary { color: var(--muted); margin: .25rem 0; }
    .outline .progress { list-style: none; padding-left: 0; font-size: .92em; }
    .print-contents { columns: 2 16rem; }
    .print-lesson { border-top: 2px solid var(--line); margin-top: 3rem; }
    @media (max-width: 40rem) { body { font-size: 16px; } main { padding: .75rem .75rem 2rem; }
      header.site .home { display: none; } }

    """#

  private static let printRules = #"""
    @page { size: auto; margin: 16mm 14mm; }
    @media print {
      body { font-size: 11pt; line-height: 1.45; background: #fff; color: #000; }
      :root { --link: #000; --panel: #fff; --bg: #fff; --shadow: transparent; }
      header.site, .sidebar, nav.pager, #search-results, button.copy, .permalink, .skip,
      .print-note, .keys { display: none !important; }
      .layout { display: block; max-width: none; }
      main { padding: 0; }
      a { text-decoration: none; }
      pre { white-space: pre-wrap; overflow-wrap: anywhere; }
      .code pre, .math-display, .math-inline, .picture-box, code.command { overflow: visible;
        background: none; }
      svg.picture:not(.natural) { min-width: 0; max-height: 9cm; }
      figure.plot, .code, section.exercise, section.work, .math-display { break-inside: avoid; }
      h1, h2, h3, h4 { break-after: avoid; }
      details > :not(summary) { display: block; }
      .print-lesson { break-before: page; border: 0; margin: 0; }
    }

    """#
}
