"""The Review tab: the rubric form, autosaved like the application form, saved and submitted.

Built from the server's rubric (``GET rubric/``) as a ``core.forms`` spec and a
``FormBinder``: a group per criterion (its title, the minimum marked in it) with a score
combo whose entries are the levels' descriptors, the chosen level's descriptor under it and a
flag as soon as a score is below the criterion's minimum; then the justification and the
recommendation. The same draft mechanism as the Apply dock: every edit touches a
``DraftAutosaver`` (``DraftStore`` file ``review-<server>_<application>``) with the
``core.review_draft.ReviewDraft``, and a few seconds later the draft is PUT to
``reviews/mine/`` (``If-Match`` the revision last synced; a 412 re-reads the revision and the
typed draft wins) in the background. Submitting checks locally, saves, POSTs ``submit/`` and
only then deletes the local draft: a killed QGIS, a network error or any 4xx/5xx loses nothing
typed, and a 400's field errors land at their fields. After the submit the others' reviews
show side by side when the server returns them.
"""

from __future__ import annotations

from typing import Any, Dict, List, Mapping, Optional, Tuple

from qgis.core import Qgis
from qgis.PyQt.QtCore import QCoreApplication, Qt, QTimer, pyqtSignal
from qgis.PyQt.QtGui import QCloseEvent
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import CancelledError, HttpError, ValidationFailed
from ...core.review_draft import ReviewDraft
from ...core.rubric import (
    JUSTIFICATION,
    RECOMMENDATION,
    Rubric,
    form_errors,
    form_spec,
    form_values,
    score_field,
    score_of,
    scores_from_values,
    total,
    validate_review,
)
from ...qgis_io.drafts import DraftAutosaver
from ...qgis_io.lifetime import is_alive
from ...qgis_io.messages import error_message
from ..base import FormBinder
from ..base.rows_table import plain_tooltip
from .context import ReviewContext
from .page_helpers import plain_label
from .side_by_side import SideBySideView, when_text

DRAFT_KIND = "review"
SYNC_DELAY_MS = 3000
"""Pause after the last edit before the server's draft is updated (the local save is the
autosaver's 1.5 s)."""
STALE_STATUS = 412
SUBMITTED = "submitted"


def _tr(text: str) -> str:
    return QCoreApplication.translate("RubricForm", text)


def score_messages() -> Dict[str, str]:
    """``core.rubric.SCORE_MESSAGES`` translated (placeholders kept)."""
    return {
        "score_required": _tr("Choose a score."),
        "score_range": _tr("Choose a score from 0 to {max}."),
        "unknown_criterion": _tr("This criterion is not in the rubric."),
        "justification_required": _tr("Explain your scores."),
        "recommendation_required": _tr("Choose a recommendation."),
    }


def _labels() -> Dict[str, str]:
    """The spec's English labels in the interface language; rubric texts pass unchanged."""
    return {
        "Justification": _tr("Justification"),
        "Recommendation": _tr("Recommendation"),
        "Approve": _tr("Approve"),
        "Changes requested": _tr("Changes requested"),
        "Reject": _tr("Reject"),
    }


def review_draft_key(server_key: str, application_id: int) -> str:
    return f"{server_key}_{int(application_id)}"


def save_mine(
    context: ReviewContext,
    application_id: int,
    body: Mapping[str, Any],
    revision: Optional[int],
) -> Dict[str, Any]:
    """PUT the review; a 412 (saved elsewhere since) re-reads the revision and saves again:
    what was typed here is the newest."""
    try:
        return context.reviews.save_review(application_id, body, revision)
    except HttpError as exc:
        if exc.status != STALE_STATUS:
            raise
    current = context.reviews.my_review(application_id)
    return context.reviews.save_review(application_id, body, score_of(current.get("revision")))


