// The reader's colour theme, before the body paints (loaded synchronously in <head>). The choice is kept in
// localStorage, never in a cookie, so the server's HTML stays the same for everyone and cacheable (ADR-034).
// No stored choice means Auto: app.css follows prefers-color-scheme. A choice equal to the system's is stored as Auto.
(() => {
  const key = "awesomeclip-theme";
  const systemDark = matchMedia("(prefers-color-scheme: dark)");
  const system = () => (systemDark.matches ? "dark" : "light");

  function stored() {
    try {
      const value = localStorage.getItem(key);
      return value === "dark" || value === "light" ? value : null;
    } catch {
      return null; // storage blocked: Auto
    }
  }

  function store(theme) {
    try {
      if (theme === system()) localStorage.removeItem(key);
      else localStorage.setItem(key, theme);
    } catch {
      // storage blocked: the choice lasts for this page only
      document.documentElement.dataset.theme = theme;
    }
  }

  // Idempotent, and writes only what differs: it also runs from the observer below, after Blazor's enhanced
  // navigation has copied the server's <html> and header (without data-theme, button hidden) over the page.
  function apply() {
    const root = document.documentElement;
    const choice = stored();
    if (choice !== null && root.dataset.theme !== choice) root.dataset.theme = choice;
    if (choice === null && root.hasAttribute("data-theme") && !blocked) root.removeAttribute("data-theme");
    const pressed = String((choice ?? system()) === "dark");
    for (const button of document.querySelectorAll("[data-theme-toggle]")) {
      if (button.hidden) button.hidden = false;
      if (button.getAttribute("aria-pressed") !== pressed) button.setAttribute("aria-pressed", pressed);
    }
  }

  let blocked = false;
  try { localStorage.getItem(key); } catch { blocked = true; }

  apply();
  document.addEventListener("click", (event) => {
    const button = event.target instanceof Element ? event.target.closest("[data-theme-toggle]") : null;
    if (!button) return;
    const current = stored() ?? document.documentElement.dataset.theme ?? system();
    store(current === "dark" ? "light" : "dark");
    apply();
  });
  systemDark.addEventListener("change", apply);
  addEventListener("storage", (event) => { if (event.key === key) apply(); });
  new MutationObserver(apply).observe(document.documentElement, {
    attributes: true, attributeFilter: ["data-theme", "hidden", "aria-pressed"], childList: true, subtree: true,
  });
})();
