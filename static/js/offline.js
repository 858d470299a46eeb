/* Registers the service worker (/sw.js), drives "Offline speichern" on the start page and the
   list on the "Offline verfügbar" page, and keeps a form as typed when it cannot be sent. Without
   JavaScript the site works as before; nothing here downloads anything but /sw.js (and the
   connection check when a form is sent) unless the visitor presses the button. See docs/features.md. */
(function () {
  "use strict";
  var script = document.currentScript;

  /* Forms need a connection (issue 20). A POST form sent without one loses what was typed: the
     browser's error page or the service worker's offline page replaces it, and a page with a form
     is never kept. So a POST form first asks the server a tiny question (/verbindung, no-store,
     not answered by the service worker); without an answer the form stays as typed and a message
     beside it says so. Asked every time, not only when navigator.onLine is false: a phone on a
     Wi-Fi without Internet, or with the server down, still says it is online. Nothing is queued
     or sent later: the visitor sends again. Without requestSubmit (old browsers) forms go as before. */
  var CHECK_TIMEOUT_MS = 8000;
  var formMessage = script && script.getAttribute("data-form-offline");
  var checkUrl = script && script.getAttribute("data-connection-check");

  function reachable() {
    if (navigator.onLine === false) return Promise.resolve(false);
    var controller = window.AbortController ? new AbortController() : null;
    var timer = controller && setTimeout(function () { controller.abort(); }, CHECK_TIMEOUT_MS);
    var options = { cache: "no-store", credentials: "omit", signal: controller ? controller.signal : undefined };
    // Any answer counts: the server (or what stands in front of it) is there and answers the form itself.
    return fetch(checkUrl, options).then(
      function () { clearTimeout(timer); return true; },
      function () { clearTimeout(timer); return false; }
    );
  }

  function forget(form) {
    var shown = form.offlineMessage;
    if (!shown) return;
    shown.message.remove();
    if (shown.button) {
      var rest = (shown.button.getAttribute("aria-describedby") || "").split(" ").filter(function (id) {
        return id && id !== shown.message.id;
      });
      if (rest.length) shown.button.setAttribute("aria-describedby", rest.join(" "));
      else shown.button.removeAttribute("aria-describedby");
    }
    form.offlineMessage = null;
  }

  var counter = 0;
  function say(form, button) {
    forget(form); // a new alert, so it is announced again
    var message = document.createElement("p");
    message.className = "form-errors form-offline";
    message.setAttribute("role", "alert");
    message.id = (form.id || "form-" + ++counter) + "-offline";
    message.textContent = formMessage;
    form.parentNode.insertBefore(message, form.nextSibling); // right below the button just pressed
    if (button) {
      // Read again when the visitor comes back to the button.
      var ids = button.getAttribute("aria-describedby");
      button.setAttribute("aria-describedby", ids ? ids + " " + message.id : message.id);
    }
    form.offlineMessage = { message: message, button: button };
    if (message.scrollIntoView) message.scrollIntoView({ block: "nearest" });
  }

  if (formMessage && checkUrl && window.fetch && window.HTMLFormElement && HTMLFormElement.prototype.requestSubmit) {
    var passing = null; // the form whose check has just passed: its next submit goes through
    document.addEventListener("submit", function (event) {
      var form = event.target;
      var button = event.submitter || null;
      var method = (button && button.getAttribute("formmethod")) || form.getAttribute("method") || "get";
      if (method.toLowerCase() !== "post" || event.defaultPrevented) return;
      if (passing === form) {
        passing = null;
        return;
      }
      event.preventDefault();
      if (form.getAttribute("aria-busy") === "true") return; // pressed again while asking
      form.setAttribute("aria-busy", "true");
      reachable().then(function (yes) {
        form.removeAttribute("aria-busy");
        if (!yes) return say(form, button);
        forget(form);
        passing = form;
        form.requestSubmit(button); // fires "submit" at once (the check above lets it through)
        passing = null;
      });
    });
  }

  if (!("serviceWorker" in navigator) || !window.caches) return;
  var saveData = !!(navigator.connection && navigator.connection.saveData);

  navigator.serviceWorker.register("/sw.js", { scope: "/" }).catch(function () {});

  function ask(message) {
    return navigator.serviceWorker.ready.then(function (registration) {
      return new Promise(function (resolve, reject) {
        var channel = new MessageChannel();
        channel.port1.onmessage = function (event) {
          if (event.data && event.data.ok) resolve(event.data);
          else reject(event.data);
        };
        registration.active.postMessage(message, [channel.port2]);
      });
    });
  }

  function ready(callback) {
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", callback);
    else callback();
  }

  ready(function () {
    var box = document.querySelector("[data-offline-save]");
    if (box && !saveData) {
      var button = box.querySelector("button");
      var status = box.querySelector("[role=status]");
      box.hidden = false;
      button.addEventListener("click", function () {
        button.disabled = true;
        box.setAttribute("data-state", "saving");
        status.textContent = box.getAttribute("data-saving");
        ask({ type: "save-pack", pack: box.getAttribute("data-pack") }).then(
          function () {
            box.setAttribute("data-state", "done");
            status.textContent = box.getAttribute("data-done");
            button.disabled = false;
          },
          function () {
            box.setAttribute("data-state", "failed");
            status.textContent = box.getAttribute("data-failed");
            button.disabled = false;
          }
        );
      });
    }

    var stored = document.querySelector("[data-offline-stored]");
    if (stored) {
      var list = stored.querySelector("[data-offline-list]");
      var empty = stored.querySelector("[data-offline-empty]");
      var clear = stored.querySelector("[data-offline-clear]");
      var clearStatus = stored.querySelector("[data-offline-clear-status]");
      var show = function () {
        ask({ type: "list", language: document.documentElement.lang }).then(function (answer) {
          list.textContent = "";
          answer.pages.forEach(function (page) {
            var item = document.createElement("li");
            var link = document.createElement("a");
            link.href = page.url;
            link.textContent = page.title || decodeURI(page.url);
            item.appendChild(link);
            list.appendChild(item);
          });
          empty.hidden = answer.pages.length > 0;
          stored.hidden = false;
        }, function () {});
      };
      show();
      clear.addEventListener("click", function () {
        ask({ type: "clear" }).then(function () {
          clearStatus.textContent = clear.getAttribute("data-done");
          show();
        }, function () {});
      });
    }
  });
})();
