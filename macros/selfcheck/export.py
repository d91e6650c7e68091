"""The one JSON file the self-check widget reads, written by the build from the validated model."""

from __future__ import annotations

import json
import posixpath
import re

from ..contract import CONTRACT
from ..model import Model
from ..render.md import page_url

JSON_PATH = "assets/self-check/model.json"  # site-relative; the hook writes it, pages point at it
CROSSWALK_PATH = posixpath.join(posixpath.dirname(JSON_PATH), CONTRACT["crosswalk"])  # beside it, loaded lazily
SELF_CHECK_PAGE = "self-check/index.md"  # where share links lead, also from the embedded copy
FORMAT = 3  # bump when the file's shape changes in a way the widget must know about (3: lang, messages, languages)
# The issue form a question's "Is this question unclear?" link opens (repository-relative), and the fields the link
# fills, by what each carries. GitHub fills an issue form's field from the query parameter named by the field's id;
# tests/test_question_feedback.py holds these to the form's one-line (input) fields. Never the reader's answers.
FEEDBACK_FORM = ".github/ISSUE_TEMPLATE/question-feedback.yml"
FEEDBACK_FIELDS = {"question": "question-id", "text": "question-text", "version": "model-version", "page": "page"}
GITHUB_REPO = re.compile(r"https://github\.com/([A-Za-z0-9-]+)/([A-Za-z0-9._-]+?)(?:\.git)?/?")


def json_url(page: str) -> str:
    """The JSON file's URL relative to a page (``docs/``-relative source path) as served."""
    here = page_url(page).rstrip("/")
    return posixpath.relpath(JSON_PATH, here or ".")


def question_level(model: Model, question) -> int:
    """The level a question's points count towards: that of its practices (the validator makes them share one)."""
    return model.practice_by_id[question.practices[0]].level


def language_urls(model: Model) -> dict[str, str]:
    """Each published language's widget JSON relative to this model's, as each language's build writes its own
    under its URL prefix (English at the root, pt-BR under pt-br/): an embed's ?lang= follows it. The model's own
    language is listed even when unpublished (the pseudo-locale of the tests)."""
    prefixes = {"en": "", **{lang.code: lang.path for lang in model.languages}}
    prefixes.setdefault(model.lang, "")
    here = posixpath.dirname(posixpath.join(prefixes[model.lang], JSON_PATH))
    return {tag: posixpath.relpath(posixpath.join(prefix, JSON_PATH), here) for tag, prefix in prefixes.items()}


# What a question shows when its text is not (or no longer) the translation of the English: a catalog key's end.
NOTICES = {"missing": "fallback", "stale": "stale"}


def feedback(repo_url: str | None) -> dict | None:
    """Where a question's feedback link leads: the new-issue address of the GitHub repository the site's
    configuration names (``repo_url``), with the form and its fields. None without one, or for a repository that
    is not on GitHub (issue forms are GitHub's): the widget then shows no link."""
    found = GITHUB_REPO.fullmatch(repo_url or "")
    if not found:
        return None
    owner, name = found.groups()
    return {
        "url": f"https://github.com/{owner}/{name}/issues/new",
        "template": posixpath.basename(FEEDBACK_FORM),
        "fields": FEEDBACK_FIELDS,
    }


def widget_data(model: Model, messages: dict, repo_url: str | None = None) -> dict:
    """Everything the widget shows or computes with, in the model's language; URLs are relative to the site root
    (``base``). ``messages`` is the widget's catalog in that language (:func:`macros.i18n.messages.catalog`),
    written in whole so the widget needs no second request. ``repo_url`` is the site's repository, where
    feedback on a question goes (see :func:`feedback`)."""
    sc = model.self_check
    area_rank = {a.id: i for i, a in enumerate(model.areas)}
    practices = model.practice_by_id
    official = model.reference_by_id[sc.official_assessment]
    # Questions are shown grouped by area in the areas' order, keeping the file's order within an area.
    questions = sorted(sc.questions, key=lambda q: area_rank[practices[q.practices[0]].area])
    return {
        "format": FORMAT,
        "lang": model.lang,
        "languages": language_urls(model),
        "messages": messages,
        "contract": CONTRACT,
        "model": {"version": model.version, "title": model.title, "max_score": model.max_score},
        "scoring": {"applicable_min_percent": sc.applicable_min_percent, "level_gate_percent": sc.level_gate_percent},
        "official": {"title": official.title, "url": official.url},
        "base": posixpath.relpath(".", posixpath.dirname(JSON_PATH)) + "/",
        "page": page_url(SELF_CHECK_PAGE),
        **({"feedback": target} if (target := feedback(repo_url)) else {}),
        "levels": [
            {"number": lv.number, "name": lv.name, "min": lv.band.min, "max": lv.band.max, "url": page_url(lv.page)}
            for lv in model.levels
        ],
        "areas": [{"id": a.id, "name": a.name} for a in model.areas],
        "scales": [
            {"id": s.id, "options": [{"id": o.id, "text": o.text, "points": o.points} for o in s.options]}
            for s in sc.scales
        ],
        "questions": [
            {
                "id": q.id,
                "text": q.text,
                **({"help": q.help} if q.help else {}),
                "practices": list(q.practices),
                "level": question_level(model, q),
                "scale": q.scale,
                **({"not_applicable": q.not_applicable} if q.not_applicable else {}),
                **({"notice": NOTICES[worst]} if (worst := _status(model, q)) in NOTICES else {}),
            }
            for q in questions
        ],
        # Every practice, in the guide's order (level, then title), so the plan can name any of them.
        "practices": {
            p.id: {
                "title": p.title,
                "area": p.area,
                "level": p.level,
                "url": page_url(p.page),
                "references": [
                    {"title": model.reference_by_id[r].title, "url": model.reference_by_id[r].url} for r in p.references
                ],
            }
            for p in model.practices
        },
    }


def _status(model: Model, question) -> str:
    """The worst status of a question's texts in the model's language ("translated" in English)."""
    return model.translation.of(question).worst if model.translations else "translated"


def widget_json(model: Model, messages: dict, repo_url: str | None = None) -> str:
    data = widget_data(model, messages, repo_url)
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=False) + "\n"


def crosswalk_data(model: Model) -> dict:
    """The crosswalk the widget's frameworks view reads after a result: every framework with every item it lists,
    and which practices address which item, and why (in the model's language; ids, names and item titles are the
    frameworks' own words). It is about as big as the rest of the widget's JSON, so it is a file of its own that
    a first visit never fetches; ``lang`` and ``version`` let the widget refuse one that does not go with its
    model.json (a cache holding another build's)."""
    return {
        "lang": model.lang,
        "version": model.version,
        "frameworks": [
            {
                "id": fw.id,
                "name": fw.name,
                "version": fw.version,
                "url": model.reference_by_id[fw.reference].url,
                "items": [{"id": item.id, "title": item.title} for item in fw.items],
            }
            for fw in model.frameworks
        ],
        # framework id -> item id -> the practices addressing it, in the data's order; an item no practice
        # addresses is absent (the view lists it as not addressed by the guide)
        "mappings": {
            fw.id: {
                item.id: [{"id": mp.id, "why": mp.why} for mp in model.addressed_by[(fw.id, item.id)]]
                for item in fw.items
                if (fw.id, item.id) in model.addressed_by
            }
            for fw in model.frameworks
        },
    }


def crosswalk_json(model: Model) -> str:
    return json.dumps(crosswalk_data(model), ensure_ascii=False, separators=(",", ":")) + "\n"
