// The reader's choice of list view (detailed rows or titles only), kept in this browser. Loaded in <head> before the
// body, so the page paints in the chosen view; pages are cached for everyone and never vary by it. app.css hides the
// rows' details under html[data-view="compact"] and shows the toggle only once data-view is set (never without JS).
(function () {
  "use strict";
  var key = "awesomeclip.view";
  var views = ["detailed", "compact"];

  function stored() {
    try {
      var value = localStorage.getItem(key);
      return views.indexOf(value) >= 0 ? value : "detailed";
    } catch (e) {
      return "detailed"; // storage refused (private mode, policy): the default view
    }
  }

  var view = stored();
  var root = document.documentElement;

  function syncButtons() {
    var buttons = document.querySelectorAll("[data-view-choice]");
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].setAttribute("aria-pressed", buttons[i].getAttribute("data-view-choice") === view ? "true" : "false");
    }
  }

  function apply() {
    if (root.getAttribute("data-view") !== view) root.setAttribute("data-view", view);
    syncButtons();
  }

  apply();

  // Blazor's enhanced navigation brings the <html> attributes of the next page, which has none: put the choice back.
  new MutationObserver(function () {
    if (root.getAttribute("data-view") !== view) apply();
  }).observe(root, { attributes: true, attributeFilter: ["data-view"] });

  document.addEventListener("click", function (event) {
    var button = event.target instanceof Element ? event.target.closest("[data-view-choice]") : null;
    if (!button) return;
    view = button.getAttribute("data-view-choice") === "compact" ? "compact" : "detailed";
    try {
      localStorage.setItem(key, view);
    } catch (e) {
      // not kept, but still applied to this page
    }
    apply();
  });

  document.addEventListener("DOMContentLoaded", function () {
    syncButtons();
    if (window.Blazor && typeof window.Blazor.addEventListener === "function") {
      window.Blazor.addEventListener("enhancedload", apply);
    }
  });
})();
