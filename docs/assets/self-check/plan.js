/* Next steps: the practices to work on, by area, each linked to its page with its references. */
import { h } from "./dom.js";

export function nextSteps({ data, link }, plan) {
  const { target, beyond, groups } = plan;
  const levelName = (number) => data.levels.find((lv) => lv.number === number).name;
  const heading = target ? `Your next steps towards Level ${target.number} – ${target.name}` : "Your next steps to stay at the top";
  let intro = "These practices are not yet fully in place.";
  if (target) {
    intro = beyond
      ? `Every practice Level ${target.number} expects is in place as far as these questions go; these are the ones still open.`
      : `Level ${target.number} expects these practices, and your answers show they are not yet fully in place.`;
  }
  if (!groups.length) {
    intro = "Every practice these questions ask about is fully in place or does not apply. Keep reviewing them as models and usage change.";
  }
  const blocks = groups.map(({ area, items }) => [
    h("h4", { text: `${area.name}: ${area.points} of ${area.max} points` }),
    h("ul", { class: "gsc-plan" }, items.map((item) => h("li", {},
      h("p", {}, link(item.url, item.title),
        ` – expected from Level ${item.level} (${levelName(item.level)}); you answered "${item.answer}".`),
      item.references.length ? h("ul", { class: "gsc-refs", "aria-label": `References for ${item.title}` },
        item.references.map((ref) => h("li", {}, link(ref.url, ref.title)))) : null))),
  ]);
  const weakest = groups.length > 1 ? " The weakest area comes first." : "";
  return h("div", { class: "gsc-next" }, h("h3", { text: heading }), h("p", { text: `${intro}${weakest}` }), blocks);
}
