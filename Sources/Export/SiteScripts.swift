/// The site's own scripts, the only ones on its pages. The pages read without them; they add
/// the theme switch, keyboard navigation, copy buttons, the sidebar's current section and
/// search.
///
/// - `theme.js`, loaded before the page is drawn: applies the theme the reader chose
///   (`localStorage`), so a dark page never flashes light.
/// - `site.js`: ← and → for the previous and next lesson, `/` or `s` to search, Esc to close;
///   the menu and theme buttons; a copy button on every code block (copies the bare code, not
///   the line numbers); the section being read highlighted in the sidebar; hints and solutions
///   opened for printing.
/// - `search.js`: ranked search over `search-index.js`, with `?q=` in the address.
enum SiteScripts {
  static let theme = #"""
    // The reader's colour theme: "light", "dark", or none (follow the system).
    "use strict";
    (function () {
      try {
        var choice = localStorage.getItem("primer-theme");
        if (choice === "light" || choice === "dark") {
          document.documentElement.setAttribute("data-theme", choice);
        }
      } catch (e) { /* storage unavailable: follow the system */ }
    })();

    """#

  static let site = #"""
    // Navigation, theme switch, copy buttons and the sidebar's current section.
    "use strict";
    (function () {
      var root = document.documentElement;
      var body = document.body;
      var menu = document.getElementById("menu");
      var themeButton = document.getElementById("theme");
      var search = document.getElementById("search");

      // The theme switch: as the system, light, dark; remembered.
      var names = { "": "as the system", light: "light", dark: "dark" };
      function showTheme() {
        var choice = root.getAttribute("data-theme") || "";
        themeButton.setAttribute("data-choice", choice);
        themeButton.title = "Colour theme: " + names[choice] + " (click to change)";
      }
      if (themeButton) {
        showTheme();
        themeButton.addEventListener("click", function () {
          var next = { "": "light", light: "dark", dark: "" }[root.getAttribute("data-theme") || ""];
          if (next) { root.setAttribute("data-theme", next); } else { root.removeAttribute("data-theme"); }
          try {
            if (next) { localStorage.setItem("primer-theme", next); } else { localStorage.removeItem("primer-theme"); }
          } catch (e) { /* not remembered */ }
          showTheme();
        });
      }

      // The sidebar on narrow screens.
      function setSidebar(open) {
        body.classList.toggle("sidebar-open", open);
        if (menu) { menu.setAttribute("aria-expanded", open ? "true" : "false"); }
      }
      if (menu) {
        menu.addEventListener("click", function () { setSidebar(!body.classList.contains("sidebar-open")); });
      }
      document.addEventListener("click", function (event) {
        var sidebar = document.getElementById("sidebar");
        if (body.classList.contains("sidebar-open") && sidebar && !sidebar.contains(event.target) &&
            !(menu && menu.contains(event.target))) { setSidebar(false); }
      });

      // Keys: ← → previous and next lesson, / or s search, Esc closes what is open.
      document.addEventListener("keydown", function (event) {
        if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) { return; }
        var target = event.target;
        var typing = target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
        if (event.key === "Escape") {
          setSidebar(false);
          if (window.PrimerSearch) { window.PrimerSearch.close(); }
          if (typing) { target.blur(); }
          return;
        }
        if (typing) { return; }
        if ((event.key === "/" || event.key === "s") && search) {
          event.preventDefault();
          search.focus();
          search.select();
        } else if (event.key === "ArrowLeft" || event.key === "ArrowRight") {
          var link = document.querySelector(event.key === "ArrowLeft" ? "nav.pager a[rel=prev]" : "nav.pager a[rel=next]");
          if (link) { event.preventDefault(); window.location.href = link.href; }
        }
      });

      // A copy button on every code block: copies the code only.
      function copy(text) {
        if (navigator.clipboard && window.isSecureContext) { return navigator.clipboard.writeText(text); }
        return new Promise(function (resolve, reject) {
          var area = document.createElement("textarea");
          area.value = text;
          area.setAttribute("readonly", "");
          area.style.position = "fixed";
          area.style.opacity = "0";
          body.appendChild(area);
          area.select();
          var done = false;
          try { done = document.execCommand("copy"); } catch (e) { done = false; }
          body.removeChild(area);
          if (done) { resolve(); } else { reject(new Error("copy refused")); }
        });
      }
      Array.prototype.forEach.call(document.querySelectorAll("pre > code"), function (code) {
        var box = code.closest(".code, .raw-html") || code.parentNode;
        var button = document.createElement("button");
        button.type = "button";
        button.className = "copy";
        button.textContent = "Copy";
        button.setAttribute("aria-label", "Copy this code");
        button.addEventListener("click", function () {
          copy(code.textContent).then(function () { button.textContent = "Copied"; },
            function () { button.textContent = "Select and copy"; });
          setTimeout(function () { button.textContent = "Copy"; }, 1500);
        });
        if (box === code.parentNode) { box.parentNode.insertBefore(button, box); } else { box.appendChild(button); }
      });

      // The section being read, highlighted in the sidebar.
      var links = Array.prototype.slice.call(document.querySelectorAll(".sidebar .sections a"));
      var targets = links.map(function (a) { return document.getElementById(decodeURIComponent(a.hash.slice(1))); });
      var pending = false;
      function mark() {
        pending = false;
        var line = (document.querySelector("header.site") || body).getBoundingClientRect().bottom + 24;
        var current = -1;
        targets.forEach(function (t, i) { if (t && t.getBoundingClientRect().top <= line) { current = i; } });
        links.forEach(function (a, i) {
          a.classList.toggle("current", i === current);
          if (i === current) { a.setAttribute("aria-current", "location"); } else { a.removeAttribute("aria-current"); }
        });
      }
      if (links.length > 0) {
        window.addEventListener("scroll", function () {
          if (!pending) { pending = true; window.requestAnimationFrame(mark); }
        }, { passive: true });
        mark();
      }

      // Printing shows hints and solutions unfolded.
      window.addEventListener("beforeprint", function () {
        Array.prototype.forEach.call(document.querySelectorAll("details:not([open])"), function (d) {
          d.setAttribute("open", "");
          d.setAttribute("data-printed", "");
        });
      });
      window.addEventListener("afterprint", function () {
        Array.prototype.forEach.call(document.querySelectorAll("details[data-printed]"), function (d) {
          d.removeAttribute("open");
          d.removeAttribute("data-printed");
        });
      });
    })();

    """#

  static let search = #"""
    // Search over every lesson, from search-index.js; no server needed.
    // Sections that contain every word typed, best first: words in the heading count most,
    // then whole words, then how often they occur. `?q=words` in the address searches on load.
    "use strict";
    (function () {
      var input = document.getElementById("search");
      var results = document.getElementById("search-results");
      var index = window.PRIMER_SEARCH || [];
      if (!input || !results) { return; }
      var lowered = index.map(function (entry) {
        return { h: entry.h.toLowerCase(), t: entry.t.toLowerCase(), l: entry.l.toLowerCase() };
      });
      var selected = -1;

      function words(text) {
        return text.toLowerCase().split(/\s+/).filter(Boolean).filter(function (w, i, all) { return all.indexOf(w) === i; });
      }
      function isWordChar(c) { return c !== undefined && /[0-9a-z\u00c0-\uffff]/i.test(c); }
      function occurrences(text, word) {
        var count = 0, whole = 0, at = text.indexOf(word);
        while (at >= 0 && count < 20) {
          count += 1;
          if (!isWordChar(text[at - 1]) && !isWordChar(text[at + word.length])) { whole += 1; }
          at = text.indexOf(word, at + word.length);
        }
        return { count: count, whole: whole };
      }
      function score(entry, query, phrase) {
        var total = 0;
        for (var i = 0; i < query.length; i++) {
          var word = query[i];
          var inHeading = occurrences(entry.h, word), inText = occurrences(entry.t, word);
          if (inHeading.count === 0 && inText.count === 0) { return 0; }
          total += inHeading.count > 0 ? 20 + (inHeading.whole > 0 ? 10 : 0) : 0;
          total += Math.min(inText.count, 8) + 2 * Math.min(inText.whole, 8);
          if (entry.l.indexOf(word) >= 0) { total += 3; }
        }
        if (query.length > 1) {
          if (entry.h.indexOf(phrase) >= 0) { total += 40; }
          if (entry.t.indexOf(phrase) >= 0) { total += 15; }
        }
        return total;
      }
      // Text with every occurrence of the query's words in <mark>, built as DOM nodes.
      function highlighted(text, query) {
        var fragment = document.createDocumentFragment();
        var lower = text.toLowerCase();
        var position = 0;
        while (position < text.length) {
          var next = -1, length = 0;
          query.forEach(function (word) {
            var at = lower.indexOf(word, position);
            if (at >= 0 && (next < 0 || at < next || (at === next && word.length > length))) { next = at; length = word.length; }
          });
          if (next < 0) { break; }
          fragment.appendChild(document.createTextNode(text.slice(position, next)));
          var mark = document.createElement("mark");
          mark.textContent = text.slice(next, next + length);
          fragment.appendChild(mark);
          position = next + length;
        }
        fragment.appendChild(document.createTextNode(text.slice(position)));
        return fragment;
      }
      // About 200 characters of the section's text around the first match, cut at spaces.
      function snippet(text, query) {
        var lower = text.toLowerCase();
        var at = -1;
        query.forEach(function (word) { var i = lower.indexOf(word); if (i >= 0 && (at < 0 || i < at)) { at = i; } });
        if (at < 0) { at = 0; }
        var start = Math.max(0, at - 70);
        if (start > 0) { var space = text.indexOf(" ", start); if (space >= 0 && space < at) { start = space + 1; } }
        var end = Math.min(text.length, start + 200);
        if (end < text.length) { var cut = text.lastIndexOf(" ", end); if (cut > at) { end = cut; } }
        return (start > 0 ? "… " : "") + text.slice(start, end) + (end < text.length ? " …" : "");
      }
      function setAddress(value) {
        try {
          var url = new URL(window.location.href);
          if (value) { url.searchParams.set("q", value); } else { url.searchParams.delete("q"); }
          window.history.replaceState(null, "", url.toString());
        } catch (e) { /* the address stays as it was */ }
      }
      function close() {
        results.hidden = true;
        selected = -1;
      }
      function select(i) {
        var items = results.querySelectorAll("li");
        if (items.length === 0) { return; }
        selected = (i + items.length) % items.length;
        Array.prototype.forEach.call(items, function (item, k) { item.classList.toggle("selected", k === selected); });
        items[selected].scrollIntoView({ block: "nearest" });
      }
      function show() {
        var raw = input.value.trim();
        var query = words(raw);
        setAddress(raw);
        results.textContent = "";
        selected = -1;
        if (query.length === 0) { close(); return; }
        var phrase = query.join(" ");
        var found = [];
        lowered.forEach(function (entry, i) {
          var s = score(entry, query, phrase);
          if (s > 0) { found.push({ i: i, s: s }); }
        });
        found.sort(function (a, b) { return b.s - a.s || a.i - b.i; });
        var total = found.length;
        found = found.slice(0, 40);
        var heading = document.createElement("p");
        heading.className = "where";
        heading.textContent = total === 0 ? "No section mentions all of: " + query.join(" ")
          : total + " matching section" + (total === 1 ? "" : "s") + (total > found.length ? ", the best " + found.length + " shown" : "") + " · ↑ ↓ Enter · Esc closes";
        results.appendChild(heading);
        var list = document.createElement("ol");
        found.forEach(function (hit) {
          var entry = index[hit.i];
          var item = document.createElement("li");
          var link = document.createElement("a");
          link.href = entry.p + (entry.a ? "#" + entry.a : "");
          link.appendChild(highlighted(entry.h, query));
          var where = document.createElement("div");
          where.className = "where";
          where.textContent = entry.l;
          var text = document.createElement("div");
          text.className = "snippet";
          text.appendChild(highlighted(snippet(entry.t, query), query));
          item.appendChild(link);
          item.appendChild(where);
          item.appendChild(text);
          list.appendChild(item);
        });
        results.appendChild(list);
        results.hidden = false;
      }
      input.addEventListener("input", show);
      input.addEventListener("focus", function () { if (input.value.trim()) { show(); } });
      input.addEventListener("keydown", function (event) {
        if (event.key === "ArrowDown") { event.preventDefault(); select(selected + 1); }
        else if (event.key === "ArrowUp") { event.preventDefault(); select(selected - 1); }
        else if (event.key === "Enter") {
          var links = results.querySelectorAll("li > a");
          var link = links[selected >= 0 ? selected : 0];
          if (link) { event.preventDefault(); window.location.href = link.href; }
        }
      });
      document.addEventListener("click", function (event) {
        if (!results.hidden && !results.contains(event.target) && event.target !== input) { close(); }
      });
      results.addEventListener("click", function (event) { if (event.target.closest("a")) { close(); } });
      window.PrimerSearch = { close: close, show: show };
      var initial = new URLSearchParams(window.location.search).get("q");
      if (initial) { input.value = initial; show(); }
    })();

    """#
}