class RubricForm(QWidget):
    """A reviewer's review of one application (see the module doc)."""

    changed = pyqtSignal()
    """The review's state on the server changed (saved first, submitted): refresh the queue."""

    def __init__(
        self,
        context: ReviewContext,
        parent: Optional[QWidget] = None,
        autosave_ms: Optional[int] = None,
        sync_delay_ms: int = SYNC_DELAY_MS,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("RubricForm")
        self.context = context
        self.item: Dict[str, Any] = {}
        self.application_id: Optional[int] = None
        self.rubric: Optional[Rubric] = None
        self.binder: Optional[FormBinder] = None
        self.draft: Optional[ReviewDraft] = None
        self.review: Optional[Dict[str, Any]] = None
        """The server's copy of my review (last read or saved)."""
        self.autosaver: Optional[DraftAutosaver] = None
        self._autosave_ms = autosave_ms
        self._restoring = False
        self._pushing = False
        self._submitting = False
        self._sent_digest = ""
        self._descriptors: Dict[str, QLabel] = {}
        self._flags: Dict[str, QLabel] = {}
        self.sync_timer = QTimer(self)
        self.sync_timer.setSingleShot(True)
        self.sync_timer.setInterval(sync_delay_ms)
        self.sync_timer.timeout.connect(self.push_now)
        self._build()

    # ------------------------------------------------------------------ building
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.intro_label = self._plain("rubricIntro")
        layout.addWidget(self.intro_label)
        self.form_holder = QVBoxLayout()
        layout.addLayout(self.form_holder)
        self.total_label = self._plain("rubricTotal")
        layout.addWidget(self.total_label)
        buttons = QHBoxLayout()
        self.submit_button = QPushButton(_tr("Submit review"), self)
        self.submit_button.setObjectName("submitReview")
        self.submit_button.clicked.connect(self.submit)
        self.submit_button.setEnabled(False)
        buttons.addStretch(1)
        buttons.addWidget(self.submit_button)
        layout.addLayout(buttons)
        self.status_label = self._plain("rubricStatus")
        layout.addWidget(self.status_label)
        self.others_box = QGroupBox(_tr("The other reviews"), self)
        self.others_box.setObjectName("otherReviews")
        others_layout = QVBoxLayout(self.others_box)
        self.others_note = self._plain("otherReviewsNote", self.others_box)
        others_layout.addWidget(self.others_note)
        self.others = SideBySideView(self.others_box)
        others_layout.addWidget(self.others)
        self.others_box.hide()
        layout.addWidget(self.others_box)
        layout.addStretch(1)

    def _plain(self, name: str, parent: Optional[QWidget] = None) -> QLabel:
        return plain_label(parent or self, name, selectable=True)

    def _build_form(self, rubric: Rubric) -> None:
        if self.binder is not None:
            self.binder.widget.deleteLater()
            self.binder.deleteLater()
        spec = form_spec(
            rubric,
            score_label=_tr("Score"),
            minimum_title=_tr("{title} (minimum {minimum})"),
            recommendation_title=_tr("Your recommendation"),
        )
        labels = _labels()
        binder = FormBinder(spec, self, lambda text: labels.get(text, text))
        binder.changed.connect(self._edited)
        self._descriptors.clear()
        self._flags.clear()
        for criterion in rubric.criteria:
            combo = binder.editor(score_field(criterion.key))
            assert isinstance(combo, QComboBox)
            for index in range(1, combo.count()):
                level = criterion.levels[index - 1]
                if level.descriptor:
                    combo.setItemData(
                        index, plain_tooltip([level.descriptor]), Qt.ItemDataRole.ToolTipRole
                    )
            box = combo.parentWidget()
            box_layout = box.layout()
            descriptor = self._plain(f"levelDescriptor_{criterion.key}", box)
            descriptor.hide()
            flag = self._plain(f"belowMinimum_{criterion.key}", box)
            flag.setStyleSheet("color: #c62828; font-weight: bold;")
            flag.hide()
            box_layout.insertWidget(1, descriptor)
            box_layout.insertWidget(2, flag)
            self._descriptors[criterion.key] = descriptor
            self._flags[criterion.key] = flag
            combo.currentIndexChanged.connect(
                lambda _index, key=criterion.key: self._score_shown(key)
            )
        self.binder = binder
        self.form_holder.addWidget(binder.widget)
        self.intro_label.setText(
            _tr(
                "Score each criterion from 0 to {max}; a score below a criterion's minimum "
                "fails it however high the total. {pass_total} of {max_total} passes. "
                "Rubric version {version}."
            ).format(
                max=rubric.max_score,
                pass_total=rubric.pass_total,
                max_total=rubric.max_total,
                version=rubric.version,
            )
        )

    # ------------------------------------------------------------------ accessors (tests too)
    def score_combo(self, key: str) -> QComboBox:
        assert self.binder is not None
        combo = self.binder.editor(score_field(key))
        assert isinstance(combo, QComboBox)
        return combo

    def descriptor_label(self, key: str) -> QLabel:
        return self._descriptors[key]

    def flag_label(self, key: str) -> QLabel:
        return self._flags[key]

    def below_minimum(self, key: str) -> bool:
        """True while the flag of ``key`` shows (its score is below the minimum)."""
        return not self._flags[key].isHidden()

    def status(self) -> str:
        return self.status_label.text()

    def set_status(self, text: str) -> None:
        self.status_label.setText(text)

    @property
    def draft_key(self) -> str:
        assert self.application_id is not None
        return review_draft_key(self.context.server_key, self.application_id)

    @property
    def submitted(self) -> bool:
        return bool(self.review) and self.review.get("state") == SUBMITTED

    # ------------------------------------------------------------------ loading
    def load(self, item: Mapping[str, Any]) -> None:
        """Show the review of the queue item's application: the rubric and my review from the
        server, the draft kept on this computer when it holds newer typing."""
        self.flush()
        self.sync_timer.stop()
        self.item = dict(item)
        application_id = int(item["application"])
        self.application_id = application_id
        self.review = None
        self.draft = None
        self._pushing = False  # a previous item's request no longer counts
        self._submitting = False
        self.others_box.hide()
        self.submit_button.setEnabled(False)
        if self.autosaver is not None:
            self.autosaver.deleteLater()
        kwargs = {"delay_ms": self._autosave_ms} if self._autosave_ms is not None else {}
        self.autosaver = DraftAutosaver(
            self.context.drafts, DRAFT_KIND, self.draft_key, parent=self, **kwargs
        )
        self.autosaver.failed.connect(self.set_status)
        reviews = self.context.reviews
        self.set_status(_tr("Reading the review…"))

        def work(task: Any) -> Tuple[Rubric, Dict[str, Any], Optional[Dict[str, Any]]]:
            rubric = reviews.rubric(is_cancelled=task.is_cancelled)
            mine = reviews.my_review(application_id, is_cancelled=task.is_cancelled)
            listing = None
            if mine.get("state") == SUBMITTED:
                listing = reviews.reviews(application_id, is_cancelled=task.is_cancelled)
            return rubric, mine, listing

        def done(result: Tuple[Rubric, Dict[str, Any], Optional[Dict[str, Any]]]) -> None:
            if is_alive(self) and self.application_id == application_id:
                self._loaded(*result)

        def failed(error: Exception) -> None:
            if is_alive(self) and self.application_id == application_id:
                self._load_failed(error)

        self.context.run(_tr("Reading the review"), work, done, failed, purpose="review.load")

    def _load_failed(self, error: Exception) -> None:
        if isinstance(error, CancelledError):
            return
        kept = self.context.drafts.load(DRAFT_KIND, self.draft_key) is not None
        text = _tr("The review could not be read. {error}").format(error=error_message(error))
        if kept:
            text += "\n" + _tr("Your draft is kept on this computer.")
        self.set_status(text)

    def _loaded(
        self, rubric: Rubric, mine: Dict[str, Any], listing: Optional[Dict[str, Any]]
    ) -> None:
        assert self.application_id is not None
        if self.binder is None or self.rubric is None or self.rubric != rubric:
            self._build_form(rubric)
        self.rubric = rubric
        self.review = dict(mine)
        server = ReviewDraft.from_review(self.application_id, mine).fit(rubric)
        if self.submitted:
            self.context.drafts.delete(DRAFT_KIND, self.draft_key)  # the server has it
            self._show(server)
            self._show_submitted(listing)
            return
        saved = self.context.drafts.load(DRAFT_KIND, self.draft_key)
        local = ReviewDraft.from_json(saved.data, self.application_id) if saved else None
        if local is not None and not local.is_empty() and local.locally_changed:
            moved = local.base_revision != server.base_revision
            local.base_revision = server.base_revision  # typed here is the newest
            self._show(local.fit(rubric))
            self.set_status(
                _tr("Your draft on this computer is newer; it is being saved on the server.")
                if moved or local.digest() != server.digest()
                else ""
            )
            self.push_now()
        else:
            self._show(server)
            self.set_status("")
            self._save_now()
        self.binder.widget.setEnabled(True)
        self.submit_button.show()
        self.submit_button.setEnabled(True)

    def _show(self, draft: ReviewDraft) -> None:
        assert self.binder is not None and self.rubric is not None
        self.draft = draft
        self._restoring = True
        try:
            self.binder.clear_errors()
            self.binder.set_values(
                form_values(self.rubric, draft.scores, draft.justification, draft.recommendation)
            )
        finally:
            self._restoring = False
        for key in self.rubric.keys:
            self._score_shown(key)
        self._show_total()

    # ------------------------------------------------------------------ showing scores
    def _score_shown(self, key: str) -> None:
        if self.rubric is None or self.binder is None or key not in self._flags:
            return
        criterion = self.rubric.criterion(key)
        if criterion is None:
            return
        score = scores_from_values(self.rubric, self.binder.values()).get(key)
        descriptor = criterion.descriptor(score) if score is not None else ""
        label = self._descriptors[key]
        label.setText(descriptor)
        label.setVisible(bool(descriptor))
        flag = self._flags[key]
        if criterion.below_minimum(score):
            flag.setText(
                _tr(
                    "Below the minimum of {minimum}: this criterion fails however high the total."
                ).format(minimum=criterion.minimum)
            )
            flag.show()
        else:
            flag.clear()
            flag.hide()
        self._show_total()

    def _show_total(self) -> None:
        if self.rubric is None or self.binder is None:
            return
        value = total(self.rubric, scores_from_values(self.rubric, self.binder.values()))
        if value is None:
            self.total_label.setText(
                _tr("Total: score every criterion ({pass_total} of {max_total} passes).").format(
                    pass_total=self.rubric.pass_total, max_total=self.rubric.max_total
                )
            )
        else:
            self.total_label.setText(
                _tr("Total: {total} of {max_total} ({pass_total} passes).").format(
                    total=value,
                    max_total=self.rubric.max_total,
                    pass_total=self.rubric.pass_total,
                )
            )

    # ------------------------------------------------------------------ the draft
    def _collect(self) -> ReviewDraft:
        """The widgets' values into ``self.draft`` (which keeps the sync bookkeeping)."""
        assert self.draft is not None and self.binder is not None and self.rubric is not None
        values = self.binder.values()
        self.draft.scores = scores_from_values(self.rubric, values)
        self.draft.justification = values.get(JUSTIFICATION) or ""
        self.draft.recommendation = values.get(RECOMMENDATION) or ""
        self.draft.rubric_version = self.rubric.version
        return self.draft

    def _draft_json(self) -> Dict[str, Any]:
        return self._collect().to_json()

    def _edited(self) -> None:
        if self._restoring or self.draft is None or self.submitted or self.autosaver is None:
            return
        self.autosaver.touch(self._draft_json)
        self.sync_timer.start()

    def _save_now(self) -> None:
        if self.autosaver is not None and self.draft is not None and not self.submitted:
            self.autosaver.touch(self._draft_json)
            self.autosaver.flush()

    def flush(self) -> bool:
        """Write a pending edit to disk now (the tab closes, the plugin unloads)."""
        if self.autosaver is None or not is_alive(self.autosaver) or not self.autosaver.pending:
            return False
        return self.autosaver.flush()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.flush()
        super().closeEvent(event)

    # ------------------------------------------------------------------ the server's draft
    def push_now(self) -> None:
        """PUT the draft to ``reviews/mine/`` in the background; never blocks."""
        self.sync_timer.stop()
        if self.draft is None or self.submitted or self._submitting:
            return
        if self._pushing:
            self.sync_timer.start()  # after the running request
            return
        draft = self._collect()
        if not draft.locally_changed:
            return
        application_id = self.application_id
        assert application_id is not None
        body, revision = draft.body(), draft.base_revision
        context = self.context
        self._sent_digest = draft.digest()
        self._pushing = True

        def work(_task: Any) -> Dict[str, Any]:
            return save_mine(context, application_id, body, revision)

        def done(review: Dict[str, Any]) -> None:
            if is_alive(self) and self.application_id == application_id:
                self._pushed(review)

        def failed(error: Exception) -> None:
            if is_alive(self) and self.application_id == application_id:
                self._push_failed(error)

        context.run(
            _tr("Saving the review on the server"), work, done, failed, purpose="review.save"
        )

    def _pushed(self, review: Dict[str, Any]) -> None:
        self._pushing = False
        if self.submitted or self._submitting or self.draft is None:
            return
        first = self.review is None or self.review.get("revision") in (None, 0)
        self.review = dict(review)
        self.draft.base_revision = score_of(review.get("revision"))
        self.draft.synced_digest = self._sent_digest
        self._save_now()
        if self.binder is not None:
            self.binder.clear_errors()
        self.set_status(_tr("Draft saved on the server."))
        if first:
            self.changed.emit()
        if self.draft.locally_changed:
            self.sync_timer.start()

    def _push_failed(self, error: Exception) -> None:
        self._pushing = False
        if isinstance(error, CancelledError) or self.submitted:
            return
        if isinstance(error, ValidationFailed):
            self.show_problem(error)
            return
        self.set_status(
            _tr("Saved on this computer; the server's copy was not updated. {error}").format(
                error=error_message(error)
            )
        )

    # ------------------------------------------------------------------ submit
    def validate_locally(self) -> Dict[str, List[str]]:
        assert self.rubric is not None and self.binder is not None
        draft = self._collect()
        errors = validate_review(
            self.rubric, draft.scores, draft.justification, draft.recommendation, score_messages()
        )
        self.binder.clear_errors()
        self.binder.show_errors(form_errors(errors))
        return errors

    def submit(self) -> None:
        """Check, save and submit; the local draft goes only once the server accepted."""
        if self.draft is None or self.submitted or self._submitting:
            return
        if self.validate_locally():
            self.set_status(_tr("The review is not complete; see the marked fields."))
            return
        self._save_now()
        self.sync_timer.stop()
        draft = self._collect()
        application_id = self.application_id
        assert application_id is not None
        body, revision = draft.body(), draft.base_revision
        context = self.context
        reviews = context.reviews
        self._submitting = True
        self.submit_button.setEnabled(False)
        self.set_status(_tr("Submitting the review…"))

        def work(task: Any) -> Tuple[Dict[str, Any], Optional[Dict[str, Any]]]:
            save_mine(context, application_id, body, revision)
            task.raise_if_cancelled()
            review = reviews.submit_review(application_id)
            try:
                listing: Optional[Dict[str, Any]] = reviews.reviews(application_id)
            except Exception:  # submitted: the others are shown on the next load
                listing = None
            return review, listing

        def done(result: Tuple[Dict[str, Any], Optional[Dict[str, Any]]]) -> None:
            if is_alive(self) and self.application_id == application_id:
                self._submitted(*result)

        def failed(error: Exception) -> None:
            if is_alive(self) and self.application_id == application_id:
                self._submit_failed(error)

        context.run(_tr("Submitting the review"), work, done, failed, purpose="review.submit")

    def _submitted(self, review: Dict[str, Any], listing: Optional[Dict[str, Any]]) -> None:
        self._submitting = False
        assert self.application_id is not None
        if self.autosaver is not None:
            self.autosaver.cancel()
        self.context.drafts.delete(DRAFT_KIND, self.draft_key)
        self.review = dict(review)
        if self.rubric is not None:
            self._show(ReviewDraft.from_review(self.application_id, review).fit(self.rubric))
        self._show_submitted(listing)
        self.set_status(_tr("Your review was submitted."))
        self.context.push_message(_tr("Your review was submitted."), Qgis.MessageLevel.Success)
        self.changed.emit()

    def _submit_failed(self, error: Exception) -> None:
        self._submitting = False
        self.submit_button.setEnabled(True)
        if isinstance(error, CancelledError):
            return
        if isinstance(error, ValidationFailed):
            self.show_problem(error)
            return
        self.set_status(
            _tr("The review was not submitted; it is kept on this computer. {error}").format(
                error=error_message(error)
            )
        )

    def show_problem(self, error: ValidationFailed) -> None:
        """The server's 400: messages at their fields, the rest in the status line."""
        lines = [_tr("The server did not accept the review; see the marked fields.")]
        lines += list(error.general)
        if self.binder is not None:
            self.binder.clear_errors()
            rest = self.binder.show_errors(form_errors(error.errors))
        else:
            rest = dict(error.errors)
        lines += [f"{name}: {message}" for name, messages in rest.items() for message in messages]
        self.set_status("\n".join(lines))

    def _show_submitted(self, listing: Optional[Dict[str, Any]]) -> None:
        """Read-only now; the others' reviews side by side when the server shows them."""
        if self.binder is not None:
            self.binder.widget.setEnabled(False)
        self.submit_button.hide()
        submitted_at = (self.review or {}).get("submitted_at")
        when = _tr("Submitted {when}.").format(when=when_text(submitted_at))
        self.set_status(when if submitted_at else "")
        others = listing.get("others") if isinstance(listing, dict) else None
        if self.rubric is None or not isinstance(others, list):
            self.others_box.hide()
            return
        if listing and listing.get("others_hidden") is True:
            self.others_note.setText(_tr("The other reviews show once they are submitted."))
        elif not others:
            self.others_note.setText(_tr("No other review is submitted yet."))
        else:
            self.others_note.setText("")
        self.others_note.setVisible(bool(self.others_note.text()))
        mine = self.review or {}
        shown = [review for review in others if isinstance(review, dict)]
        summary = listing.get("summary") if isinstance(listing, dict) else None
        self.others.set_reviews(
            self.rubric, [mine, *shown], summary if isinstance(summary, dict) else None
        )
        self.others_box.show()
