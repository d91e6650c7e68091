/*
 * The self-check widget. Loaded on every page; it acts only where an element carries
 * data-genaiops-self-check, and reads nothing but the JSON file named by its data-model attribute.
 * Material's instant navigation swaps pages without reloading this script, so mounting runs on every
 * document$ emission and marks each element it mounts on, which keeps it idempotent.
 * All text from data, storage or the URL goes into the page as text nodes, never as markup.
 */
import { NOT_APPLICABLE, score } from "./scoring.js";
import * as io from "./answers.js";

const MOUNT = "data-genaiops-self-check";
const MOUNTED = "data-gsc-mounted";
const EVENT = "genaiops:self-check-result";
const MESSAGE = "genaiops-self-check:result";
const framed = window.parent !== window;
const loads = new Map();
let mounts = 0;

function h(tag, props, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "text") el.textContent = value;
    else if (key === "class") el.className = value;
    else el.setAttribute(key, value === true ? "" : String(value));
  }
  el.append(...children.flat(Infinity).filter((child) => child !== null && child !== undefined && child !== false));
  return el;
}

function load(url) {
  if (!loads.has(url.href)) {
    const request = fetch(url).then((response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.json();
    }).then((data) => {
      if (data.format !== 1) throw new Error("unknown format");
      return data;
    });
    request.catch(() => loads.delete(url.href)); // a failed load is retried on the next visit
    loads.set(url.href, request);
  }
  return loads.get(url.href);
}

async function mount(root) {
  const url = new URL(root.getAttribute("data-model"), location.href);
  let data;
  try {
    data = await load(url);
  } catch {
    root.replaceChildren(h("p", { class: "gsc-error", role: "alert", text: "The self-check could not load its questions. Reload the page to try again." }));
    return;
  }
  widget(root, data, url);
}

