/*
 * One mounted self-check: assembles the views (notices, questions, result) and wires them to storage,
 * sharing and embedding. It holds the answers; the parts it calls hold none.
 */
import { isShareFragment, parseFragment, reconcile } from "./answers.js";
import { button, h, linker } from "./dom.js";
import { announce, framed } from "./embedding.js";
import { changes, noticesView } from "./notices.js";
import { questionsView } from "./questions.js";
import { resultView } from "./result.js";
import { score } from "./scoring.js";
import { copyText, downloadAnswers, shareUrl } from "./sharing.js";
import { forget, readSaved, save } from "./storage.js";
import { targetView } from "./target.js";
import { toolsView } from "./tools.js";

let mounts = 0;

/*
 * options.ownPage: the widget is on the guide's own page (the guide or its embed page), whose address may carry a
 * share link. The script embed sits on a host's page: it never reads the host's fragment nor rewrites its address.
 */
export function mountWidget(root, data, jsonUrl, { ownPage = true } = {}) {
  const siteRoot = new URL(data.base, jsonUrl);
  const view = { data, uid: `gsc${++mounts}`, link: linker(siteRoot, framed) };
  let answers = {};
  let notes = {};
  let target = null; // the level number the plan leads to; null: the next level

  const notices = noticesView();
  const questions = questionsView(view, (id, answer) => {
    answers[id] = answer;
    save(data, answers, notes);
    update(true);
  }, (id, text) => {
    notes = { ...notes, [id]: text };
    if (!text.trim()) delete notes[id];
    save(data, answers, notes);
    result.notes(notes);
  });
  const targets = targetView(view, (number) => {
    target = number;
    update(true);
  });
  const result = resultView(view, targets.element);

  // Share, export, import, print, reset.
  const status = h("p", { class: "gsc-status", role: "status" });
  const shareInput = h("input", { id: `${view.uid}-share`, type: "text", readonly: true, class: "gsc-share-input" });
  const shareField = h("p", { class: "gsc-share", hidden: true }, h("label", { for: shareInput.id, text: "Share link" }), shareInput);
  const fileInput = h("input", { type: "file", accept: ".json,application/json", hidden: true });
  fileInput.addEventListener("change", importFile);
  const actions = h("div", { class: "gsc-actions", role: "group", "aria-label": "Share and save your answers" },
    button("Copy share link", share), button("Export answers", exportFile), button("Import answers", () => fileInput.click()),
    button("Print result", () => window.print()), button("Reset answers", reset), fileInput);
  const noteHint = h("p", { class: "gsc-hint", text: "Share links carry your answers only, never your notes; exports and print include the notes." });
  const say = (text) => { status.textContent = text; };
  const tools = toolsView({ data, view, jsonUrl, siteRoot, say, state: () => ({ answers, notes, res: score(data, answers, { target }) }) });

  root.replaceChildren(h("div", { class: "gsc" }, notices.element, questions.element, result.element, actions, noteHint, shareField, tools, status));
  restore();
  update();

  function restore() {
    if (ownPage && isShareFragment(location.hash)) {
      const link = parseFragment(data, location.hash);
      const found = link && reconcile(data, link.version, link.entries);
      if (!found || found.rejected) {
        notices.add("This share link could not be read, so the form starts empty. Ask for a new link, or answer the questions below.");
      } else {
        setAnswers(found.answers, notes);
        const from = found.outdated ? "Answers restored from a share link made with an older questionnaire." : "Answers restored from a share link.";
        notices.add(from, changes(data, found));
        save(data, answers, notes);
      }
      // Drop the fragment so a reload shows the saved answers, not the link's again.
      history.replaceState(history.state, "", location.pathname + location.search);
      return;
    }
    const stored = readSaved(data);
    if (!stored) return; // storage is blocked (for example in some embedded frames): start empty
    if (stored.problem === "outdated") {
      notices.add(`Your saved answers were for version ${stored.version} of the questionnaire, which has changed since, so they were cleared.`);
    } else if (stored.problem) {
      notices.add("Your saved answers could not be read, so they were cleared.");
    }
    if (stored.problem) forget(data);
    else setAnswers(stored.answers, stored.notes);
  }

  function setAnswers(next, nextNotes) {
    answers = { ...next };
    notes = { ...nextNotes };
    questions.show(answers, notes);
    result.notes(notes);
  }

  /*
   * byReader: the reader changed something here. Only then is the result announced, so a page framing or hosting
   * the widget never learns a returning visitor's saved result on load (see embedding.js).
   */
  function update(byReader = false) {
    const res = score(data, answers, { target });
    questions.progress(res);
    result.show(res);
    targets.show(res);
    if (byReader && res.level) announce(root, data.contract, res);
  }

  function share() {
    const href = shareUrl(data, siteRoot, answers);
    shareInput.value = href;
    shareField.hidden = false;
    const where = "Your answers are in the part after #, which browsers never send to a server.";
    copyText(href).then((copied) => {
      if (!copied) shareInput.select();
      status.textContent = `${copied ? "Share link copied." : "Copy the share link below."} ${where}`;
    });
  }

  function exportFile() {
    downloadAnswers(data, answers, score(data, answers), notes);
    status.textContent = "Answers exported to a file.";
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
    if (found.rejected) {
      status.textContent = "That file could not be read as self-check answers, so nothing was changed.";
      notices.clear();
      if (found.problems.length) notices.add(`What is wrong with ${file.name}:`, found.problems);
      return;
    }
    notices.clear();
    setAnswers(found.answers, found.notes);
    if (found.outdated) notices.add("Answers imported from a file made with an older questionnaire.", changes(data, found));
    save(data, answers, notes);
    update(true);
    status.textContent = "Answers imported.";
  }

  function reset() {
    setAnswers({}, {});
    forget(data);
    notices.clear();
    shareField.hidden = true;
    update(true);
    status.textContent = "Answers cleared.";
  }
}
