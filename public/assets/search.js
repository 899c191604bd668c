// sitegen search: finds pages in the index the page loads (window.sitegenSearchIndex), without
// a server. The query is folded like the index (no diacritics, đ → d, lower case), so
// "cau giay" finds "Cầu Giấy". Every page stays readable without this script.
(function () {
  "use strict";
  var index = window.sitegenSearchIndex || [];
  var form = document.querySelector(".search-page-form");
  var input = document.getElementById("search-query");
  var list = document.getElementById("search-results");
  var status = document.getElementById("search-status");
  if (!form || !input || !list || !status) return;
  // The path from this page back to the site root: the search page is two folders deep.
  var root = "../../";

  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "")
      .replace(/[đĐ]/g, "d").toLowerCase();
  }

  function search(query) {
    var words = fold(query).split(/[^a-z0-9]+/).filter(Boolean);
    if (words.length === 0) return [];
    return index.filter(function (entry) {
      return words.every(function (word) { return entry.f.indexOf(word) !== -1; });
    });
  }

  function show(query) {
    list.textContent = "";
    if (!query.trim()) { status.textContent = ""; return; }
    var results = search(query);
    status.textContent = results.length === 0
      ? status.getAttribute("data-empty")
      : status.getAttribute("data-count").replace("{count}", String(results.length));
    results.slice(0, 100).forEach(function (entry) {
      var item = document.createElement("li");
      var kind = document.createElement("span");
      kind.className = "kind";
      kind.textContent = entry.k;
      var link = document.createElement("a");
      link.href = root + entry.u;
      link.textContent = entry.t;
      item.appendChild(kind);
      item.appendChild(link);
      if (entry.n) {
        var note = document.createElement("span");
        note.className = "note";
        note.textContent = " · " + entry.n;
        item.appendChild(note);
      }
      list.appendChild(item);
    });
  }

  var params = new URLSearchParams(window.location.search);
  var initial = params.get("q") || "";
  input.value = initial;
  show(initial);
  input.addEventListener("input", function () { show(input.value); });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    show(input.value);
    if (window.history && window.history.replaceState) {
      window.history.replaceState(null, "", "?q=" + encodeURIComponent(input.value));
    }
  });
})();
