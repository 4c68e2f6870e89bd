/// The frame every page of the site shares: head, header with the search box, the layout
/// around the content. Page titles are escaped here; `content` is HTML made by the renderers.
enum SitePage {
  static func html(title: String, contents: String?, main: String) -> String {
    var output = """
      <!DOCTYPE html>
      <html lang="en">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <meta name="color-scheme" content="light dark">
      <title>\(HTMLText.escape(title))</title>
      <link rel="stylesheet" href="assets/primer.css">
      <script src="assets/search-index.js" defer></script>
      <script src="assets/search.js" defer></script>
      </head>
      <body>
      <header class="site"><a class="home" href="index.html">Primer</a>
      <input id="search" type="search" placeholder="Search all lessons" aria-label="Search all lessons">
      </header>
      <div id="search-results" aria-live="polite"></div>

      """
    if let contents {
      output += "<div class=\"layout with-toc\">\n<nav class=\"toc\" aria-label=\"Contents\">\n"
      output += contents + "</nav>\n"
    } else {
      output += "<div class=\"layout\">\n"
    }
    output += "<main>\n" + main + "</main>\n</div>\n</body>\n</html>\n"
    return output
  }

  /// A lesson's table of contents: its `##` and `###` headings, and a link back to the index.
  static func contents(_ entries: [HTMLRenderer.ContentsEntry], lessonTitle: String) -> String {
    var output = "<p><strong>" + HTMLText.escape(lessonTitle) + "</strong></p>\n<ol>\n"
    for entry in entries {
      output +=
        "<li class=\"level-\(entry.level)\"><a href=\"#" + HTMLText.escape(entry.anchor)
        + "\">" + HTMLText.escape(entry.title) + "</a></li>\n"
    }
    return output + "</ol>\n<p><a href=\"index.html\">All lessons</a></p>\n"
  }
}
