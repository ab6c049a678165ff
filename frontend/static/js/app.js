// Ungeoverblik: what every page does in the browser. No inline script anywhere, so the
// Content-Security-Policy can forbid it.
"use strict";

(function () {
  function registerServiceWorker() {
    if (!("serviceWorker" in navigator)) return;
    navigator.serviceWorker.register("/sw.js", { scope: "/" }).catch(function (error) {
      console.warn("service worker not registered:", error.name);
    });
  }

  function isStandalone() {
    return window.matchMedia("(display-mode: standalone)").matches ||
      window.navigator.standalone === true;
  }

  function isIos() {
    var platform = navigator.userAgent || "";
    var iPadAsMac = platform.includes("Macintosh") && navigator.maxTouchPoints > 1;
    return /iPhone|iPad|iPod/.test(platform) || iPadAsMac;
  }

  // Browsers that can install a web app fire `beforeinstallprompt`; we keep the event
  // and offer our own button. iOS has no such event, so there we show a short guide.
  function offerInstall() {
    var section = document.getElementById("install");
    if (!section || isStandalone()) return;
    var button = document.getElementById("install-button");
    var iosGuide = document.getElementById("install-ios");
    var done = document.getElementById("install-done");
    var deferredPrompt = null;

    if (isIos()) {
      // Every browser on iOS installs through Safari's share menu, never a prompt.
      section.hidden = false;
      iosGuide.hidden = false;
      return;
    }

    window.addEventListener("beforeinstallprompt", function (event) {
      event.preventDefault();
      deferredPrompt = event;
      section.hidden = false;
      button.hidden = false;
    });

    button.addEventListener("click", function () {
      if (!deferredPrompt) return;
      deferredPrompt.prompt();
      deferredPrompt.userChoice.finally(function () {
        deferredPrompt = null;
        button.hidden = true;
      });
    });

    window.addEventListener("appinstalled", function () {
      button.hidden = true;
      done.hidden = false;
    });
  }

  // Litestar's CSRF protection reads the token from this header; htmx sends it with
  // every request it makes.
  function sendCsrfTokenWithHtmx() {
    document.body.addEventListener("htmx:configRequest", function (event) {
      var match = document.cookie.match(/(?:^|;\s*)csrftoken=([^;]+)/);
      if (match) event.detail.headers["X-CSRFToken"] = decodeURIComponent(match[1]);
    });
  }

  // A page kept for offline reading says so when the phone has no network.
  function showOfflineNotice() {
    var notice = document.getElementById("offline-notice");
    if (!notice) return;
    function update() { notice.hidden = navigator.onLine; }
    window.addEventListener("online", update);
    window.addEventListener("offline", update);
    update();
  }

  // After logging out, nothing personal may stay in the browser's caches.
  function forgetPersonalDataAfterLogout() {
    if (!document.body.hasAttribute("data-logged-out")) return;
    if (navigator.serviceWorker && navigator.serviceWorker.controller) {
      navigator.serviceWorker.controller.postMessage({ type: "forget-personal" });
    }
  }

  registerServiceWorker();
  document.addEventListener("DOMContentLoaded", showOfflineNotice);
  document.addEventListener("DOMContentLoaded", forgetPersonalDataAfterLogout);
  document.addEventListener("DOMContentLoaded", sendCsrfTokenWithHtmx);
  document.addEventListener("DOMContentLoaded", offerInstall);
})();
