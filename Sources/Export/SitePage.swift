/// The frame every page of the site shares: the head, a sticky header with the search box and
/// the theme switch, the whole-course sidebar, the content. Page titles are escaped here;
/// `sidebar` and `main` are HTML made by the renderers.
enum SitePage {
  static func html(title: String, sidebar: String, main: String) -> String {
    """
    <!DOCTYPE html>
    <html lang="en">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="color-scheme" content="light dark">
    <title>\(HTMLText.escape(title))</title>
    <link rel="stylesheet" href="assets/primer.css">
    <script src="assets/theme.js"></script>
    <script src="assets/search-index.js" defer></script>
    <script src="assets/search.js" defer></script>
    <script src="assets/site.js" defer></script>
    </head>
    <body>
    <a class="skip" href="#content">Skip to the text</a>
    <header class="site">
    <button id="menu" class="icon" type="button" aria-controls="sidebar" aria-expanded="false" title="Lessons">☰<span class="visually-hidden"> Lessons</span></button>
    <a class="home" href="index.html">Primer</a>
    <div class="search-box" role="search">
    <input id="search" type="search" placeholder="Search (/ or s)" aria-label="Search all lessons" autocomplete="off" aria-controls="search-results">
    <div id="search-results" aria-live="polite" hidden></div>
    </div>
    <button id="theme" class="icon" type="button" title="Colour theme: as the system">◐<span class="visually-hidden"> Colour theme</span></button>
    <a class="icon print-link" href="print.html" title="The whole course on one page, to print"><svg viewBox="0 0 24 24" aria-hidden="true"><path d="M7 9V3h10v6M7 17H4v-7h16v7h-3M7 14h10v7H7z"/></svg><span class="visually-hidden"> Print the course</span></a>
    </header>
    <div class="layout">
    \(sidebar)<main id="content">
    \(main)</main>
    </div>
    </body>
    </html>

    """
  }
}
