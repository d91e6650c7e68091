/* The plan towards the next level, each practice linked with its level, the answers given and references; what is in place. */
import { h } from "./dom.js";
import { levelLabel } from "./reason.js";

const STATUS = { missing: "not in place", partial: "partly in place" };

export function nextSteps({ data, link }, res) {
  const { target, items } = res.plan;
  const heading = target ? `Your plan to reach ${levelLabel(target)}` : `Your next steps to stay at ${levelLabel(res.level)}`;
  let intro = target
    ? `These practices, up to Level ${target.number}, are not yet fully in place: the lowest level comes first, then the weakest area.`
    : "These practices are not yet fully in place: the lowest level comes first, then the weakest area.";
  if (!items.length) {
    intro = "Every practice these questions ask about up to there is fully in place or does not apply. Keep reviewing them as models and usage change.";
  }
  const areaName = (id) => data.areas.find((a) => a.id === id).name;
  const levelName = (number) => data.levels.find((lv) => lv.number === number).name;
  const answered = (answers) => answers.map((a) => `“${a.text}” to question ${a.question}`).join(" and ");
  const list = h("ol", { class: "gsc-plan" }, items.map((item) => h("li", {},
    h("p", {}, link(item.url, item.title), ` – Level ${item.level} (${levelName(item.level)}), ${areaName(item.area)}; `
      + `${STATUS[item.status]}: you answered ${answered(item.answers)}.`),
    item.references.length ? h("ul", { class: "gsc-refs", "aria-label": `References for ${item.title}` },
      item.references.map((ref) => h("li", {}, link(ref.url, ref.title)))) : null)));
  return h("div", { class: "gsc-next" }, h("h3", { text: heading }), h("p", { text: intro }), items.length ? list : null);
}

export function inPlaceList({ link }, practices) {
  if (!practices.length) return null;
  return h("div", { class: "gsc-in-place" }, h("h3", { text: "Already in place" }),
    h("ul", {}, practices.map((p) => h("li", {}, link(p.url, p.title)))));
}
