"""What a screen reader hears: a walk over a window or dialog through QAccessible.

``unnamed(root)`` lists every interactive widget under ``root`` (shown, or shown when its tab or
page is) whose accessible name, as the platform's screen reader asks for it
(``QAccessible.queryAccessibleInterface(widget).text(QAccessible.Name)``), is empty, and every
drop-down that announces its value instead of its label. Use it on any new window or dialog::

    from tests.ui.accessibility import assert_all_named
    assert_all_named(dialog)
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QCalendarWidget,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QTextEdit,
    QPlainTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QAbstractSlider,
)
"""The widgets an officer types into, chooses in or presses."""

PARTS_OF = (QComboBox, QAbstractSpinBox, QCalendarWidget, QTabBar, QHeaderView)
"""Widgets whose inner widgets are parts of one control (announced by it), not controls."""


def _is_part(widget: QWidget, root: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not root.parentWidget():
        if isinstance(parent, PARTS_OF):
            return True
        parent = parent.parentWidget()
    return False


def interactive_widgets(root: QWidget) -> list[QWidget]:
    """The controls under ``root`` that a keyboard or screen-reader user meets."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not isinstance(widget, INTERACTIVE) or isinstance(widget, (QScrollBar, QHeaderView)):
            continue
        if type(widget).__name__ == "QTableCornerButton" or widget.objectName().startswith("qt_"):
            continue  # Qt's own helpers (the table's corner, a scroll area's viewport parts)
        if not widget.isVisibleTo(root) and not widget.isVisibleTo(widget.window()):
            continue
        if _is_part(widget, root):
            continue
        found.append(widget)
    return found


def spoken_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def _labelled(widget: QWidget) -> bool:
    interface = QAccessible.queryAccessibleInterface(widget)
    relations = interface.relations(QAccessible.RelationFlag.Label) if interface is not None else []
    return any(other.text(QAccessible.Text.Name).strip() for other, _flag in relations)


def describe(widget: QWidget) -> str:
    chain = []
    current: QWidget | None = widget
    while current is not None and len(chain) < 4:
        chain.append(current.objectName() or type(current).__name__)
        current = current.parentWidget()
    text = getattr(widget, "text", None)
    shown = text() if callable(text) else ""
    return " < ".join(chain) + (f" ({shown!r})" if isinstance(shown, str) and shown else "")


def unnamed(root: QWidget) -> list[str]:
    """What a screen reader would announce without a name, or with a value for a name, on every
    page of every tab under ``root`` (each tab is shown in turn, then the current one again)."""
    problems = set(_unnamed_here(root))
    for tabs in root.findChildren(QTabWidget):
        if not tabs.isVisibleTo(root):
            continue
        current = tabs.currentIndex()
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            problems.update(_unnamed_here(root))
        tabs.setCurrentIndex(current)
    return sorted(problems)


def _unnamed_here(root: QWidget) -> list[str]:
    problems = []
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None and buddy.focusProxy() is not None and label.isVisibleTo(root):
            # On Linux a drop-down's name is its value; the label reaches the screen reader as a
            # relation, which Qt makes only between a label and its buddy itself.
            problems.append(f"label {label.text()!r} is the buddy of a container, not of its control")
    for widget in interactive_widgets(root):
        name = spoken_name(widget)
        if not name:
            problems.append("unnamed: " + describe(widget))
        elif isinstance(widget, QComboBox) and not widget.accessibleName() and name == widget.currentText():
            problems.append("announces its value, not its label: " + describe(widget))
        elif isinstance(widget, QComboBox) and not _labelled(widget) and not widget.accessibleName():
            problems.append("a drop-down without a label: " + describe(widget))
    return problems


def assert_all_named(root: QWidget) -> None:
    problems = unnamed(root)
    assert not problems, f"{type(root).__name__}: " + "\n".join(problems)
