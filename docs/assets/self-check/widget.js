/*
 * One mounted self-check: assembles the views (notices, questions, result) and wires them to storage,
 * sharing and embedding. It holds the reader's work ({ answers, notes, evidence, team }); the parts it calls hold none.
 * Saved work changes only when the reader acts, and what an action replaces is kept first (keep.js).
 * It never reads the page's address: the entry that owns the page hands it share links (openLink), which only
 * self-check.js does, so the script embed (embed.js, which passes { ownPage: false } for that) never reads or
 * changes a host's address.
 */
import { cleanTeam, readStored } from "./answers.js";
import { button, buttonGroup, h, linker } from "./dom.js";
import { announce, framed } from "./embedding.js";
import { EMPTY, merge3, replaced, sameWork } from "./keep.js";
import { ageOf } from "./model.js";
import { changes, noticesView } from "./notices.js";
import { firstUnanswered } from "./areas.js";
import { linkView } from "./links.js";
import { questionsView } from "./questions.js";
import { resultView } from "./result.js";
import { score } from "./scoring.js";
import { copyText, shareUrl } from "./sharing.js";
import { t } from "./i18n.js";
import { forgetUndo, readRaw, readSaved, readUndo, save, saveUndo } from "./storage.js";
import { targetView } from "./target.js";
import { toolsView } from "./tools.js";

let mounts = 0;

