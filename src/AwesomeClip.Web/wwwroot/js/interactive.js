// Small helpers for interactive pages (loaded as a module, so the Content-Security-Policy needs no inline script).

/** Marks the document once a live connection drives the page; tests wait for it instead of sleeping. */
export function markInteractive() {
  document.documentElement.dataset.interactive = "true";
}

/** Keeps the address bar in step with the search without navigating (results are already on the page). */
export function replaceUrl(url) {
  if (location.pathname + location.search !== url) history.replaceState(history.state, "", url);
}

/** Focuses a field of the editor (a link a maintainer came to fix from Link health) and brings it into view. */
export function focusField(id) {
  const field = document.getElementById(id);
  if (!field) return;
  field.scrollIntoView({ block: "center" });
  field.focus({ preventScroll: true });
}
