/* woo-redact review screen: selection, keyboard shortcuts, decisions, manual additions.
   Everything the server sends is set with textContent, never as HTML. */
(function () {
  "use strict";
  const csrf = document.querySelector('meta[name="csrf-token"]').content;
  const docIndex = Number(document.body.dataset.doc);
  const rows = Array.from(document.querySelectorAll("#findings li.row"));
  const message = document.getElementById("message");
  let current = -1;
  let addMode = false;

  function say(text, isError) {
    message.textContent = text;
    message.className = isError ? "error" : "";
  }

  async function post(url, body) {
    const resp = await fetch(url, {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRF-Token": csrf },
      body: JSON.stringify(body),
    });
    let data = {};
    try { data = await resp.json(); } catch (e) { data = { message: resp.statusText }; }
    if (!resp.ok) { throw new Error(data.message || resp.statusText); }
    return data;
  }

  async function getJson(url) {
    const resp = await fetch(url, { credentials: "same-origin" });
    let data = {};
    try { data = await resp.json(); } catch (e) { data = { message: resp.statusText }; }
    if (!resp.ok) { throw new Error(data.message || resp.statusText); }
    return data;
  }

  function reloadWith(findingId, docOverride) {
    const params = new URLSearchParams(window.location.search);
    params.set("doc", String(docOverride === undefined ? docIndex : docOverride));
    if (findingId) { params.set("f", findingId); } else { params.delete("f"); }
    window.location.replace("/?" + params.toString());
  }

  function select(i, scroll) {
    if (i < 0 || i >= rows.length) { return; }
    const row = rows[i];
    if (Number(row.dataset.doc) !== docIndex) { reloadWith(row.dataset.id, Number(row.dataset.doc)); return; }
    rows.forEach((r) => r.classList.remove("selected"));
    document.querySelectorAll("rect.box.selected").forEach((r) => r.classList.remove("selected"));
    row.classList.add("selected");
    current = i;
    const info = JSON.parse(row.dataset.info);
    document.getElementById("detail").hidden = false;
    document.getElementById("d-text").textContent = info.text || "(image or ink area)";
    document.getElementById("d-type").textContent = info.type;
    document.getElementById("d-status").textContent = info.label;
    document.getElementById("d-ground").textContent = info.ground;
    document.getElementById("d-score").textContent = Number(info.score).toFixed(2);
    document.getElementById("d-detectors").textContent = info.detectors.join(", ");
    document.getElementById("d-source").textContent = info.source || "text layer";
    document.getElementById("d-count").textContent = String(info.count);
    document.getElementById("ground-select").value = info.ground;
    const reasons = document.getElementById("d-reasons");
    reasons.replaceChildren();
    Array.from(new Set(info.reasons)).forEach((r) => {
      const li = document.createElement("li");
      li.textContent = r;
      reasons.appendChild(li);
    });
    const boxes = document.querySelectorAll('rect.box[data-id="' + CSS.escape(row.dataset.id) + '"]');
    boxes.forEach((b) => b.classList.add("selected"));
    if (scroll) {
      row.scrollIntoView({ block: "nearest" });
      if (boxes.length) { boxes[0].scrollIntoView({ block: "center", inline: "nearest" }); }
    }
  }

  async function decide(action, all, expect) {
    if (current < 0) { say("Select a finding first (j/k or click).", true); return; }
    const row = rows[current];
    const body = { doc: docIndex, finding: row.dataset.id, action: action, all: Boolean(all) };
    if (all) { body.expect = expect; }
    if (action === "ground") { body.ground = document.getElementById("ground-select").value; }
    try {
      const data = await post("/api/decide", body);
      say(data.decided + " decision(s) saved");
      if (data.bulk) {  // undoable after the reload
        sessionStorage.setItem("wooUndo", JSON.stringify({ bulk: data.bulk, n: data.decided }));
      }
      const next = nextToReview(current);
      reloadWith(next);
    } catch (e) { say(e.message, true); }
  }

  function nextToReview(from) {
    for (let i = from + 1; i < rows.length; i++) {
      if (rows[i].classList.contains("status-to_review") && Number(rows[i].dataset.doc) === docIndex) {
        return rows[i].dataset.id;
      }
    }
    return rows[from].dataset.id;
  }

  async function applyToAll() {
    if (current < 0) { say("Select a finding first.", true); return; }
    const row = rows[current];
    const info = JSON.parse(row.dataset.info);
    const action = info.status === "rejected" || info.status === "kept" ? "reject" : "confirm";
    let occ;
    try {
      occ = await getJson("/api/occurrences?doc=" + docIndex + "&finding=" + encodeURIComponent(row.dataset.id));
    } catch (e) { say(e.message, true); return; }
    const docs = occ.documents.map((d) => d.document + " (" + d.count + ")").join(", ");
    const verb = action === "reject" ? "Keep readable (reject)" : "Redact (confirm)";
    const question = verb + " \"" + occ.text + "\" as " + occ.entity_type + " at all " + occ.count +
      " occurrences of this type in " + occ.documents.length + " document(s): " + docs + "? (Undo with u.)";
    if (!window.confirm(question)) { say("Nothing changed."); return; }
    decide(action, true, occ.count);
  }

  async function undoBulk() {
    const pending = JSON.parse(sessionStorage.getItem("wooUndo") || "null");
    if (!pending) { say("Nothing to undo.", true); return; }
    try {
      const data = await post("/api/undo", { bulk: pending.bulk });
      sessionStorage.removeItem("wooUndo");
      say(data.undone + " decision(s) undone");
      reloadWith(current >= 0 ? rows[current].dataset.id : "");
    } catch (e) { sessionStorage.removeItem("wooUndo"); say(e.message, true); }
  }

  function setAddMode(on) {
    addMode = on;
    document.body.classList.toggle("adding", on);
    document.getElementById("btn-add").classList.toggle("active", on);
    say(on ? "Drag over words (or click one) to redact them; drag over empty space to redact an area. Esc stops." : "");
  }

  // --- drawing and selecting on a page ---
  let drag = null;
  function pagePoint(svg, ev) {
    const rect = svg.getBoundingClientRect();
    const vb = svg.viewBox.baseVal;
    return [(ev.clientX - rect.left) * vb.width / rect.width, (ev.clientY - rect.top) * vb.height / rect.height];
  }
  document.querySelectorAll(".page svg").forEach((svg) => {
    svg.addEventListener("mousedown", (ev) => {
      if (!addMode) { return; }
      ev.preventDefault();
      const [x, y] = pagePoint(svg, ev);
      const ghost = document.createElementNS("http://www.w3.org/2000/svg", "rect");
      ghost.setAttribute("class", "box drawing");
      svg.appendChild(ghost);
      drag = { svg: svg, x: x, y: y, ghost: ghost };
    });
    svg.addEventListener("mousemove", (ev) => {
      if (!drag || drag.svg !== svg) { return; }
      const [x, y] = pagePoint(svg, ev);
      drag.ghost.setAttribute("x", Math.min(x, drag.x));
      drag.ghost.setAttribute("y", Math.min(y, drag.y));
      drag.ghost.setAttribute("width", Math.abs(x - drag.x));
      drag.ghost.setAttribute("height", Math.abs(y - drag.y));
    });
    svg.addEventListener("click", (ev) => {
      if (addMode) { return; }
      const target = ev.target.closest("rect.box[data-id]");
      if (!target) { return; }
      const i = rows.findIndex((r) => r.dataset.id === target.dataset.id);
      if (i >= 0) { select(i, false); }
    });
  });
  window.addEventListener("mouseup", async (ev) => {
    if (!drag) { return; }
    const d = drag;
    drag = null;
    const [x, y] = pagePoint(d.svg, ev);
    const page = Number(d.svg.parentElement.dataset.page);
    try {
      const data = await post("/api/manual", {
        doc: docIndex, page: page, rect: [d.x, d.y, x, y],
        entity_type: document.getElementById("manual-type").value,
        ground: document.getElementById("manual-ground").value,
      });
      say("Added: " + (data.text || "an area"));
      reloadWith(current >= 0 ? rows[current].dataset.id : "");
    } catch (e) { d.ghost.remove(); say(e.message, true); }
  });

  // --- buttons ---
  rows.forEach((row, i) => row.addEventListener("click", () => select(i, true)));
  document.getElementById("btn-confirm").addEventListener("click", () => decide("confirm", false));
  document.getElementById("btn-reject").addEventListener("click", () => decide("reject", false));
  document.getElementById("btn-ground").addEventListener("click", () => decide("ground", false));
  document.getElementById("btn-all").addEventListener("click", applyToAll);
  document.getElementById("btn-undo").addEventListener("click", undoBulk);
  if (sessionStorage.getItem("wooUndo")) {
    const pending = JSON.parse(sessionStorage.getItem("wooUndo"));
    const btn = document.getElementById("btn-undo");
    btn.textContent = "Undo the last \"all occurrences\" (" + pending.n + " decisions) (u)";
    btn.hidden = false;
  }
  document.getElementById("btn-add").addEventListener("click", () => setAddMode(!addMode));
  document.getElementById("doc-select").addEventListener("change", (ev) => { ev.target.form.submit(); });
  ["filter-scope", "filter-type", "filter-status", "filter-detector"].forEach((id) => {
    document.getElementById(id).addEventListener("change", (ev) => { ev.target.form.submit(); });
  });
  document.querySelectorAll("#manual button.remove").forEach((btn) => {
    btn.addEventListener("click", async () => {
      try {
        await post("/api/manual/" + encodeURIComponent(btn.dataset.mid) + "/remove", { doc: docIndex });
        reloadWith(current >= 0 ? rows[current].dataset.id : "");
      } catch (e) { say(e.message, true); }
    });
  });

  // --- keyboard ---
  document.addEventListener("keydown", (ev) => {
    if (ev.ctrlKey || ev.metaKey || ev.altKey) { return; }
    const tag = (ev.target.tagName || "").toLowerCase();
    if (tag === "input" || tag === "select" || tag === "textarea") { return; }
    const keys = {
      j: () => select(current + 1, true),
      k: () => select(Math.max(current - 1, 0), true),
      c: () => decide("confirm", false),
      r: () => decide("reject", false),
      a: applyToAll,
      u: undoBulk,
      g: () => document.getElementById("ground-select").focus(),
      m: () => setAddMode(!addMode),
      t: () => document.body.classList.toggle("see-through"),
      Escape: () => setAddMode(false),
      "]": () => { const n = document.getElementById("next-doc"); if (n) { n.click(); } },
      "[": () => { const p = document.getElementById("prev-doc"); if (p) { p.click(); } },
    };
    const fn = keys[ev.key];
    if (fn) { ev.preventDefault(); fn(); }
  });

  // --- start: the finding asked for, else the first one ---
  const wanted = document.body.dataset.selected;
  let start = rows.findIndex((r) => r.dataset.id === wanted && Number(r.dataset.doc) === docIndex);
  if (start < 0) { start = rows.findIndex((r) => Number(r.dataset.doc) === docIndex); }
  if (start >= 0) { select(start, Boolean(wanted)); }
  document.body.classList.add("ready");
})();
