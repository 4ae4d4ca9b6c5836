// Shared by the studio's pages: every change is a POST carrying this run's token.
"use strict";
const TOKEN = document.querySelector('meta[name="studio-token"]').content;

async function postJSON(url, body) {
  const r = await fetch(url, {
    method: "POST",
    headers: {"Content-Type": "application/json", "X-Studio-Token": TOKEN},
    body: JSON.stringify(body),
  });
  let data = {};
  try { data = await r.json(); } catch (e) { data = {error: await r.text()}; }
  return {status: r.status, data};
}
