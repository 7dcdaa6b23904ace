"""A checkable list of countries by name, with a filter box, for the layers' country filter.

People pick "Romania (RO)" from a list rather than type ISO codes; the codes are still what
is stored. No country checked means every country.
"""

from __future__ import annotations

from typing import Iterable, List, Optional

from qgis.PyQt.QtCore import QCoreApplication, Qt, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..qgis_io.names import country_choices

CODE_ROLE = Qt.ItemDataRole.UserRole
MAX_NAMES_IN_SUMMARY = 4


def _tr(text: str) -> str:
    return QCoreApplication.translate("CertificationCountryList", text)


class CountryList(QWidget):
    """Filter box, checkable country list and a line saying what is chosen."""

    changed = pyqtSignal()
    """Emitted when a country is checked or unchecked."""

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(_tr("Filter countries"))
        self.filter_edit.setClearButtonEnabled(True)
        top.addWidget(self.filter_edit, 1)
        self.clear_button = QPushButton(_tr("All countries"), self)
        self.clear_button.setToolTip(_tr("Uncheck every country: the layers show all of them."))
        top.addWidget(self.clear_button)
        layout.addLayout(top)
        self.list_widget = QListWidget(self)
        self.list_widget.setMinimumHeight(140)
        layout.addWidget(self.list_widget)
        self.summary_label = QLabel(self)
        # Country names come from a data file: shown as plain text.
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        self.summary_label.setWordWrap(True)
        layout.addWidget(self.summary_label)

        self.filter_edit.textChanged.connect(self.apply_filter)
        self.clear_button.clicked.connect(self.clear)
        self.list_widget.itemChanged.connect(self._item_changed)
        self._fill([])

    # -- content -----------------------------------------------------------------------------
    def _fill(self, extra_codes: Iterable[str]) -> None:
        self.list_widget.blockSignals(True)
        self.list_widget.clear()
        choices = dict(country_choices())
        for code, label in country_choices(list(extra_codes)):
            choices.setdefault(code, label)
        for code, label in sorted(choices.items(), key=lambda pair: pair[1].casefold()):
            item = QListWidgetItem(label, self.list_widget)
            item.setData(CODE_ROLE, code)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            item.setCheckState(Qt.CheckState.Unchecked)
        self.list_widget.blockSignals(False)
        self.apply_filter(self.filter_edit.text())

    def items(self) -> List[QListWidgetItem]:
        return [self.list_widget.item(row) for row in range(self.list_widget.count())]

    def item_for(self, code: str) -> Optional[QListWidgetItem]:
        code = code.strip().upper()
        return next((item for item in self.items() if item.data(CODE_ROLE) == code), None)

    # -- the selection -----------------------------------------------------------------------
    def checked_codes(self) -> List[str]:
        """ISO codes of the checked countries, sorted; empty means every country."""
        return sorted(
            item.data(CODE_ROLE)
            for item in self.items()
            if item.checkState() == Qt.CheckState.Checked
        )

    def set_checked_codes(self, codes: Iterable[str]) -> None:
        wanted = {code.strip().upper() for code in codes if code.strip()}
        known = {item.data(CODE_ROLE) for item in self.items()}
        if wanted - known:  # a stored code the world map does not know: list it too
            self._fill(wanted - known)
        self.list_widget.blockSignals(True)
        for item in self.items():
            checked = item.data(CODE_ROLE) in wanted
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.list_widget.blockSignals(False)
        self._update_summary()

    def clear(self) -> None:
        self.set_checked_codes([])
        self.changed.emit()

    # -- filter and summary ------------------------------------------------------------------
    def apply_filter(self, text: str) -> None:
        """Show only the countries whose name or code contains ``text``."""
        needle = (text or "").strip().casefold()
        for item in self.items():
            item.setHidden(bool(needle) and needle not in item.text().casefold())

    def visible_labels(self) -> List[str]:
        return [item.text() for item in self.items() if not item.isHidden()]

    def _item_changed(self, _item: QListWidgetItem) -> None:
        self._update_summary()
        self.changed.emit()

    def _update_summary(self) -> None:
        labels = [
            item.text() for item in self.items() if item.checkState() == Qt.CheckState.Checked
        ]
        if not labels:
            self.summary_label.setText(_tr("All countries"))
            return
        shown = ", ".join(labels[:MAX_NAMES_IN_SUMMARY])
        if len(labels) > MAX_NAMES_IN_SUMMARY:
            shown += ", " + _tr("and {} more").format(len(labels) - MAX_NAMES_IN_SUMMARY)
        self.summary_label.setText(_tr("Only: {}").format(shown))
