/*
 * The history view: save the current result as a dated snapshot, list and delete snapshots, compare two.
 * Storage may be blocked or hold junk: the history then starts empty and the reader is told, never an error.
 */
import { button, h } from "../dom.js";
import { levelLabel } from "../reason.js";
import { compare } from "./compare.js";
import { added, historyText, readHistory, removed, snapshotOf, when } from "./snapshots.js";
import { bars, panel, percentText, table } from "./views.js";

const STATUS = { missing: "Not in place", partial: "Partly in place", "in-place": "In place", na: "Not applicable" };
const CHANGE = { up: "Up", down: "Down", same: "No change" };

function load(data) {
  try {
    return readHistory(data, localStorage.getItem(data.contract.history_key));
  } catch {
    return { snapshots: [], dropped: 0, problem: "blocked" };
  }
}

function store(data, snapshots) {
  try {
    if (snapshots.length) localStorage.setItem(data.contract.history_key, historyText(data, snapshots));
    else localStorage.removeItem(data.contract.history_key);
    return true;
  } catch {
    return false;
  }
}

export function saveSnapshot(ctx, box) {
  const { data, state, say } = ctx;
  const { answers, notes, res } = state();
  if (!res.complete) return say("Answer every question first: a snapshot keeps a complete result.");
  const id = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  const next = added(data, load(data).snapshots, snapshotOf(data, answers, notes, res, new Date(), id));
  if (!store(data, next)) return say("This browser does not let the self-check keep a history here; export your answers instead.");
  say(`Snapshot saved: ${next.length} in your history.`);
  if (box.childElementCount) showHistory(ctx, box);
}

const result = (s) => (s.score === null ? "no level" : `score ${s.score}`) + (s.level === null ? "" : `, Level ${s.level}`);
// Numbered in the order saved, so two snapshots never read alike, even when saved within one second.
const named = (snapshots, s) => `snapshot ${snapshots.indexOf(s) + 1} (${when(s)})`;
const label = (snapshots, s) => `Snapshot ${snapshots.indexOf(s) + 1}: ${when(s)}, version ${s.model}, ${result(s)}`;

export function showHistory(ctx, box) {
  const { data, view, say } = ctx;
  const found = load(data);
  const { snapshots } = found;
  const notes = [];
  if (found.problem === "corrupted") notes.push("Your saved history could not be read, so it is shown empty; saving a snapshot starts a new one.");
  if (found.problem === "blocked") notes.push("This browser does not let the self-check read a history here.");
  if (found.dropped) notes.push(`${found.dropped} saved snapshots could not be read and are left out.`);
  const list = h("ul", { class: "gsc-snapshots" }, [...snapshots].reverse().map((s) => {
    const remove = button("Delete", () => {
      store(data, removed(load(data).snapshots, s.id));
      say(`Deleted ${named(snapshots, s)}.`);
      showHistory(ctx, box);
    });
    remove.setAttribute("aria-label", `Delete ${named(snapshots, s)}`);
    return h("li", {}, `${label(snapshots, s)} `, remove);
  }));
  const output = h("div", { class: "gsc-comparison" });
  const parts = [...notes.map((text) => h("p", { class: "gsc-notice", text })),
    snapshots.length ? list : h("p", { text: "No snapshots yet. Save snapshot keeps the current result, dated, in this browser." })];
  if (snapshots.length >= 2) {
    const pick = (name, text, chosen) => {
      const select = h("select", { id: `${view.uid}-${name}`, class: "gsc-select" },
        snapshots.map((s) => h("option", { value: s.id, text: label(snapshots, s), selected: s === chosen })));
      return [h("label", { for: select.id, text }), select];
    };
    const [fromLabel, from] = pick("from", "Compare ", snapshots.at(-2));
    const [toLabel, to] = pick("to", " with ", snapshots.at(-1));
    const go = button("Compare", () => {
      const byId = (id) => snapshots.find((s) => s.id === id);
      output.replaceChildren(...comparison(ctx, snapshots, byId(from.value), byId(to.value)));
    });
    parts.push(h("p", { class: "gsc-controls" }, fromLabel, from, toLabel, to, " ", go));
  }
  box.replaceChildren(panel(view, "history", "History", ...parts, output));
}

function comparison({ data, view }, snapshots, before, after) {
  const cmp = compare(data, before, after);
  const number = (q) => data.questions.indexOf(q) + 1;
  const basis = cmp.all && !cmp.older
    ? `Compared on all ${data.questions.length} questions.`
    : `Compared on ${cmp.questions.length} of ${data.questions.length} questions, those this version still asks with answers that still fit in both: `
      + (cmp.questions.length ? `questions ${cmp.questions.map(number).join(", ")}.` : "none.");
  const level = (s) => data.levels.find((lv) => lv.number === s.level);
  const then = (s) => `${named(snapshots, s)}, version ${s.model}: ${s.score === null ? "no score" : `${s.score} / ${data.model.max_score}`}`
    + (level(s) ? `, ${levelLabel(level(s))}` : "");
  const areaRows = cmp.areas.map((a) => [a.name, percentText(a.before), percentText(a.after), CHANGE[a.change]]);
  const practiceRows = cmp.practices.map((p) => [view.link(p.url, p.title), `${STATUS[p.before]} (${percentText(p.beforePercent)})`,
    `${STATUS[p.after]} (${percentText(p.afterPercent)})`, CHANGE[p.change]]);
  return [
    h("h3", { text: `Comparison: ${named(snapshots, before)} and ${named(snapshots, after)}` }),
    h("p", { class: "gsc-basis", text: basis }),
    h("ul", {}, h("li", { text: `Before, ${then(before)}` }), h("li", { text: `After, ${then(after)}` })),
    h("p", { text: `${cmp.up.length} practices went up and ${cmp.down.length} went down.` }),
    bars(cmp.areas.map((a) => ({ name: a.name, values: [{ value: a.before, before: true }, { value: a.after }] }))),
    table("Share of points per area", ["Area", "Before", "After", "Change"], areaRows),
    table("Practices", ["Practice", "Before", "After", "Change"], practiceRows),
  ];
}
