// Keyboard shortcuts of the reading pages (an external script: the Content-Security-Policy allows no inline script).
//  /          focuses the search box (the search page's own on /search), unless the reader is typing somewhere
//  Escape     in a search box, leaves it (without clearing it, which Chromium does by default)
//  ArrowDown  from a search box or a result title, focuses the next result title; ArrowUp the previous one (from the
//             first, back to the search box). Elsewhere the arrows scroll as usual. Enter opens the title's link natively.
// Listeners sit on the document, so they survive Blazor's enhanced navigation and interactive re-renders.
(() => {
  const boxes = "#search-q, #site-search";
  const titles = ".hit .paper-title, .paper-row .paper-title";

  const isTyping = (el) =>
    el instanceof HTMLElement && (el.isContentEditable || el.matches("input, textarea, select"));

  const searchBox = () => document.getElementById("search-q") ?? document.getElementById("site-search");

  const visibleTitles = () =>
    [...document.querySelectorAll(titles)].filter((el) => el.getClientRects().length > 0);

  document.addEventListener("keydown", (event) => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.isComposing) return;
    const target = event.target;

    if (event.key === "/" && !isTyping(target)) {
      const box = searchBox();
      if (!box) return;
      event.preventDefault();
      box.focus();
      box.select();
      return;
    }

    const inBox = target instanceof Element && target.matches(boxes);
    if (event.key === "Escape" && inBox) {
      event.preventDefault();
      target.blur();
      return;
    }

    if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
    const list = visibleTitles();
    const index = list.indexOf(target);
    if (index < 0 && !(inBox && event.key === "ArrowDown")) return;
    if (list.length === 0) return;
    event.preventDefault();
    if (index < 0) {
      list[0].focus();
    } else if (event.key === "ArrowDown") {
      list[Math.min(index + 1, list.length - 1)].focus();
    } else if (index > 0) {
      list[index - 1].focus();
    } else {
      searchBox()?.focus();
    }
  });
})();
