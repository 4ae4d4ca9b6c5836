// The editor: form and YAML tab, live preview, problems beside their fields, save.
"use strict";
const editor = document.querySelector(".editor");
const PATH = editor.dataset.path;
const form = document.getElementById("spec-form");
const yamlBox = document.getElementById("yaml");
const statusBox = document.getElementById("status");
const WAIT_MS = 200;  // after typing stops
let base = editor.dataset.base;
let saved = yamlBox.value;
let seq = 0;
let timer = null;

function say(text) { statusBox.textContent = text; }
function dirty() { return yamlBox.value !== saved; }

function fields() {
  const out = {};
  for (const el of form.querySelectorAll("[name]")) {
    if (!el.name.includes(":") || el.type === "radio") continue;
    out[el.name] = el.type === "checkbox" ? (el.checked ? "true" : "false") : el.value;
  }
  return out;
}

async function update(extra) {
  const mine = ++seq;
  const started = performance.now();
  say("Updating the preview…");
  const {status, data} = await postJSON("/api/update", {path: PATH, yaml: yamlBox.value, ...extra});
  if (mine !== seq) return;  // a newer edit is on its way
  if (status !== 200) { say(data.error || "The preview could not be made."); return; }
  if (!extra.fromYaml) yamlBox.value = data.yaml;
  if (data.form !== undefined) showForm(data.form, data.focus);
  showPages(data);
  showProblems(data.problems);
  const ms = Math.round(performance.now() - started);
  editor.dataset.previewMs = ms;
  const n = data.problems.length;
  say((data.ok ? "Preview updated" : "Not built: see the problems") +
      (n ? ` · ${n} problem${n === 1 ? "" : "s"}` : "") + (dirty() ? " · not saved yet" : ""));
}

function showForm(html, focus) {
  form.innerHTML = html;
  for (const id of focus || []) {
    const target = document.getElementById(id);
    if (!target) continue;
    const el = target.matches("input,textarea,select,h2") ? target :
      target.querySelector("input,textarea,select");
    if (el) { el.focus(); return; }
  }
}

function showPages(data) {
  if (!data.ok) return;  // keep the last good pages beside the problems
  const box = document.getElementById("pages");
  box.replaceChildren(...data.pages.map((src, i) => {
    const img = document.createElement("img");
    img.src = src;
    img.alt = `Page ${i + 1} of ${data.count}`;
    return img;
  }));
  document.getElementById("pages-count").textContent =
    `(${data.count} page${data.count === 1 ? "" : "s"})`;
}

function item(p) {
  const li = document.createElement("li");
  li.className = p.level;
  li.textContent = p.text;
  return li;
}

function showProblems(problems) {
  for (const ul of document.querySelectorAll("ul.problems")) ul.replaceChildren();
  const all = document.getElementById("all-problems");
  const inYaml = document.getElementById("yaml-problems");
  for (const p of problems) {
    all.append(item(p));
    inYaml.append(item(p));
    const near = document.getElementById("p-" + p.anchor) || document.getElementById("p-top");
    if (near) near.append(item(p));
  }
}

function later(extra) {
  clearTimeout(timer);
  timer = setTimeout(() => update(extra), WAIT_MS);
}

form.addEventListener("input", (e) => {
  if (e.target.type === "radio") return;
  later({fields: fields()});
});
form.addEventListener("change", (e) => {
  const el = e.target;
  if (el.dataset.op === "drawing") {
    clearTimeout(timer);
    update({fields: fields(), op: {op: "drawing", path: el.dataset.path, name: el.value}});
  }
});
form.addEventListener("click", (e) => {
  const b = e.target.closest("button[data-op]");
  if (!b) return;
  clearTimeout(timer);
  const op = {op: b.dataset.op, path: b.dataset.path, by: b.dataset.by};
  if (op.op === "add-block") op.kind = document.getElementById("add-kind").value;
  update({fields: fields(), op});
});
yamlBox.addEventListener("input", () => later({form: true, fromYaml: true}));

// Tabs: arrow keys move between them, as screen readers expect.
const tabs = [...document.querySelectorAll('[role="tab"]')];
function pick(tab) {
  for (const t of tabs) {
    const on = t === tab;
    t.setAttribute("aria-selected", on);
    t.tabIndex = on ? 0 : -1;
    document.getElementById(t.getAttribute("aria-controls")).hidden = !on;
  }
  tab.focus();
}
for (const t of tabs) {
  t.addEventListener("click", () => pick(t));
  t.addEventListener("keydown", (e) => {
    if (e.key === "ArrowRight" || e.key === "ArrowLeft") pick(tabs[(tabs.indexOf(t) + 1) % 2]);
  });
}

async function save(force) {
  clearTimeout(timer);
  const {status, data} = await postJSON("/api/save", {path: PATH, yaml: yamlBox.value, base});
  if (status === 200) {
    base = data.base;
    saved = yamlBox.value;
    document.getElementById("conflict").hidden = true;
    say("Saved");
  } else if (status === 409) {
    document.getElementById("conflict-mine").value = yamlBox.value;
    document.getElementById("conflict-disk").value = data.disk;
    document.getElementById("conflict").hidden = false;
    document.getElementById("conflict").dataset.base = data.base;
    document.getElementById("keep-mine").focus();
    say("Not saved: the file changed on disk");
  } else {
    say(data.error || "Not saved");
  }
}
document.getElementById("save").addEventListener("click", () => save());
document.getElementById("keep-mine").addEventListener("click", () => {
  base = document.getElementById("conflict").dataset.base;
  save();
});
document.getElementById("take-disk").addEventListener("click", () => {
  const box = document.getElementById("conflict");
  base = box.dataset.base;
  yamlBox.value = saved = document.getElementById("conflict-disk").value;
  box.hidden = true;
  update({form: true});
});
document.addEventListener("keydown", (e) => {
  if ((e.ctrlKey || e.metaKey) && e.key === "s") { e.preventDefault(); save(); }
});
window.addEventListener("beforeunload", (e) => { if (dirty()) e.preventDefault(); });

for (const b of document.querySelectorAll("button.dl")) {
  b.addEventListener("click", async () => {
    say("Making the PDF…");
    const body = new FormData();
    body.append("path", PATH);
    body.append("what", b.dataset.what);
    body.append("yaml", yamlBox.value);
    const r = await fetch("/download", {method: "POST", body,
                                        headers: {"X-Studio-Token": TOKEN}});
    if (!r.ok) { say(await r.text()); return; }
    const name = (r.headers.get("Content-Disposition") || "").split('"')[1] || "handout.pdf";
    const a = document.createElement("a");
    a.href = URL.createObjectURL(await r.blob());
    a.download = name;
    document.body.append(a);
    a.click();
    a.remove();
    say(`Downloaded ${name}`);
  });
}

update({});
