"""The Opinion tab: a group coordinator confirms or overrides the proposed recommendation.

``GET opinion/`` gives each routed group's proposal (the server's rule over the submitted
reviews: recommendation, median total against the threshold, the minimums the medians fail,
reviews submitted of those needed) and its opinion once recorded. The coordinator keeps the
proposal or chooses another recommendation, which needs a reason, and records it (``POST
opinion/``); the server's 400 lands at the fields. Below, a reviewer can be invited to the
group by e-mail (``POST user-groups/{id}/invitations/``), e.g. when reviews diverge. Every
value from the network is shown as plain text.
"""

from __future__ import annotations

from typing import Any, Dict, List, Mapping, Optional, Tuple

from qgis.core import Qgis
from qgis.PyQt.QtCore import QCoreApplication, Qt, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import CancelledError
from ...core.fields import text_or_empty
from ...core.forms import CHOICE, EMAIL, MULTILINE, FieldSpec, FormSpec
from ...core.rubric import RECOMMENDATIONS, Rubric, shown_proposal
from ...qgis_io.lifetime import is_alive
from ...qgis_io.messages import error_message
from ..base import FormBinder
from .context import ReviewContext
from .page_helpers import plain_label, refusal_text
from .side_by_side import recommendation_label, when_text

OPINION_SPEC = FormSpec(
    "opinion",
    (
        FieldSpec("recommendation", "Recommendation", CHOICE, True, choices=RECOMMENDATIONS),
        FieldSpec("reason", "Reason (required when it differs from the proposal)", MULTILINE),
    ),
)
INVITE_SPEC = FormSpec("invitation", (FieldSpec("email", "E-mail", EMAIL, True, 254),))


def _tr(text: str) -> str:
    return QCoreApplication.translate("OpinionForm", text)


def _labels() -> Dict[str, str]:
    return {
        "Recommendation": _tr("Recommendation"),
        "Reason (required when it differs from the proposal)": _tr(
            "Reason (required when it differs from the proposal)"
        ),
        "E-mail": _tr("E-mail"),
        "Approve": _tr("Approve"),
        "Changes requested": _tr("Changes requested"),
        "Reject": _tr("Reject"),
    }


def _number(value: Any) -> str:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return "-"
    return str(int(value)) if float(value).is_integer() else f"{value:.1f}"


def proposal_lines(proposal: Mapping[str, Any], rubric: Optional[Rubric]) -> List[str]:
    """The proposal in words: recommendation, median total vs threshold, failed minimums,
    reviews submitted of those needed."""
    recommendation = shown_proposal(proposal, rubric, [])
    lines = [
        _tr("Proposed: {recommendation}").format(
            recommendation=recommendation_label(recommendation)
            if recommendation
            else _tr("not yet (too few reviews)")
        ),
        _tr("Median total {total}; {threshold} needed.").format(
            total=_number(proposal.get("median_total")),
            threshold=_number(proposal.get("threshold")),
        ),
    ]
    failed = [key for key in proposal.get("failed_minimums") or [] if isinstance(key, str)]
    if failed:
        titles = []
        for key in failed:
            criterion = rubric.criterion(key) if rubric is not None else None
            titles.append(criterion.title if criterion is not None else key)
        lines.append(_tr("Minimums not met: {criteria}").format(criteria=", ".join(titles)))
    else:
        lines.append(_tr("Every minimum is met."))
    lines.append(
        _tr("Reviews submitted: {submitted} of {needed} needed.").format(
            submitted=_number(proposal.get("reviews_submitted")),
            needed=_number(proposal.get("reviewers_needed")),
        )
    )
    return lines


def opinion_text(opinion: Mapping[str, Any]) -> str:
    """A recorded opinion in words (who, when, overridden with which reason)."""
    text = _tr("Recorded: {recommendation} by {by}, {at}.").format(
        recommendation=recommendation_label(text_or_empty(opinion.get("recommendation"))),
        by=text_or_empty(opinion.get("by")) or "-",
        at=when_text(opinion.get("at")),
    )
    if opinion.get("overridden") is True:
        text += "\n" + _tr("The proposal was overridden: {reason}").format(
            reason=text_or_empty(opinion.get("reason"))
        )
    return text


