"""The one piece of scoring arithmetic the build shows as a worked example: rescaling to the published scale.

The widget's scoring.js computes results; this is the same rounding rule, kept in step by a test that feeds
both the same cases (tests/test_widget_units.py), so the page's example can never disagree with the widget.
"""

from __future__ import annotations


def rescale(points: int, applicable: int, top: int) -> int:
    """``points × top ÷ applicable``, rounded half up, in integers so that x.5 is never lost to float error."""
    return (2 * points * top + applicable) // (2 * applicable)
