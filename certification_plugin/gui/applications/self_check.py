"""The self-check page: the server's yes/no questions, "Continue" only when every one is yes.

The questions come from the application form in the interface language; their text is the
server's, shown as plain text. A "no" is allowed (nothing is sent), but the page says which
answers keep the applicant from continuing, since submitting needs every answer "yes".
"""

from __future__ import annotations

from typing import Dict, List, Mapping, Optional, Sequence

from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QButtonGroup,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ...core.applications import Question


def _plain(text: str, parent: QWidget, name: str = "") -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if name:
        label.setObjectName(name)
    label.setText(text)
    return label


class SelfCheckPage(QWidget):
    """Questions with Yes/No each; ``continued`` when the user may go on."""

    changed = pyqtSignal()
    continued = pyqtSignal()

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setObjectName("selfCheckPage")
        self._questions: List[Question] = []
        self._groups: Dict[str, QButtonGroup] = {}
        self._loading = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.intro = _plain(
            self.tr(
                "Before you fill in the application, answer these questions. Organisations "
                "that can answer yes to each of them may apply."
            ),
            self,
            "selfCheckIntro",
        )
        layout.addWidget(self.intro)
        self.box = QGroupBox(self.tr("Self-check"), self)
        self.box_layout = QVBoxLayout(self.box)
        layout.addWidget(self.box)
        self.explanation = _plain("", self, "selfCheckExplanation")
        layout.addWidget(self.explanation)
        self.continue_button = QPushButton(self.tr("Continue"), self)
        self.continue_button.setObjectName("selfCheckContinue")
        self.continue_button.clicked.connect(self._continue)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.continue_button)
        layout.addLayout(row)
        layout.addStretch(1)
        self._update()

    def set_questions(self, questions: Sequence[Question], answers: Mapping[str, bool]) -> None:
        """Show ``questions`` with the saved ``answers`` (unanswered ones have neither)."""
        self._loading = True
        try:
            while self.box_layout.count():
                item = self.box_layout.takeAt(0)
                widget = item.widget()
                if widget is not None:
                    widget.deleteLater()
            self._questions = list(questions)
            self._groups = {}
            for number, question in enumerate(self._questions, start=1):
                row = QWidget(self.box)
                row.setObjectName(f"question_{question.key}")
                row_layout = QVBoxLayout(row)
                row_layout.setContentsMargins(0, 4, 0, 4)
                row_layout.addWidget(_plain(f"{number}. {question.text}", row))
                buttons = QHBoxLayout()
                group = QButtonGroup(row)
                yes = QRadioButton(self.tr("Yes"), row)
                no = QRadioButton(self.tr("No"), row)
                yes.setObjectName(f"yes_{question.key}")
                no.setObjectName(f"no_{question.key}")
                group.addButton(yes, 1)
                group.addButton(no, 0)
                answer = answers.get(question.key)
                if answer is True:
                    yes.setChecked(True)
                elif answer is False:
                    no.setChecked(True)
                group.buttonClicked.connect(self._clicked)
                buttons.addWidget(yes)
                buttons.addWidget(no)
                buttons.addStretch(1)
                row_layout.addLayout(buttons)
                self.box_layout.addWidget(row)
                self._groups[question.key] = group
        finally:
            self._loading = False
        self._update()

    def answers(self) -> Dict[str, bool]:
        """Answered questions only: True for yes, False for no."""
        found = {}
        for key, group in self._groups.items():
            checked = group.checkedId()
            if checked in (0, 1):
                found[key] = checked == 1
        return found

    def answer(self, key: str, yes: bool) -> None:
        """Answer a question as a click would (tests, restoring)."""
        group = self._groups[key]
        button = group.button(1 if yes else 0)
        button.click()

    def missing(self) -> List[Question]:
        answers = self.answers()
        return [q for q in self._questions if answers.get(q.key) is not True]

    @property
    def passed(self) -> bool:
        return bool(self._questions) and not self.missing()

    def _clicked(self, *_args: object) -> None:
        self._update()
        if not self._loading:
            self.changed.emit()

    def _update(self) -> None:
        if not self._questions:
            self.explanation.setText(self.tr("Loading the questions from the server…"))
            self.continue_button.setEnabled(False)
            return
        answers = self.answers()
        noes = [q for q in self._questions if answers.get(q.key) is False]
        open_ = [q for q in self._questions if q.key not in answers]
        lines = []
        if noes:
            lines.append(
                self.tr("Certification needs a yes to every question. These answers are no:")
            )
            lines.extend(f"• {q.text}" for q in noes)
        if open_:
            lines.append(self.tr("Still to answer: {n}").format(n=len(open_)))
        self.explanation.setText("\n".join(lines))
        self.continue_button.setEnabled(self.passed)

    def _continue(self) -> None:
        if self.passed:
            self.continued.emit()
