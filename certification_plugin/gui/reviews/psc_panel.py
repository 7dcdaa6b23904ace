"""The Decision tab for certification managers (the PSC): screening, reviews, opinions, decision.

One panel, in the order a manager works: the screening actions while the application waits
to be screened (accept for review, send back for changes, reject as ineligible, with remarks)
and where it was routed; the reviews side by side (``side_by_side``: criterion by reviewer,
totals, medians, failed minimums tinted; each reviewer's recommendation and justification);
the groups' opinions; the appeal when there is one; and the decision (approve, reject,
request changes) with its required rationale, autosaved like every form
(``DraftAutosaver``, ``core.review_draft.DecisionDraft``) until the server accepted it, and
posted with one ``Idempotency-Key`` across retries. Every network value is plain text.
"""

from __future__ import annotations

from typing import Any, Callable, Dict, List, Mapping, Optional

from qgis.core import Qgis
from qgis.PyQt.QtCore import QCoreApplication, Qt, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.api.session import new_idempotency_key
from ...core.errors import CancelledError
from ...core.fields import text_or_empty
from ...core.forms import CHOICE, MULTILINE, FieldSpec, FormSpec
from ...core.review_draft import DecisionDraft
from ...core.rubric import Rubric
from ...qgis_io.drafts import DraftAutosaver
from ...qgis_io.lifetime import is_alive
from ...qgis_io.messages import error_message
from ..base import FormBinder
from .context import ReviewContext
from .opinion_form import opinion_text, proposal_lines
from .page_helpers import plain_label, refusal_text
from .queue_page import state_labels
from .side_by_side import SideBySideView, recommendation_label, when_text

DRAFT_KIND = "decision"
OUTCOMES = (("approve", "Approve"), ("reject", "Reject"), ("request_changes", "Request changes"))
SCREEN_ACTIONS = ("accept", "request_changes", "reject")
SCREENING_SPEC = FormSpec("screening", (FieldSpec("remarks", "Remarks", MULTILINE),))


def _tr(text: str) -> str:
    return QCoreApplication.translate("PscPanel", text)


def _labels() -> Dict[str, str]:
    return {
        "Remarks": _tr("Remarks"),
        "Outcome": _tr("Outcome"),
        "Rationale": _tr("Rationale"),
        "Approve": _tr("Approve"),
        "Reject": _tr("Reject"),
        "Request changes": _tr("Request changes"),
    }


def decision_spec(allowed: List[str]) -> FormSpec:
    """Outcome (only the allowed ones) and the required rationale."""
    choices = tuple(pair for pair in OUTCOMES if pair[0] in allowed) or OUTCOMES
    return FormSpec(
        "decision",
        (
            FieldSpec("outcome", "Outcome", CHOICE, True, choices=choices),
            FieldSpec("rationale", "Rationale", MULTILINE, True, 20000),
        ),
    )


def routing_reason(routing: Mapping[str, Any]) -> str:
    """Why it went where it went, in the interface's language; the server's sentence (English)
    only for a reason this plugin does not know yet. Nothing for a local group: the target
    line says it."""
    code = text_or_empty(routing.get("reason_code"))
    reasons = {
        "local_group": "",
        "no_group": _tr("No user group in the organisation's country can review it."),
        "too_few_reviewers": _tr("The country's user groups have too few members to review it."),
        "conflicts": _tr("Too few reviewers are free of a conflict of interest."),
        "overdue": _tr("The review period ended without the user group's opinion."),
    }
    if code in reasons:
        return reasons[code]
    return text_or_empty(routing.get("reason")) or code


def routing_text(routing: Mapping[str, Any]) -> str:
    """Where the application went and why, when it is due."""
    groups = [
        text_or_empty(g.get("name")) for g in routing.get("groups") or [] if isinstance(g, dict)
    ]
    target = (
        _tr("Routed to {groups}").format(groups=", ".join(groups))
        if routing.get("target") == "group" and groups
        else _tr("Routed to the PSC")
    )
    lines = [target]
    reason = routing_reason(routing)
    if reason:
        lines.append(reason)
    lines.append(
        _tr("Routed {routed}; due {due}.").format(
            routed=when_text(routing.get("routed_at")), due=when_text(routing.get("due_at"))
        )
    )
    if routing.get("escalated_at"):
        lines.append(_tr("Escalated {when}.").format(when=when_text(routing.get("escalated_at"))))
    return "\n".join(lines)