function widget(root, data, jsonUrl) {
  const uid = `gsc${++mounts}`;
  const siteRoot = new URL(data.base, jsonUrl);
  const level = (number) => data.levels.find((lv) => lv.number === number);
  let answers = {};

  function link(url, text) {
    const target = new URL(url, siteRoot);
    if (!/^https?:$/.test(target.protocol)) return h("span", { text });
    return h("a", { href: target.href, target: framed && "_blank", rel: framed && "noopener", text });
  }

  const notices = h("div", { class: "gsc-notices", role: "status" });
  function notice(text, items = []) {
    notices.append(h("div", { class: "gsc-notice" }, h("p", { text }), items.length ? h("ul", {}, items.map((item) => h("li", { text: item }))) : null));
  }

  // The questions, grouped under their area's name (the JSON lists them in that order).
  const progressText = h("p", { id: `${uid}-progress`, class: "gsc-progress-text" });
  const bar = h("progress", { max: data.questions.length, value: 0, "aria-labelledby": `${uid}-progress` });
  const form = h("form", { class: "gsc-form", "aria-label": "Self-check questions" }, h("div", { class: "gsc-progress" }, progressText, bar));
  const scales = new Map(data.scales.map((s) => [s.id, s]));
  let area = null;
  let section = null;
  data.questions.forEach((question, index) => {
    const areaId = data.practices[question.practice].area;
    if (areaId !== area) {
      area = areaId;
      section = h("section", { class: "gsc-area" }, h("h2", { text: data.areas.find((a) => a.id === areaId).name }));
      form.append(section);
    }
    const name = `${uid}-${question.id}`;
    const options = [...scales.get(question.scale).options, { id: NOT_APPLICABLE, text: "Not applicable" }];
    section.append(h("fieldset", { class: "gsc-question", "aria-describedby": question.help && `${name}-help` },
      h("legend", {}, h("span", { class: "gsc-number", text: `${index + 1}. ` }), question.text),
      question.help ? h("p", { id: `${name}-help`, class: "gsc-help", text: question.help }) : null,
      h("div", { class: "gsc-options" }, options.map((option) => h("label", { class: option.id === NOT_APPLICABLE ? "gsc-option gsc-na" : "gsc-option" },
        h("input", { type: "radio", name, value: option.id, "data-question": question.id }),
        h("span", { text: option.text }))))));
  });
  form.addEventListener("submit", (event) => event.preventDefault());
  form.addEventListener("change", (event) => {
    const input = event.target;
    if (input.type !== "radio") return;
    answers[input.getAttribute("data-question")] = input.value;
    save();
    update();
  });

  const summary = h("div", { class: "gsc-summary", "aria-live": "polite", "aria-atomic": "true" });
  const details = h("div", { class: "gsc-details" });
  const result = h("section", { class: "gsc-result", "aria-labelledby": `${uid}-result` },
    h("h2", { id: `${uid}-result`, text: "Your result" }), summary, details);

  // Share, export, import, print, reset.
  const button = (text, onClick) => {
    const el = h("button", { type: "button", class: "gsc-button", text });
    el.addEventListener("click", onClick);
    return el;
  };
  const status = h("p", { class: "gsc-status", role: "status" });
  const shareInput = h("input", { id: `${uid}-share`, type: "text", readonly: true, class: "gsc-share-input" });
  const shareField = h("p", { class: "gsc-share", hidden: true }, h("label", { for: `${uid}-share`, text: "Share link" }), shareInput);
  const fileInput = h("input", { type: "file", accept: ".json,application/json", hidden: true });
  fileInput.addEventListener("change", importFile);
  const actions = h("div", { class: "gsc-actions", role: "group", "aria-label": "Share and save your answers" },
    button("Copy share link", share), button("Export answers", exportFile), button("Import answers", () => fileInput.click()),
    button("Print result", () => window.print()), button("Reset answers", reset), fileInput);

  root.replaceChildren(h("div", { class: "gsc" }, notices, form, result, actions, shareField, status));
  restore();
  update();

  function restore() {
    if (io.isShareFragment(location.hash)) {
      const link = io.parseFragment(location.hash);
      const found = link && io.reconcile(data, link.version, link.entries);
      if (!found || found.rejected) {
        notice("This share link could not be read, so the form starts empty. Ask for a new link, or answer the questions below.");
      } else {
        setAnswers(found.answers);
        notice(found.outdated ? "Answers restored from a share link made with an older questionnaire." : "Answers restored from a share link.", changes(found));
        save();
      }
      // Drop the fragment so a reload shows the saved answers, not the link's again.
      history.replaceState(history.state, "", location.pathname + location.search);
      return;
    }
    let text = null;
    try {
      text = localStorage.getItem(io.STORAGE_KEY);
    } catch {
      return; // storage is blocked (for example in some embedded frames): start empty
    }
    const stored = io.readStored(data, text);
    if (stored.problem === "outdated") {
      notice(`Your saved answers were for version ${stored.version} of the questionnaire, which has changed since, so they were cleared.`);
    } else if (stored.problem) {
      notice("Your saved answers could not be read, so they were cleared.");
    }
    if (stored.problem) forget();
    else setAnswers(stored.answers);
  }

  function changes(found) {
    if (!found.outdated) return [];
    const number = (q) => data.questions.indexOf(q) + 1;
    return [
      `Made with version ${found.version}; this is version ${data.model.version}.`,
      ...found.dropped.map((id) => `Dropped: the answer to "${id}", a question no longer asked.`),
      ...found.cleared.map((q) => `Changed: question ${number(q)} has new answers; please answer it again.`),
      ...found.missing.map((q) => `New or unanswered: question ${number(q)}, "${q.text}"`),
    ];
  }

  function setAnswers(next) {
    answers = { ...next };
    for (const input of form.querySelectorAll("input[type=radio]")) {
      input.checked = answers[input.getAttribute("data-question")] === input.value;
    }
  }

  function save() {
    try {
      if (Object.keys(answers).length) localStorage.setItem(io.STORAGE_KEY, io.storedText(data, answers));
      else localStorage.removeItem(io.STORAGE_KEY);
    } catch {
      // storage full or blocked: the answers stay on the page and in share links and exports
    }
  }

  function forget() {
    try {
      localStorage.removeItem(io.STORAGE_KEY);
    } catch {
      // nothing to forget where storage is blocked
    }
  }

  function update() {
    const res = score(data, answers);
    progressText.textContent = `${res.answered} of ${res.total} questions answered`;
    bar.value = res.answered;
    if (!res.complete) {
      summary.replaceChildren(h("p", { text: `Answer all ${res.total} questions to see your score and level.` }));
      details.replaceChildren();
      return;
    }
    if (res.score === null) {
      summary.replaceChildren(h("p", { text: "Every question is marked Not applicable, so there is nothing to score. Answer at least one to see your level." }));
      details.replaceChildren();
      return;
    }
    const label = `Level ${res.level.number} – ${res.level.name}`;
    summary.replaceChildren(
      h("p", { class: "gsc-score" }, "Score: ", h("strong", { text: `${res.score} / ${res.max}` })),
      h("p", { class: "gsc-level" }, "Level: ", h("strong", { text: label })),
    );
    if (res.applicableMax < res.max) {
      summary.append(h("p", { class: "gsc-rescaled", text: `Rescaled from ${res.points} of ${res.applicableMax} points, as some questions do not apply.` }));
    }
    details.replaceChildren(h("p", {}, link(res.level.url, `What ${label} means`)), breakdown(res), nextSteps(res.plan));
    root.dispatchEvent(new CustomEvent(EVENT, { bubbles: true, detail: { score: res.score, max: res.max, level: res.level.number, name: res.level.name } }));
    if (framed) {
      // Only the level number and score leave the frame, nothing from the answers, so any embedding page may read them.
      window.parent.postMessage({ type: MESSAGE, level: res.level.number, score: res.score }, "*");
    }
  }

  function percent(a) {
    return a.max ? Math.round((100 * a.points) / a.max) : null;
  }

  function breakdown(res) {
    const chart = h("div", { class: "gsc-chart", "aria-hidden": "true" }, res.areas.map((a) => {
      const fill = h("span", { class: "gsc-fill" });
      fill.style.width = `${percent(a) || 0}%`; // a CSSOM property, which a style-src CSP allows
      return h("div", { class: "gsc-row" }, h("span", { class: "gsc-row-name", text: a.name }), h("span", { class: "gsc-track" }, fill),
        h("span", { class: "gsc-row-value", text: a.max ? `${percent(a)}%` : "n/a" }));
    }));
    const rows = res.areas.map((a) => h("tr", {}, h("th", { scope: "row", text: a.name }),
      h("td", { text: a.max ? `${a.points} of ${a.max}` : "Not applicable" }), h("td", { text: a.max ? `${percent(a)}%` : "–" })));
    const table = h("table", { class: "gsc-table" }, h("caption", { text: "Points per area" }),
      h("thead", {}, h("tr", {}, ["Area", "Points", "Share"].map((text) => h("th", { scope: "col", text })))), h("tbody", {}, rows));
    return h("div", { class: "gsc-breakdown" }, h("h3", { text: "By area" }), chart, h("div", { class: "gsc-table-wrap" }, table));
  }

  function nextSteps(plan) {
    const { target, beyond, groups } = plan;
    const heading = target ? `Your next steps towards Level ${target.number} – ${target.name}` : "Your next steps to stay at the top";
    let intro = "These practices are not yet fully in place.";
    if (target) {
      intro = beyond
        ? `Every practice Level ${target.number} expects is in place as far as these questions go; these are the ones still open.`
        : `Level ${target.number} expects these practices, and your answers show they are not yet fully in place.`;
    }
    if (!groups.length) intro = "Every practice these questions ask about is fully in place or does not apply. Keep reviewing them as models and usage change.";
    const blocks = groups.map(({ area, items }) => [
      h("h4", { text: `${area.name}: ${area.points} of ${area.max} points` }),
      h("ul", { class: "gsc-plan" }, items.map((item) => h("li", {},
        h("p", {}, link(item.url, item.title), ` – expected from Level ${item.level} (${level(item.level).name}); you answered "${item.answer}".`),
        item.references.length ? h("ul", { class: "gsc-refs", "aria-label": `References for ${item.title}` },
          item.references.map((ref) => h("li", {}, link(ref.url, ref.title)))) : null))),
    ]);
    return h("div", { class: "gsc-next" }, h("h3", { text: heading }), h("p", { text: `${intro}${groups.length > 1 ? " The weakest area comes first." : ""}` }), blocks);
  }

  function share() {
    const url = new URL(data.page, siteRoot);
    url.hash = io.encodeFragment(data, answers);
    shareInput.value = url.href;
    shareField.hidden = false;
    const copied = navigator.clipboard ? navigator.clipboard.writeText(url.href) : Promise.reject(new Error("no clipboard"));
    copied.then(
      () => { status.textContent = "Share link copied. Your answers are in the part after #, which browsers never send to a server."; },
      () => { shareInput.select(); status.textContent = "Copy the share link below. Your answers are in the part after #, which browsers never send to a server."; },
    );
  }

  function exportFile() {
    const blob = new Blob([io.exportText(data, answers, score(data, answers))], { type: "application/json" });
    const url = URL.createObjectURL(blob);
    const anchor = h("a", { href: url, download: `genaiops-self-check-${data.model.version}.json`, hidden: true });
    document.body.append(anchor);
    anchor.click();
    anchor.remove();
    setTimeout(() => URL.revokeObjectURL(url), 0);
    status.textContent = "Answers exported to a file.";
  }

  async function importFile() {
    const file = fileInput.files[0];
    fileInput.value = "";
    if (!file) return;
    const found = io.readExport(data, file.size > 1e6 ? "" : await file.text());
    if (found.rejected) {
      status.textContent = "That file could not be read as self-check answers, so nothing was changed.";
      return;
    }
    notices.replaceChildren();
    setAnswers(found.answers);
    if (found.outdated) notice("Answers imported from a file made with an older questionnaire.", changes(found));
    save();
    update();
    status.textContent = "Answers imported.";
  }

  function reset() {
    setAnswers({});
    forget();
    notices.replaceChildren();
    shareField.hidden = true;
    update();
    status.textContent = "Answers cleared.";
  }
}

function mountAll() {
  for (const root of document.querySelectorAll(`[${MOUNT}]`)) {
    if (root.hasAttribute(MOUNTED)) continue;
    root.setAttribute(MOUNTED, "");
    mount(root);
  }
}

// A share link opened on the self-check page itself only changes the fragment: mount afresh to read it.
window.addEventListener("hashchange", () => {
  if (!io.isShareFragment(location.hash)) return;
  for (const root of document.querySelectorAll(`[${MOUNTED}]`)) root.removeAttribute(MOUNTED);
  mountAll();
});

if (window.document$ && typeof window.document$.subscribe === "function") {
  window.document$.subscribe(mountAll);
} else if (document.readyState === "loading") {
  document.addEventListener("DOMContentLoaded", mountAll); // the standalone embed page has no Material bundle
} else {
  mountAll();
}
