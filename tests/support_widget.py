"""Helpers the self-check's browser tests share: driving the widget, answers built from the built JSON, axe-core.

The three self-check test files import these from here, never from one another. Answers are always made from
the ``model.json`` the build wrote (``widget_data``), so the tests follow the questionnaire in data/.
"""

from __future__ import annotations

import json
from fractions import Fraction
from math import ceil, floor
from pathlib import Path

from tests.support import ROOT

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
WIDGET = ROOT / "docs" / "assets" / "self-check"


def widget_data(site_dir: Path) -> dict:
    """The JSON the widget reads, as the build wrote it."""
    return json.loads((site_dir / "assets" / "self-check" / "model.json").read_text(encoding="utf-8"))


# Driving the widget.


def open_widget(page, url: str):
    page.goto(url)
    page.wait_for_selector(".gsc-area")


def shown(locator):
    """The locator, with the area holding it opened first (areas are <details>, closed but for the first), as a
    reader opens it before answering there. Returns the locator, for .check() or .fill()."""
    locator.evaluate("el => { const area = el.closest('details'); if (area) area.open = true; }")
    return locator


def open_all(page):
    """Every area opened, as a reader who wants to read the whole questionnaire does."""
    page.locator(".gsc-area").evaluate_all("areas => areas.forEach(area => { area.open = true; })")


def choose(page, answers: dict[str, str]):
    for qid, option in answers.items():
        shown(page.locator(f'input[data-question="{qid}"][value="{option}"]')).check()


def checked(page) -> dict[str, str]:
    return page.evaluate("""() => Object.fromEntries([...document.querySelectorAll('.gsc input[type=radio]:checked')]
        .map(input => [input.dataset.question, input.value]))""")


def summary(page) -> str:
    return " ".join(page.locator(".gsc-summary").inner_text().split())


def stored(page, data) -> str | None:
    return page.evaluate("key => localStorage.getItem(key)", data["contract"]["storage_key"])


def axe_violations(page) -> list:
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG)
    return [(v["id"], [n["target"] for n in v["nodes"]]) for v in result["violations"]]


# The questionnaire, read from the JSON.


def scale_of(data, question) -> dict:
    return next(s for s in data["scales"] if s["id"] == question["scale"])


def top_points(data, question) -> int:
    return scale_of(data, question)["options"][-1]["points"]


def questions_of(data, number: int) -> list[dict]:
    """The questions about the practices of level `number`, in the questionnaire's order."""
    return [q for q in data["questions"] if q["level"] == number]


def level_max(data, number: int) -> int:
    return sum(top_points(data, q) for q in questions_of(data, number))


def gate_needed(data, number: int) -> int:
    """The points level `number` must earn on its own questions (level_gate_percent of them, rounded up)."""
    return ceil(Fraction(data["scoring"]["level_gate_percent"] * level_max(data, number), 100))


def band_of(data, score: int) -> dict:
    return next(lv for lv in data["levels"] if lv["min"] <= score <= lv["max"])


def label(level: dict) -> str:
    return f"Level {level['number']} – {level['name']}"


def rescaled(points: int, applicable: int, top: int) -> int:
    """points * top / applicable, rounded half up: the published rule, worked out here independently."""
    return floor(Fraction(points * top, applicable) + Fraction(1, 2))


def answers_by_points(data, points: dict[str, int | str]) -> dict[str, str]:
    """Answer ids for {question id: points or 'na'}; questions not named get their first (lowest) answer."""
    na = data["contract"]["not_applicable"]
    out = {}
    for q in data["questions"]:
        want = points.get(q["id"], 0)
        if want == "na":
            assert q.get("not_applicable"), f"{q['id']} does not offer Not applicable"
            out[q["id"]] = na
        else:
            out[q["id"]] = next(o["id"] for o in scale_of(data, q)["options"] if o["points"] == want)
    return out


def fill(data, number: int, total: int) -> dict[str, int]:
    """Points for level `number`'s questions adding up to `total`, each question as high as it goes, in order."""
    points, left = {}, total
    for q in questions_of(data, number):
        points[q["id"]] = min(top_points(data, q), left)
        left -= points[q["id"]]
    assert left == 0, f"level {number} cannot give {total} points"
    return points


def question_levels(data) -> list[int]:
    return sorted({q["level"] for q in data["questions"]})


def points_for_total(data, total: int) -> dict[str, int]:
    """Points worth exactly `total`, every question applicable, meeting the gate of every level up to its band.

    Each gated level up to the band first gets the points its gate needs; what is left fills Level 2, then 3, then 4.
    """
    band = band_of(data, total)["number"]
    per = {n: (gate_needed(data, n) if n <= band else 0) for n in question_levels(data)}
    left = total - sum(per.values())
    assert left >= 0, f"{total} points cannot meet the gates up to Level {band}"
    for n in per:
        more = min(level_max(data, n) - per[n], left)
        per[n] += more
        left -= more
    assert left == 0
    points = {}
    for n, want in per.items():
        points.update(fill(data, n, want))
    return points


def answers_for_total(data, total: int) -> dict[str, str]:
    return answers_by_points(data, points_for_total(data, total))


def lowest_answers(data) -> dict[str, str]:
    return {q["id"]: scale_of(data, q)["options"][0]["id"] for q in data["questions"]}


def highest_answers(data) -> dict[str, str]:
    return {q["id"]: scale_of(data, q)["options"][-1]["id"] for q in data["questions"]}


def download(page, button: str, tmp_path):
    """Click the button that downloads a file and return the saved file's path (its name as the widget chose it)."""
    with page.expect_download() as info:
        page.get_by_role("button", name=button).click()
    path = tmp_path / info.value.suggested_filename
    info.value.save_as(path)
    return path
