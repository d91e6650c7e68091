/* The plan towards the next level, each practice linked with its level, the answers given and references; what is in place. */
import { h } from "./dom.js";
import { t } from "./i18n.js";
import { levelLabel } from "./reason.js";

export function nextSteps({ data, link }, res) {
  const tr = (key, params) => t(data, key, params);
  const { target, items } = res.plan;
  const heading = target ? tr("plan.to_reach", { level: levelLabel(data, target) }) : tr("plan.to_stay", { level: levelLabel(data, res.level) });
  let intro = target ? tr("plan.intro_target", { number: target.number }) : tr("plan.intro");
  if (!items.length) intro = tr("plan.done");
  const areaName = (id) => data.areas.find((a) => a.id === id).name;
  const levelName = (number) => data.levels.find((lv) => lv.number === number).name;
  const answered = (answers) => answers.map((a) => tr("plan.answer", { text: a.text, number: a.question })).join(tr("plan.and"));
  const list = h("ol", { class: "gsc-plan" }, items.map((item) => h("li", {},
    h("p", {}, link(item.url, item.title), tr(`plan.item_${item.status}`, { // plan.item_missing, plan.item_partial
      level: item.level, name: levelName(item.level), area: areaName(item.area), answered: answered(item.answers) })),
    item.references.length ? h("ul", { class: "gsc-refs", "aria-label": tr("plan.references", { title: item.title }) },
      item.references.map((ref) => h("li", {}, link(ref.url, ref.title)))) : null)));
  return h("div", { class: "gsc-next" }, h("h3", { text: heading }), h("p", { text: intro }), items.length ? list : null);
}

export function inPlaceList({ data, link }, practices) {
  if (!practices.length) return null;
  return h("div", { class: "gsc-in-place" }, h("h3", { text: t(data, "plan.in_place") }),
    h("ul", {}, practices.map((p) => h("li", {}, link(p.url, p.title)))));
}
