// The library: new specs, copies and translations.
"use strict";
const status = document.getElementById("library-status");

async function go(url, body) {
  const {status: code, data} = await postJSON(url, body);
  if (code === 200 && data.url) { window.location = data.url; return; }
  status.textContent = data.error || "That did not work.";
}

document.getElementById("new-form").addEventListener("submit", (e) => {
  e.preventDefault();
  go("/api/new", {kind: document.getElementById("new-kind").value,
                  name: document.getElementById("new-name").value,
                  lang: document.getElementById("new-lang").value.trim() || "en"});
});

for (const b of document.querySelectorAll("button.copy")) {
  b.addEventListener("click", () => {
    const name = window.prompt("A name for the copy (letters, digits, - or _):",
                               b.dataset.path.split("/").pop().replace(".yaml", "") + "-copy");
    if (name) go("/api/copy", {path: b.dataset.path, name});
  });
}
for (const b of document.querySelectorAll("button.translate")) {
  b.addEventListener("click", () => {
    const lang = b.closest(".actions").querySelector("input.lang").value.trim();
    if (!lang) { status.textContent = "Type a language code first, like es."; return; }
    go("/api/copy", {path: b.dataset.path, lang});
  });
}