export function mountWidget(root, data, jsonUrl) {
  const { contract } = data;
  const tr = (key, params) => t(data, key, params);
  const undoName = (reason) => tr(`undo.${reason}`); // undo.import, undo.link, undo.reset, undo.undo, undo.tab
  const siteRoot = new URL(data.base, jsonUrl);
  // The English self-check page, where a question's notice leads: the English JSON's site, at the same page.
  const english = new URL(data.page, new URL(data.base, new URL(data.languages.en || "", jsonUrl))).href;
  // The guide's self-check page, never the address the reader is at: a question's feedback link names it.
  const selfCheck = new URL(data.page, siteRoot).href;
  const view = { data, uid: `gsc${++mounts}`, link: linker(siteRoot, framed), english, selfCheck, jsonUrl };
  let work = { answers: {}, notes: {}, evidence: {} };
  let known; // the text this tab last read from or wrote to storage; undefined: storage is blocked
  let frozen = false; // storage holds a newer self-check's answers: never written over
  let keeping = null; // a model update's old answers on their way into the history: saving waits for it
  let undoInPage = null; // the undo, where storage cannot keep it
  let told = false;
  let tabNotice = null;
  let target = null; // the level number the plan leads to; null: the next level

  const notices = noticesView();
  const questions = questionsView(view, (id, answer) => {
    work.answers = { ...work.answers, [id]: answer };
    persist();
    update(true);
  }, (id, text) => {
    work.notes = { ...work.notes, [id]: text };
    if (!text.trim()) delete work.notes[id];
    persist();
    result.notes(work.notes, work.evidence);
  }, (id, entry) => {
    work.evidence = { ...work.evidence, [id]: entry };
    if (!entry) delete work.evidence[id];
    persist();
    result.notes(work.notes, work.evidence);
  });
  const targets = targetView(view, (number) => {
    target = number;
    update(true);
  });
  view.goToFirst = () => questions.goTo(firstUnanswered(data, work.answers)); // the result's "answer them all" message
  const result = resultView(view, targets.element);

  // Share, export, import, print, reset, undo.
  const status = h("p", { class: "gsc-status", role: "status" });
  const shareInput = h("input", { id: `${view.uid}-share`, type: "text", readonly: true, class: "gsc-share-input" });
  const shareField = h("p", { class: "gsc-share", hidden: true }, h("label", { for: shareInput.id, text: tr("share.label") }), shareInput);
  const fileInput = h("input", { type: "file", accept: ".json,application/json", hidden: true });
  fileInput.addEventListener("change", importFile);
  const undoButton = button("", undo);
  // The team or application name the export carries, for the team roll-up; kept as typed, cleaned when it leaves.
  const teamInput = h("input", { id: `${view.uid}-team`, type: "text", maxlength: contract.team_max_length, autocomplete: "organization" });
  teamInput.addEventListener("input", () => {
    work = { ...work, team: teamInput.value };
    if (!teamInput.value) delete work.team;
    persist();
  });
  const teamField = h("p", { class: "gsc-team" }, h("label", { for: teamInput.id, text: tr("team.label") }), " ", teamInput);
  const confirmBox = h("div", { class: "gsc-confirm-box" });
  const actions = buttonGroup(`${view.uid}-actions`, tr("actions.label"),
    button(tr("actions.share"), share), button(tr("actions.export"), exportFile), button(tr("actions.import"), () => fileInput.click()),
    button(tr("actions.print"), () => window.print()), button(tr("actions.reset"), askReset), undoButton, fileInput);
  const noteHint = h("p", { class: "gsc-hint", text: tr("actions.notes_hint") });
  const say = (text) => { status.textContent = text; };
  const state = () => ({ answers: work.answers, notes: work.notes, evidence: work.evidence, res: score(data, work.answers, { target }) });
  const tools = toolsView({ data, view, jsonUrl, siteRoot, say, state });
  // A share link's view is made with the first link this page is handed: most visits carry none.
  let links = null;
  const openLink = (hash, settle) => (links ||= linkView(view, notices, { current: () => work, use: useLink, adopt, say }))
    .open(hash, settle);

  root.replaceChildren(h("div", { class: "gsc", lang: data.lang }, notices.element, questions.element, result.element, teamField, actions, confirmBox,
    noteHint, shareField, tools, status));
  restore();
  showUndo();
  update();
  // Another tab saved: take what it changed, keep what only this tab changed (keep.js merge3).
  window.addEventListener("storage", (event) => {
    if (!root.isConnected) return;
    if (event.key === contract.undo_key) showUndo();
    if (event.key === contract.storage_key) fromOtherTab(event.newValue);
    if (event.key === null && known !== undefined) {
      // Another page of this site cleared all of its storage: the reader did nothing here, so save again.
      known = null;
      persist();
    }
  });

  function restore() {
    const saved = readSaved(data);
    if (!saved) return tellUnsaved("blocked");
    known = saved.text;
    if (saved.problem === "newer") {
      frozen = true;
      return tellUnsaved("newer");
    }
    if (saved.problem) {
      notices.add(tr("saved.unreadable"));
      known = save(data, EMPTY).text;
      return;
    }
    setWork(saved);
    if (saved.update) keepOldVersion(saved.update);
  }

  /* A model update: what no longer fits goes into a snapshot of the old version before what fits is saved. */
  function keepOldVersion(found) {
    const { version } = found;
    const params = { version, current: data.model.version };
    const head = found.outdated ? tr(`update.saved_${ageOf(data, version)}`, params) : tr("update.saved_notes");
    keeping = import("./lazy/history.js").then((m) => m.keepVersion(data, found.old)).catch(() => "blocked").then((kept) => {
      keeping = null;
      if (kept === "kept") {
        notices.add(`${head} ${tr("update.kept", params)}`, changes(data, found, "here"));
        persist();
      } else {
        notices.add(`${head} ${tr(kept === "newer" ? "update.not_kept_newer" : "update.not_kept_blocked")}`, changes(data, found));
      }
    });
  }

  /* reveal: "work" came from a link, a file or an undo, so every area holding some of it opens; "start": a reset. */
  function setWork(next, reveal = false) {
    work = { answers: { ...next.answers }, notes: { ...next.notes }, evidence: { ...next.evidence } };
    if (next.team) work.team = next.team;
    teamInput.value = work.team || "";
    questions.show(work.answers, work.notes, work.evidence, reveal);
    result.notes(work.notes, work.evidence);
  }

  function persist() {
    if (keeping) return void keeping.then(persist);
    if (frozen) return;
    const now = readRaw(contract.storage_key);
    if (now && known !== undefined && now.text !== known) {
      // Another tab saved since this one last looked, and its storage event has not arrived yet.
      const theirs = readStored(data, now.text);
      if (theirs.problem === "newer") {
        frozen = true;
        return tellUnsaved("newer");
      }
      if (!theirs.problem) mergeFrom(theirs, "mine");
    }
    const done = save(data, work);
    if (done.ok) known = done.text;
    else tellUnsaved(known === undefined ? "blocked" : "failed");
  }

  function fromOtherTab(text) {
    const theirs = readStored(data, text);
    if (theirs.problem === "newer") {
      frozen = true;
      return tellUnsaved("newer");
    }
    if (theirs.problem || known === undefined) return;
    const mine = work;
    mergeFrom(theirs);
    known = text;
    if (!sameWork(work, theirs)) persist(); // this tab changed something the other did not: save both
    if (!sameWork(mine, work)) update();
  }

  function mergeFrom(theirs, prefer = "theirs") {
    const base = known ? readStored(data, known) : EMPTY;
    const merged = merge3(base.problem ? EMPTY : base, work, theirs, prefer);
    if (sameWork(merged.work, work) && !merged.conflicts.length) return;
    if (merged.keep) keepUndo(merged.keep);
    setWork(merged.work);
    const number = (id) => data.questions.findIndex((q) => q.id === id) + 1;
    if (tabNotice) tabNotice.remove();
    tabNotice = notices.add(tr("tabs.changed"),
      merged.conflicts.map((id) => tr(prefer === "mine" ? "tabs.conflict_mine" : "tabs.conflict_theirs", { number: number(id), undo: undoName("tab") })));
  }

  function tellUnsaved(why) {
    if (told) return;
    told = true;
    // unsaved.blocked, unsaved.failed, unsaved.newer
    notices.add(tr(`unsaved.${why}`) + (why === "newer" ? "" : ` ${tr("unsaved.way_out")}`));
  }

  function keepUndo(keep) {
    if (known !== undefined && !frozen && saveUndo(data, keep)) undoInPage = null;
    else undoInPage = { ...keep };
    showUndo();
  }

  function currentUndo() {
    return undoInPage || readUndo(data);
  }

  function showUndo() {
    const slot = currentUndo();
    undoButton.hidden = !slot;
    if (slot) undoButton.textContent = undoName(slot.reason);
  }

  function undo() {
    const slot = currentUndo();
    if (!slot) return showUndo();
    const { work: next, keep } = replaced(work, "undo", slot);
    undoInPage = null;
    forgetUndo(data);
    if (keep) keepUndo(keep);
    setWork(next, "work");
    persist();
    showUndo();
    update(true);
    // undone.import, undone.link, undone.reset, undone.undo, undone.tab
    say(tr(`undone.${slot.reason}`) + (keep ? ` ${tr("undone.again", { undo: undoName("undo") })}` : ""));
  }

  function replaceWork(reason, found, options) {
    const { work: next, keep } = replaced(work, reason, found, options);
    if (keep) keepUndo(keep);
    setWork(next, reason === "reset" ? "start" : "work");
    persist();
    update(true);
    return keep;
  }

  function useLink(found) {
    const kept = replaceWork("link", found);
    return kept ? tr("link.kept", { undo: undoName("link") }) : "";
  }

  function adopt(next) {
    setWork(next, "work");
    persist();
    update();
  }

  /*
   * byReader: the reader changed something here. Only then is the result announced, so a page framing or hosting
   * the widget never learns a returning visitor's saved result on load, nor from another tab (see embedding.js).
   */
  function update(byReader = false) {
    const res = score(data, work.answers, { target });
    questions.progress(res, work.answers);
    result.show(res);
    targets.show(res);
    if (byReader && res.level) announce(root, contract, res);
  }

  function share() {
    const href = shareUrl(data, siteRoot, work.answers);
    shareInput.value = href;
    shareField.hidden = false;
    copyText(href).then((copied) => {
      if (!copied) shareInput.select();
      say(`${tr(copied ? "share.copied" : "share.copy_below")} ${tr("share.where")}`);
    });
  }

  /* With the frameworks view of a complete result (lazy: the crosswalk loads after a result), when it can be had; the file's code loads on first use. */
  async function exportFile() {
    const { answers, res } = state();
    const frameworks = res.complete ? await import("./lazy/frameworks.js").then((m) => m.exportedFrameworks(data, jsonUrl, res), () => null) : null;
    try {
      (await import("./lazy/export-file.js")).downloadAnswers(data, { ...work, team: cleanTeam(data, work.team) }, score(data, answers), new Date(), frameworks);
    } catch {
      return say(tr("lazy.failed"));
    }
    say(tr("export.done"));
  }

  async function importFile() {
    const file = fileInput.files[0];
    fileInput.value = "";
    if (!file) return;
    let found;
    try {
      found = await (await import("./lazy/files.js")).readAnswersFile(data, jsonUrl, file); // checks it against the schema
    } catch {
      found = { rejected: true, problems: [] };
    }
    notices.clear();
    if (found.rejected) {
      say(tr("import.rejected"));
      if (found.problems.length) notices.add(tr("import.problems", { file: file.name }), found.problems);
      return;
    }
    const kept = replaceWork("import", found);
    const lines = changes(data, found);
    if (found.outdated) notices.add(tr(`import.${ageOf(data, found.version)}`), lines); // import.older, import.newer
    else if (lines.length) notices.add(tr("import.notes_left"), lines);
    say(kept ? tr("import.kept", { undo: undoName("import") }) : tr("import.done"));
  }

  function askReset() {
    import("./lazy/reset.js").then((m) => m.askReset({ data, view, say }, confirmBox, reset),
      () => say(tr("lazy.failed")));
  }

  /* everything: the reader also asked to remove the history's notes and to keep nothing to undo. */
  function reset(everything) {
    const kept = replaceWork("reset", EMPTY, { keepNothing: everything });
    if (everything) {
      undoInPage = null;
      forgetUndo(data);
      showUndo();
    }
    notices.clear();
    shareField.hidden = true;
    return kept;
  }

  return { root, openLink };
}
