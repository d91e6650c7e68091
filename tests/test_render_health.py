"""The about page's content health: every dated fact counted once, in the state its last check puts it in."""

from __future__ import annotations

from datetime import date, timedelta

from macros.assemble import load_model
from macros.render.health import DUE_AFTER_DAYS, PAST_DUE_AFTER_DAYS, STATES, content_health, health_counts, state
from tests.support import ROOT


def test_a_fact_is_current_then_due_then_past_due_as_it_ages():
    as_of = date(2026, 12, 7)
    ago = lambda days: (as_of - timedelta(days=days)).isoformat()  # noqa: E731
    assert state(ago(0), as_of) == state(ago(DUE_AFTER_DAYS), as_of) == "current"
    assert state(ago(DUE_AFTER_DAYS + 1), as_of) == state(ago(PAST_DUE_AFTER_DAYS), as_of) == "due"
    assert state(ago(PAST_DUE_AFTER_DAYS + 1), as_of) == "past due"
    assert state(None, as_of) == "never checked"


def test_every_dated_fact_is_counted_once_against_the_reviewed_date():
    model = load_model(ROOT)
    counts = health_counts(model)
    assert [sum(c.values()) for c in counts.values()] == [
        len(model.references),
        len(model.tools),
        len(model.model_versions),
    ]
    as_of = date.fromisoformat(model.as_of)
    current = sum(1 for r in model.references if state(r.last_verified, as_of) == "current")
    assert counts["References"]["current"] == current
    md = content_health(model, "about.md")
    assert f"Counted on {model.as_of}" in md
    row = next(line for line in md.splitlines() if line.startswith("| References |"))
    assert row == "| References | " + " | ".join(str(counts["References"][s]) for s in STATES) + (
        f" | {len(model.references)} |"
    )


def test_the_about_page_shows_the_section():
    assert "{{ content_health() }}" in (ROOT / "docs" / "about.md").read_text()
