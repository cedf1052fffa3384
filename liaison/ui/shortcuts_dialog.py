"""Help → Keyboard shortcuts: every shortcut of the window, read from its actions when the dialog
opens (menus, the lists and editors, meeting mode's table of keys), so the list cannot drift
from what the keys do."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from liaison.ui.language import Retranslating


def plain(text: str) -> str:
    """A menu text as it reads: without its mnemonic's & and the trailing dots."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").rstrip(".").strip()


def key_texts(sequences: list[QKeySequence]) -> list[str]:
    return [s.toString(QKeySequence.SequenceFormat.NativeText) for s in sequences if not s.isEmpty()]


def window_groups(window: QMainWindow) -> list[tuple[str, list[tuple[str, list[str]]]]]:
    """(group title, [(what, [keys])]) for the menus and for the window's other actions."""
    groups: list[tuple[str, list[tuple[str, list[str]]]]] = []
    in_menus: set[int] = set()
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        if menu is None:
            continue
        rows = []
        for action in menu.actions():
            in_menus.add(id(action))
            keys = key_texts(action.shortcuts())
            if keys and action.text():
                rows.append((plain(action.text()), keys))
        if rows:
            groups.append((plain(menu.title()), rows))
    rows, seen = [], set()
    for action in window.findChildren(QAction):
        keys = key_texts(action.shortcuts())
        if id(action) in in_menus or not keys or not action.text():
            continue
        entry = (plain(action.text()), tuple(keys))
        if entry not in seen:  # each list has its own New, Delete and Undo delete
            seen.add(entry)
            rows.append((entry[0], keys))
    if rows:
        groups.append((QCoreApplication.translate("ShortcutsDialog", "Lists and editors"), rows))
    return groups


def meeting_group() -> tuple[str, list[tuple[str, list[str]]]]:
    from liaison.ui.meeting.window import KEYS

    rows = [
        (QCoreApplication.translate("MeetingMode", text), key_texts([QKeySequence(s) for s in shortcuts]))
        for _name, text, shortcuts in KEYS
    ]
    return QCoreApplication.translate("ShortcutsDialog", "Meeting mode"), rows


class ShortcutsDialog(Retranslating, QDialog):
    """The keys, grouped as the window is (menus, lists and editors, meeting mode)."""

    def __init__(self, window: QMainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.main_window = window
        build_pages = getattr(window, "build_all_pages", None)
        if build_pages is not None:
            build_pages()  # lists are built on their first visit; their New, Delete… are listed too
        self.resize(560, 620)
        layout = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(2)
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(False)
        self.intro.setBuddy(self.tree)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(self.intro)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.intro.setText(
            self.tr("Tab moves between a list, its filter and the editor; the arrows move within a list.")
        )
        self.tree.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.tree.setHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.tree.clear()
        for title, rows in [*window_groups(self.main_window), meeting_group()]:
            group = QTreeWidgetItem(self.tree, [title])
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            group.setFirstColumnSpanned(True)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for what, keys in rows:
                item = QTreeWidgetItem(self.tree, [what, ", ".join(keys)])
                item.setData(1, Qt.ItemDataRole.UserRole, keys)

    def listed(self) -> list[tuple[str, str]]:
        """(what, key) for every key shown."""
        found = []
        for index in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(index)
            for key in item.data(1, Qt.ItemDataRole.UserRole) or []:
                found.append((item.text(0), key))
        return found