class OpinionForm(QWidget):
    """A coordinator's opinion on one application (see the module doc)."""

    changed = pyqtSignal()

    def __init__(self, context: ReviewContext, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setObjectName("OpinionForm")
        self.context = context
        self.application_id: Optional[int] = None
        self.rubric: Optional[Rubric] = None
        self.groups: List[Dict[str, Any]] = []
        self._build()

    def _build(self) -> None:
        labels = _labels()
        translate = lambda text: labels.get(text, text)  # noqa: E731
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.group_combo = QComboBox(self)
        self.group_combo.setObjectName("opinionGroup")
        self.group_combo.currentIndexChanged.connect(self._show_group)
        layout.addWidget(self.group_combo)
        self.proposal_label = self._plain("opinionProposal")
        layout.addWidget(self.proposal_label)
        self.opinion_label = self._plain("opinionRecorded")
        layout.addWidget(self.opinion_label)
        self.binder = FormBinder(OPINION_SPEC, self, translate)
        self.binder.changed.connect(self._reason_needed)
        layout.addWidget(self.binder.widget)
        row = QHBoxLayout()
        row.addStretch(1)
        self.record_button = QPushButton(_tr("Record the opinion"), self)
        self.record_button.setObjectName("recordOpinion")
        self.record_button.clicked.connect(self.record)
        row.addWidget(self.record_button)
        layout.addLayout(row)

        self.invite_box = QGroupBox(_tr("Invite a reviewer to the group"), self)
        self.invite_box.setObjectName("inviteReviewer")
        invite_layout = QVBoxLayout(self.invite_box)
        self.invite_binder = FormBinder(INVITE_SPEC, self.invite_box, translate)
        invite_layout.addWidget(self.invite_binder.widget)
        self.invite_button = QPushButton(_tr("Send the invitation"), self.invite_box)
        self.invite_button.setObjectName("sendInvitation")
        self.invite_button.clicked.connect(self.invite)
        invite_layout.addWidget(self.invite_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.invite_box)
        self.status_label = self._plain("opinionStatus")
        layout.addWidget(self.status_label)
        layout.addStretch(1)
        self._set_enabled(False)

    def _plain(self, name: str) -> QLabel:
        return plain_label(self, name, selectable=True)

    def status(self) -> str:
        return self.status_label.text()

    def set_status(self, text: str) -> None:
        self.status_label.setText(text)

    def _set_enabled(self, on: bool) -> None:
        self.binder.widget.setEnabled(on)
        self.record_button.setEnabled(on)

    # ------------------------------------------------------------------ loading
    def load(self, item: Mapping[str, Any]) -> None:
        application_id = int(item["application"])
        self.application_id = application_id
        self._set_enabled(False)
        self.set_status(_tr("Reading the opinion…"))
        reviews = self.context.reviews

        def work(task: Any) -> Tuple[Dict[str, Any], Optional[Rubric]]:
            opinion = reviews.opinion(application_id, is_cancelled=task.is_cancelled)
            try:
                rubric: Optional[Rubric] = reviews.rubric(is_cancelled=task.is_cancelled)
            except Exception:  # only the criteria's titles: their keys do
                rubric = None
            return opinion, rubric

        def done(result: Tuple[Dict[str, Any], Optional[Rubric]]) -> None:
            if is_alive(self) and self.application_id == application_id:
                self.show_opinion(*result)

        def failed(error: Exception) -> None:
            alive = is_alive(self) and self.application_id == application_id
            if alive and not isinstance(error, CancelledError):
                self.set_status(error_message(error))

        self.context.run(_tr("Reading the opinion"), work, done, failed, purpose="opinion.load")

    def show_opinion(self, data: Mapping[str, Any], rubric: Optional[Rubric] = None) -> None:
        """Show the server's ``GET opinion/`` answer (or a POST's group item)."""
        if rubric is not None:
            self.rubric = rubric
        groups = data.get("groups") if isinstance(data.get("groups"), list) else [data]
        self.groups = [g for g in groups if isinstance(g, dict)]
        current = self.group_combo.currentData()
        self.group_combo.blockSignals(True)
        self.group_combo.clear()
        for group in self.groups:
            info = group.get("group") if isinstance(group.get("group"), dict) else {}
            self.group_combo.addItem(text_or_empty(info.get("name")) or "-", info.get("id"))
        index = self.group_combo.findData(current) if current is not None else -1
        if index < 0:  # the first group this user may record for
            index = next((i for i, g in enumerate(self.groups) if g.get("can_record")), 0)
        self.group_combo.setCurrentIndex(index)
        self.group_combo.blockSignals(False)
        self.group_combo.setVisible(len(self.groups) > 1)
        self.set_status("" if self.groups else _tr("No group gives an opinion on it."))
        self._show_group()

    def group(self) -> Optional[Dict[str, Any]]:
        index = self.group_combo.currentIndex()
        return self.groups[index] if 0 <= index < len(self.groups) else None

    def group_id(self) -> Optional[int]:
        group = self.group()
        info = group.get("group") if group and isinstance(group.get("group"), dict) else {}
        ident = info.get("id")
        return ident if isinstance(ident, int) else None

    def proposed(self) -> Optional[str]:
        group = self.group()
        proposal = group.get("proposal") if group else None
        return shown_proposal(proposal, None, []) if isinstance(proposal, dict) else None

    def _show_group(self, *_args: object) -> None:
        group = self.group()
        self.binder.clear_errors()
        if group is None:
            self.proposal_label.clear()
            self.opinion_label.clear()
            self._set_enabled(False)
            self.invite_box.hide()
            return
        proposal = group.get("proposal") if isinstance(group.get("proposal"), dict) else {}
        self.proposal_label.setText("\n".join(proposal_lines(proposal, self.rubric)))
        opinion = group.get("opinion")
        self.opinion_label.setText(opinion_text(opinion) if isinstance(opinion, dict) else "")
        self.opinion_label.setVisible(isinstance(opinion, dict))
        ready = proposal.get("ready") is True
        recorded = isinstance(opinion, dict)
        chosen = opinion.get("recommendation") if recorded else self.proposed()
        self.binder.set_values({"recommendation": chosen or "", "reason": ""})
        self._set_enabled(group.get("can_record") is True)  # the server's word
        coordinating = self.context.is_manager or (
            bool(self.context.username) and group.get("coordinator") == self.context.username
        )
        self.invite_box.setVisible(coordinating)
        if coordinating and not ready and not recorded:
            self.set_status(_tr("The opinion can be recorded once enough reviews are submitted."))
        self._reason_needed()

    def _reason_needed(self) -> None:
        """The reason is asked for when the choice differs from the proposal."""
        values = self.binder.values()
        differs = bool(values["recommendation"]) and values["recommendation"] != self.proposed()
        self.binder.editor("reason").setEnabled(differs or bool(values["reason"]))

    # ------------------------------------------------------------------ record
    def validate_locally(self) -> Dict[str, List[str]]:
        errors = self.binder.validate()
        values = self.binder.values()
        differs = values["recommendation"] and values["recommendation"] != self.proposed()
        if differs and not values["reason"].strip():
            errors["reason"] = [_tr("Say why the opinion differs from the proposal.")]
            self.binder.show_errors({"reason": errors["reason"]})
        return errors

    def record(self) -> None:
        if self.application_id is None or self.validate_locally():
            return
        values = self.binder.values()
        application_id, group = self.application_id, self.group_id()
        reviews = self.context.reviews
        self.record_button.setEnabled(False)

        def work(_task: Any) -> Dict[str, Any]:
            return reviews.record_opinion(
                application_id, values["recommendation"], values["reason"], group=group
            )

        def done(answer: Dict[str, Any]) -> None:
            if is_alive(self) and self.application_id == application_id:
                self._recorded(answer)

        def failed(error: Exception) -> None:
            if is_alive(self) and self.application_id == application_id:
                self.record_button.setEnabled(True)
                self._problem(self.binder, error)

        self.context.run(_tr("Recording the opinion"), work, done, failed, purpose="opinion.post")

    def _recorded(self, answer: Dict[str, Any]) -> None:
        index = self.group_combo.currentIndex()
        if 0 <= index < len(self.groups):
            self.groups[index] = answer
        self._show_group()
        self.set_status(_tr("The group's opinion was recorded."))
        self.context.push_message(_tr("The group's opinion was recorded."), Qgis.MessageLevel.Info)
        self.changed.emit()

    def _problem(self, binder: FormBinder, error: Exception) -> None:
        if isinstance(error, CancelledError):
            return
        refused = _tr("The server did not accept it; see the marked fields.")
        text = refusal_text(binder, error, refused)
        self.set_status(text if text is not None else error_message(error))

    # ------------------------------------------------------------------ invite
    def invite(self) -> None:
        group = self.group_id()
        if group is None:
            return
        errors = self.invite_binder.validate()
        if errors:
            return
        email = self.invite_binder.values()["email"].strip()
        reviews = self.context.reviews
        self.invite_button.setEnabled(False)

        def work(_task: Any) -> Dict[str, Any]:
            return reviews.invite(group, email)

        def done(answer: Dict[str, Any]) -> None:
            if is_alive(self):
                self.invite_button.setEnabled(True)
                self.invite_binder.set_values({"email": ""})
                self.set_status(
                    _tr("An invitation was sent to {email}; it is valid until {expires}.").format(
                        email=text_or_empty(answer.get("email")) or email,
                        expires=when_text(answer.get("expires_at")),
                    )
                )

        def failed(error: Exception) -> None:
            if is_alive(self):
                self.invite_button.setEnabled(True)
                self._problem(self.invite_binder, error)

        self.context.run(
            _tr("Sending the invitation"), work, done, failed, purpose="opinion.invite"
        )
