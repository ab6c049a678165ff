// Passkey login and registration. Options are fetched when the page loads, so that
// the tap can call WebAuthn straight away: iOS forgets the user's tap if the call
// waits for a network request first.
"use strict";

(function () {
  var IN_APP_BROWSER = /FBAN|FBAV|Instagram|Line\/|Snapchat|TikTok|musical_ly|GSA\//;

  function toBytes(base64url) {
    var base64 = base64url.replace(/-/g, "+").replace(/_/g, "/");
    var binary = atob(base64 + "===".slice((base64.length + 3) % 4));
    return Uint8Array.from(binary, function (c) { return c.charCodeAt(0); });
  }

  function toBase64url(buffer) {
    var binary = String.fromCharCode.apply(null, new Uint8Array(buffer));
    return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  }

  function csrfToken() {
    var match = document.cookie.match(/(?:^|;\s*)csrftoken=([^;]+)/);
    return match ? decodeURIComponent(match[1]) : "";
  }

  function creationOptions(json) {
    var options = Object.assign({}, json);
    options.challenge = toBytes(json.challenge);
    options.user = Object.assign({}, json.user, { id: toBytes(json.user.id) });
    options.excludeCredentials = (json.excludeCredentials || []).map(function (c) {
      return Object.assign({}, c, { id: toBytes(c.id) });
    });
    return options;
  }

  function requestOptions(json) {
    var options = Object.assign({}, json);
    options.challenge = toBytes(json.challenge);
    options.allowCredentials = (json.allowCredentials || []).map(function (c) {
      return Object.assign({}, c, { id: toBytes(c.id) });
    });
    return options;
  }

  function credentialJson(credential) {
    var response = credential.response;
    var json = {
      id: credential.id,
      rawId: toBase64url(credential.rawId),
      type: credential.type,
      clientExtensionResults: credential.getClientExtensionResults(),
      authenticatorAttachment: credential.authenticatorAttachment || null,
      response: { clientDataJSON: toBase64url(response.clientDataJSON) }
    };
    if (response.attestationObject) {
      json.response.attestationObject = toBase64url(response.attestationObject);
      json.response.transports = response.getTransports ? response.getTransports() : [];
    } else {
      json.response.authenticatorData = toBase64url(response.authenticatorData);
      json.response.signature = toBase64url(response.signature);
      json.response.userHandle = response.userHandle ? toBase64url(response.userHandle) : null;
    }
    return json;
  }

  function deviceName() {
    var agent = navigator.userAgent;
    if (/iPhone/.test(agent)) return "iPhone";
    if (/iPad/.test(agent)) return "iPad";
    if (/Android/.test(agent)) return "Android-telefon";
    if (/Mac/.test(agent)) return "Mac";
    if (/Windows/.test(agent)) return "Windows-computer";
    return "Min enhed";
  }

  function post(url, body) {
    return fetch(url, {
      method: "POST",
      credentials: "same-origin",
      headers: {
        "Content-Type": "application/json",
        "Accept": "application/json",
        "X-CSRFToken": csrfToken()
      },
      body: JSON.stringify(body)
    }).then(function (response) {
      return response.json().then(function (answer) {
        if (!response.ok) throw new Error(answer.title || "");
        return answer;
      });
    });
  }

  function fetchOptions(url) {
    return fetch(url, { credentials: "same-origin", headers: { "Accept": "application/json" } })
      .then(function (response) {
        if (!response.ok) throw new Error("options " + response.status);
        return response.json();
      });
  }

  // One ceremony: fetch options now, run WebAuthn on the tap, post the result.
  function setUp(box, button, errorText, makeOptions, ceremony, submit) {
    var options = null;
    function prepare() {
      button.disabled = true;
      fetchOptions(box.dataset.optionsUrl).then(function (json) {
        options = makeOptions(json);
        button.disabled = false;
      }).catch(function () { box.hidden = true; });
    }
    // The words come from the page, so they follow its language.
    function fail(message) {
      errorText.textContent = message || box.dataset.failedMessage;
      errorText.hidden = false;
      prepare();
    }
    box.hidden = false;
    button.addEventListener("click", function () {
      if (!options) return;
      errorText.hidden = true;
      var chosen = options;
      options = null;
      ceremony(chosen)
        .then(submit)
        .then(function (answer) { window.location.assign(answer.redirect); })
        .catch(function (error) {
          var cancelled = error && error.name === "NotAllowedError";
          fail(cancelled ? box.dataset.cancelledMessage : error.message);
        });
    });
    prepare();
  }

  function start() {
    if (IN_APP_BROWSER.test(navigator.userAgent)) {
      var warning = document.getElementById("in-app-browser");
      if (warning) warning.hidden = false;
    }
    if (!window.PublicKeyCredential) return;

    var login = document.getElementById("passkey-login");
    if (login) {
      setUp(login, document.getElementById("passkey-login-button"),
        document.getElementById("passkey-login-error"), requestOptions,
        function (publicKey) { return navigator.credentials.get({ publicKey: publicKey }); },
        function (credential) { return post(login.dataset.loginUrl, credentialJson(credential)); });
    }
    var register = document.getElementById("passkey-register");
    if (register) {
      setUp(register, document.getElementById("passkey-register-button"),
        document.getElementById("passkey-register-error"), creationOptions,
        function (publicKey) { return navigator.credentials.create({ publicKey: publicKey }); },
        function (credential) {
          return post(register.dataset.registerUrl,
            { credential: credentialJson(credential), device_name: deviceName() });
        });
    }
  }

  document.addEventListener("DOMContentLoaded", start);
})();