def appeal_text(appeal: Mapping[str, Any], rubric: Optional[Rubric]) -> str:
    criteria = []
    for key in appeal.get("criteria") or []:
        criterion = rubric.criterion(key) if rubric is not None and isinstance(key, str) else None
        criteria.append(criterion.title if criterion is not None else str(key))
    links = [str(link) for link in appeal.get("links") or [] if isinstance(link, str)]
    lines = [
        _tr("Appeal submitted {when}.").format(when=when_text(appeal.get("submitted_at"))),
        _tr("Criteria to re-examine: {criteria}").format(criteria=", ".join(criteria) or "-"),
        _tr("New evidence:"),
        text_or_empty(appeal.get("evidence")),
    ]
    lines.extend(links)
    outcome = text_or_empty(appeal.get("outcome"))
    if outcome:
        lines.append(_tr("Outcome: {outcome}").format(outcome=outcome))
    return "\n".join(lines)


class PscPanel(QWidget):
    """What a certification manager does on one application (see the module doc)."""

    changed = pyqtSignal()

    def __init__(
        self,
        context: ReviewContext,
        parent: Optional[QWidget] = None,
        autosave_ms: Optional[int] = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("PscPanel")
        self.context = context
        self.application_id: Optional[int] = None
        self.rubric: Optional[Rubric] = None
        self.screening: Dict[str, Any] = {}
        self.decision: Dict[str, Any] = {}
        self.decision_binder: Optional[FormBinder] = None
        self.autosaver: Optional[DraftAutosaver] = None
        self._autosave_ms = autosave_ms
        self._restoring = False
        self._decide_key = ""
        self._build()

    # ------------------------------------------------------------------ building
    def _build(self) -> None:
        labels = _labels()
        self._translate: Callable[[str], str] = lambda text: labels.get(text, text)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        self.screening_box = QGroupBox(_tr("Screening"), self)
        self.screening_box.setObjectName("screening")
        screening_layout = QVBoxLayout(self.screening_box)
        self.screening_label = self._plain("screeningState", self.screening_box)
        screening_layout.addWidget(self.screening_label)
        self.screening_binder = FormBinder(SCREENING_SPEC, self.screening_box, self._translate)
        screening_layout.addWidget(self.screening_binder.widget)
        row = QHBoxLayout()
        self.screen_buttons: Dict[str, QPushButton] = {}
        for action, text in (
            ("accept", _tr("Accept for review")),
            ("request_changes", _tr("Send back for changes")),
            ("reject", _tr("Reject as ineligible")),
        ):
            button = QPushButton(text, self.screening_box)
            button.setObjectName(f"screen_{action}")
            button.clicked.connect(lambda _checked=False, a=action: self.screen(a))
            row.addWidget(button)
            self.screen_buttons[action] = button
        screening_layout.addLayout(row)
        layout.addWidget(self.screening_box)

        self.reviews_box = QGroupBox(_tr("Reviews side by side"), self)
        self.reviews_box.setObjectName("reviewsBox")
        reviews_layout = QVBoxLayout(self.reviews_box)
        self.reviews_note = self._plain("reviewsNote", self.reviews_box)
        reviews_layout.addWidget(self.reviews_note)
        self.side_by_side = SideBySideView(self.reviews_box)
        reviews_layout.addWidget(self.side_by_side)
        layout.addWidget(self.reviews_box)

        self.opinions_box = QGroupBox(_tr("The groups' opinions"), self)
        self.opinions_box.setObjectName("opinionsBox")
        opinions_layout = QVBoxLayout(self.opinions_box)
        self.opinions_label = self._plain("opinions", self.opinions_box)
        opinions_layout.addWidget(self.opinions_label)
        layout.addWidget(self.opinions_box)

        self.appeal_box = QGroupBox(_tr("Appeal"), self)
        self.appeal_box.setObjectName("appealBox")
        appeal_layout = QVBoxLayout(self.appeal_box)
        self.appeal_label = self._plain("appeal", self.appeal_box)
        appeal_layout.addWidget(self.appeal_label)
        layout.addWidget(self.appeal_box)

        self.decision_box = QGroupBox(_tr("Decision"), self)
        self.decision_box.setObjectName("decisionBox")
        self.decision_layout = QVBoxLayout(self.decision_box)
        self.decision_label = self._plain("decisionMade", self.decision_box)
        self.decision_layout.addWidget(self.decision_label)
        self.decide_button = QPushButton(_tr("Record the decision"), self.decision_box)
        self.decide_button.setObjectName("decide")
        self.decide_button.clicked.connect(self.decide)
        self.decision_layout.addWidget(self.decide_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.decision_box)

        self.status_label = self._plain("pscStatus", self)
        layout.addWidget(self.status_label)
        layout.addStretch(1)
        for box in (
            self.screening_box,
            self.reviews_box,
            self.opinions_box,
            self.appeal_box,
            self.decision_box,
        ):
            box.hide()

    @staticmethod
    def _plain(name: str, parent: QWidget) -> QLabel:
        return plain_label(parent, name, selectable=True)

    def status(self) -> str:
        return self.status_label.text()

    def set_status(self, text: str) -> None:
        self.status_label.setText(text)

    @property
    def draft_key(self) -> str:
        return f"{self.context.server_key}_{int(self.application_id or 0)}"

    # ------------------------------------------------------------------ loading
    def load(self, item: Mapping[str, Any]) -> None:
        """Read screening, reviews, opinions, decision and appeal of the item's application."""
        self.flush()
        application_id = int(item["application"])
        if application_id != self.application_id:
            self._decide_key = ""
        self.application_id = application_id
        if self.autosaver is not None:
            self.autosaver.deleteLater()
        kwargs = {"delay_ms": self._autosave_ms} if self._autosave_ms is not None else {}
        self.autosaver = DraftAutosaver(
            self.context.drafts, DRAFT_KIND, self.draft_key, parent=self, **kwargs
        )
        self.autosaver.failed.connect(self.set_status)
        self.set_status(_tr("Reading the application's review…"))
        reviews = self.context.reviews

        def optional(call: Callable[[], Any]) -> Any:
            try:
                return call()
            except CancelledError:
                raise
            except Exception:  # not routed yet, not reviewed yet: that part stays hidden
                return None

        def work(task: Any) -> Dict[str, Any]:
            cancelled = task.is_cancelled
            return {
                "screening": reviews.screening(application_id, is_cancelled=cancelled),
                "decision": reviews.decision(application_id, is_cancelled=cancelled),
                "rubric": optional(lambda: reviews.rubric(is_cancelled=cancelled)),
                "reviews": optional(
                    lambda: reviews.reviews(application_id, is_cancelled=cancelled)
                ),
                "opinion": optional(
                    lambda: reviews.opinion(application_id, is_cancelled=cancelled)
                ),
            }

        def done(result: Dict[str, Any]) -> None:
            if is_alive(self) and self.application_id == application_id:
                self.show_all(result)

        def failed(error: Exception) -> None:
            alive = is_alive(self) and self.application_id == application_id
            if alive and not isinstance(error, CancelledError):
                self.set_status(error_message(error))

        self.context.run(_tr("Reading the review"), work, done, failed, purpose="psc.load")

    def show_all(self, data: Mapping[str, Any]) -> None:
        """Fill every section from ``load``'s answers."""
        if isinstance(data.get("rubric"), Rubric):
            self.rubric = data["rubric"]
        self.set_status("")
        self.show_screening(data.get("screening") or {})
        self.show_reviews(data.get("reviews"))
        self.show_opinions(data.get("opinion"))
        self.show_decision(data.get("decision") or {})

    # ------------------------------------------------------------------ screening
    def show_screening(self, screening: Mapping[str, Any]) -> None:
        self.screening = dict(screening)
        allowed = [a for a in screening.get("allowed_actions") or [] if a in SCREEN_ACTIONS]
        routing = screening.get("routing")
        state = text_or_empty(screening.get("state"))
        lines = [_tr("State: {state}").format(state=state_labels().get(state, state) or "-")]
        if isinstance(routing, dict):
            lines.append(routing_text(routing))
        self.screening_label.setText("\n".join(lines))
        for action, button in self.screen_buttons.items():
            button.setVisible(action in allowed)
        self.screening_binder.widget.setVisible(bool(allowed))
        self.screening_box.setVisible(bool(allowed) or isinstance(routing, dict))

    def screen(self, action: str) -> None:
        if self.application_id is None:
            return
        remarks = self.screening_binder.values()["remarks"]
        if action != "accept" and not remarks.strip():
            message = _tr("Say what the applicant should know.")
            self.screening_binder.clear_errors()
            self.screening_binder.show_errors({"remarks": [message]})
            return
        application_id = self.application_id
        reviews = self.context.reviews
        for button in self.screen_buttons.values():
            button.setEnabled(False)

        def work(_task: Any) -> Dict[str, Any]:
            return reviews.screen(application_id, action, remarks)

        def done(answer: Dict[str, Any]) -> None:
            if is_alive(self) and self.application_id == application_id:
                self._enable_screening()
                self.screening_binder.set_values({"remarks": ""})
                self.set_status(_tr("Screening recorded."))
                self.changed.emit()
                self.load({"application": application_id})

        def failed(error: Exception) -> None:
            if is_alive(self) and self.application_id == application_id:
                self._enable_screening()
                self._problem(self.screening_binder, error)

        self.context.run(_tr("Screening the application"), work, done, failed, purpose="psc.screen")

    def _enable_screening(self) -> None:
        for button in self.screen_buttons.values():
            button.setEnabled(True)

    # ------------------------------------------------------------------ reviews and opinions
    def show_reviews(self, listing: Any) -> None:
        if not isinstance(listing, dict) or self.rubric is None:
            self.reviews_box.hide()
            return
        everyone = [listing.get("mine"), *(listing.get("others") or [])]
        everyone = [r for r in everyone if isinstance(r, dict)]
        reviews = [r for r in everyone if r.get("state") == "submitted"]
        drafts = len(everyone) - len(reviews)
        summary = listing.get("summary")
        self.side_by_side.set_reviews(
            self.rubric, reviews, summary if isinstance(summary, dict) else None
        )
        notes = [] if reviews else [_tr("No review is submitted yet.")]
        if drafts:
            notes.append(_tr("Reviews still being written: {n}").format(n=drafts))
        self.reviews_note.setText("\n".join(notes))
        self.reviews_note.setVisible(bool(notes))
        self.side_by_side.setVisible(bool(reviews))
        self.reviews_box.show()

    def show_opinions(self, opinion: Any) -> None:
        groups = opinion.get("groups") if isinstance(opinion, dict) else None
        if not isinstance(groups, list) or not groups:
            self.opinions_box.hide()
            return
        blocks = []
        for group in groups:
            if not isinstance(group, dict):
                continue
            info = group.get("group") if isinstance(group.get("group"), dict) else {}
            lines = [text_or_empty(info.get("name")) or "-"]
            proposal = group.get("proposal")
            if isinstance(proposal, dict):
                lines.extend(proposal_lines(proposal, self.rubric))
            recorded = group.get("opinion")
            lines.append(
                opinion_text(recorded) if isinstance(recorded, dict) else _tr("No opinion yet.")
            )
            blocks.append("\n".join(lines))
        self.opinions_label.setText("\n\n".join(blocks))
        self.opinions_box.show()

    # ------------------------------------------------------------------ decision
    def show_decision(self, decision: Mapping[str, Any]) -> None:
        self.decision = dict(decision)
        appeal = decision.get("appeal")
        self.appeal_label.setText(
            appeal_text(appeal, self.rubric) if isinstance(appeal, dict) else ""
        )
        self.appeal_box.setVisible(isinstance(appeal, dict))
        made = decision.get("decision")
        allowed = [o for o in decision.get("allowed_outcomes") or [] if o in dict(OUTCOMES)]
        if isinstance(made, dict):
            text = _tr("Decided: {outcome} by {by}, {at}.").format(
                outcome=recommendation_label(text_or_empty(made.get("outcome"))),
                by=text_or_empty(made.get("by")) or "-",
                at=when_text(made.get("at")),
            )
            if made.get("on_appeal") is True:
                text += " " + _tr("(on appeal)")
            self.decision_label.setText(f"{text}\n{text_or_empty(made.get('rationale'))}")
        else:
            self.decision_label.setText("")
        self.decision_label.setVisible(isinstance(made, dict))
        self._build_decision_form(allowed)
        self.decision_box.setVisible(bool(allowed) or isinstance(made, dict))

    def _build_decision_form(self, allowed: List[str]) -> None:
        if self.decision_binder is not None:
            self.decision_binder.widget.deleteLater()
            self.decision_binder.deleteLater()
            self.decision_binder = None
        self.decide_button.setVisible(bool(allowed))
        if not allowed:
            return
        binder = FormBinder(decision_spec(allowed), self.decision_box, self._translate)
        binder.changed.connect(self._decision_edited)
        self.decision_layout.insertWidget(1, binder.widget)
        self.decision_binder = binder
        saved = self.context.drafts.load(DRAFT_KIND, self.draft_key)
        if saved is not None and self.application_id is not None:
            draft = DecisionDraft.from_json(saved.data, self.application_id)
            self._restoring = True
            try:
                binder.set_values({"outcome": draft.outcome, "rationale": draft.rationale})
            finally:
                self._restoring = False

    def _decision_draft(self) -> Dict[str, Any]:
        assert self.decision_binder is not None and self.application_id is not None
        values = self.decision_binder.values()
        return DecisionDraft(self.application_id, values["outcome"], values["rationale"]).to_json()

    def _decision_edited(self) -> None:
        if self._restoring or self.autosaver is None:
            return
        self._decide_key = ""  # another decision: another request
        self.autosaver.touch(self._decision_draft)

    def flush(self) -> bool:
        if self.autosaver is None or not is_alive(self.autosaver) or not self.autosaver.pending:
            return False
        return self.autosaver.flush()

    def decide(self) -> None:
        binder = self.decision_binder
        if binder is None or self.application_id is None or binder.validate():
            return
        if self.autosaver is not None:
            self.autosaver.touch(self._decision_draft)
            self.autosaver.flush()
        values = binder.values()
        application_id = self.application_id
        self._decide_key = self._decide_key or new_idempotency_key()
        key = self._decide_key
        reviews = self.context.reviews
        self.decide_button.setEnabled(False)

        def work(_task: Any) -> Dict[str, Any]:
            return reviews.decide(application_id, values["outcome"], values["rationale"], key)

        def done(answer: Dict[str, Any]) -> None:
            if is_alive(self) and self.application_id == application_id:
                self._decided(answer)

        def failed(error: Exception) -> None:
            if is_alive(self) and self.application_id == application_id:
                self.decide_button.setEnabled(True)
                self._problem(binder, error)

        self.context.run(_tr("Recording the decision"), work, done, failed, purpose="psc.decide")

    def _decided(self, answer: Dict[str, Any]) -> None:
        self.decide_button.setEnabled(True)
        if self.autosaver is not None:
            self.autosaver.cancel()
        self.context.drafts.delete(DRAFT_KIND, self.draft_key)
        self._decide_key = ""
        self.show_decision(answer)
        self.set_status(_tr("The decision was recorded."))
        self.context.push_message(_tr("The decision was recorded."), Qgis.MessageLevel.Success)
        self.changed.emit()

    def _problem(self, binder: FormBinder, error: Exception) -> None:
        if isinstance(error, CancelledError):
            return
        refused = _tr("The server did not accept it; see the marked fields.")
        text = refusal_text(binder, error, refused)
        if text is None:
            text = _tr("Not recorded; what you typed is kept. {error}").format(
                error=error_message(error)
            )
        self.set_status(text)
