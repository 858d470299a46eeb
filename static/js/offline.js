/* Registers the service worker (/sw.js) and drives "Offline speichern" on the start page and the
   list on the "Offline verfügbar" page. Without JavaScript the site works as before; nothing here
   downloads anything but /sw.js unless the visitor presses the button. See docs/features.md. */
(function () {
  "use strict";
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
