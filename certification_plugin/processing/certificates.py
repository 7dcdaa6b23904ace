"""Processing algorithms for certificates: verify one, and issue a course's from a table.

``certification:verifycertificate`` asks the server (API v1 JSON when it offers
``certificates``, else the live site's public page) and reports the result as outputs; an
unknown number is a result (``FOUND`` false, ``STATUS`` ``not_found``), a network failure an
error. ``certification:issuecertificates`` takes attendees from any table or layer (three
fields, guessed from their names when not chosen), adds them to the course through the
import endpoint (JSON rows), issues a certificate to each one that has none (one batch, one
``Idempotency-Key``, retried once with the same key after a network failure), and downloads
the PDFs into a folder. It checks the credits first and refuses before changing anything when
they do not suffice (and the server refuses such a batch anyway: 409 ``not_enough_credits``).
Both run headless: no widgets, the feedback's cancel flag reaches the network.
"""

from __future__ import annotations

import os
import time
from typing import Any, Dict, List, Optional, Sequence

from qgis.core import (
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingOutputBoolean,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..core.api.session import ApiSession, new_idempotency_key
from ..core.attendee_mapping import FieldGuess, guess_fields, rows_from, validate_rows
from ..core.certificates import Verification, cost, normalise_certificate_id
from ..core.client import CertificationClient
from ..core.errors import CancelledError, CertificationError, ConflictError, NetworkError
from ..core.training import (
    CERTIFICATE_LANGUAGES,
    CERTIFICATE_TYPES,
    NotEnoughCredits,
    TrainingClient,
    offered,
)
from ..core.urls import api_url
from ..qgis_io.downloads import safe_filename
from ..qgis_io.messages import error_message
from . import compat
from .algorithms import (
    CertificationAlgorithm,
    ParameterCheck,
)

CERTIFICATE_ID = "CERTIFICATE_ID"
FOUND = "FOUND"
STATUS = "STATUS"
TEXT_OUTPUTS = (
    # QT_TRANSLATE_NOOP marks the labels for extraction; _tr translates them when used.
    (
        "ATTENDEE_NAME",
        "attendee_name",
        QT_TRANSLATE_NOOP("CertificationProcessing", "Attendee name"),
    ),
    (
        "ORGANISATION_NAME",
        "organisation_name",
        QT_TRANSLATE_NOOP("CertificationProcessing", "Certifying organisation"),
    ),
    ("COURSE_TYPE", "course_type", QT_TRANSLATE_NOOP("CertificationProcessing", "Course type")),
    (
        "START_DATE",
        "start_date",
        QT_TRANSLATE_NOOP("CertificationProcessing", "Start date (YYYY-MM-DD)"),
    ),
    ("END_DATE", "end_date", QT_TRANSLATE_NOOP("CertificationProcessing", "End date (YYYY-MM-DD)")),
    ("LANGUAGE", "language", QT_TRANSLATE_NOOP("CertificationProcessing", "Language")),
)

COURSE = "COURSE"
INPUT = "INPUT"
FIRST_NAME_FIELD = "FIRST_NAME_FIELD"
SURNAME_FIELD = "SURNAME_FIELD"
EMAIL_FIELD = "EMAIL_FIELD"
CERTIFICATE_TYPE = "CERTIFICATE_TYPE"
LANGUAGE = "LANGUAGE"
OUTPUT_FOLDER = "OUTPUT_FOLDER"
CERTIFICATE_IDS = "CERTIFICATE_IDS"
ISSUED_COUNT = "ISSUED_COUNT"
PDF_FILES = "PDF_FILES"

PDF_WAIT_S = 120.0
"""How long the algorithm waits for the server to render the PDFs (409 pdf_pending)."""
PDF_POLL_S = 1.0
LANGUAGE_ALIASES = {"zh-hant": "zh_TW", "zh_hant": "zh_TW", "zh-tw": "zh_TW", "zh_tw": "zh_TW"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("CertificationProcessing", text)


def _training_client(server_url: str, authcfg: str, timeout_s: float) -> CertificationClient:
    from ..qgis_io.client_factory import client_for

    return client_for(server_url, authcfg, timeout_s)


class _CertificateAlgorithm(CertificationAlgorithm):
    """The certificate algorithms' request timeout (the plugin's setting)."""

    def _timeout(self) -> float:
        from ..qgis_io.settings import PluginSettings

        try:
            return float(PluginSettings().request_timeout_s)
        except Exception:  # settings must never break an algorithm
            return 30.0


class VerifyCertificate(_CertificateAlgorithm):
    def name(self) -> str:
        return "verifycertificate"

    def displayName(self) -> str:
        return _tr("Verify certificate")

    def tags(self) -> List[str]:
        return [_tr("certification"), _tr("certificate"), _tr("verify"), "QGIS"]

    def shortHelpString(self) -> str:
        return _tr(
            "<p>Verifies a certificate issued to a course attendee, by its number (for "
            "example <i>QGIS-1234</i>; spacing and case do not matter).</p>"
            "<p>A server with the certification API v1 is asked in JSON and also says whether "
            "a certificate was revoked; other servers, such as certification.qgis.org, are "
            "read through their public verification page.</p>"
            "<p>Outputs: <b>FOUND</b> (true or false), <b>STATUS</b> (<i>valid</i>, "
            "<i>revoked</i> or <i>not_found</i>), the attendee's name, the certifying "
            "organisation, the course type, its start and end dates (YYYY-MM-DD) and the "
            "language. A server that cannot be reached stops the algorithm with a message "
            "saying why; an unknown number is a result, not an error.</p>"
        )

    def initAlgorithm(self, config: Optional[Dict[str, Any]] = None) -> None:
        self._add_server()
        self._add(QgsProcessingParameterString(CERTIFICATE_ID, _tr("Certificate number")))
        self.addOutput(QgsProcessingOutputBoolean(FOUND, _tr("Found")))
        self.addOutput(QgsProcessingOutputString(STATUS, _tr("Status")))
        for name, _key, label in TEXT_OUTPUTS:
            self.addOutput(QgsProcessingOutputString(name, _tr(label)))

    def parameter_checks(self) -> Sequence[ParameterCheck]:
        return (self._server_url, self._certificate_id)

    def _certificate_id(self, parameters: Dict[str, Any], context: QgsProcessingContext) -> str:
        raw = self.parameterAsString(parameters, CERTIFICATE_ID, context) or ""
        ident = normalise_certificate_id(raw)
        if ident is None:
            raise QgsProcessingException(
                _tr("{} is not a certificate number; they look like QGIS-1234.").format(
                    raw.strip() or '""'
                )
            )
        return ident

    def processAlgorithm(
        self,
        parameters: Dict[str, Any],
        context: QgsProcessingContext,
        feedback: QgsProcessingFeedback,
    ) -> Dict[str, Any]:
        from ..core.verification import verify_certificate

        server_url = self._server_url(parameters, context)
        ident = self._certificate_id(parameters, context)
        feedback.pushInfo(_tr("Verifying {} on {}").format(ident, server_url))
        try:
            client = _training_client(server_url, "", self._timeout())
            result = verify_certificate(client, ident, feedback.isCanceled)
        except CancelledError:
            raise QgsProcessingException(_tr("The verification was cancelled.")) from None
        except CertificationError as exc:
            raise QgsProcessingException(
                _tr("Could not verify {} on {}.").format(ident, server_url)
                + "\n"
                + error_message(exc)
            ) from None
        except ValueError as exc:
            raise QgsProcessingException(str(exc)) from None
        feedback.setProgress(100.0)
        feedback.pushInfo(self._said(result))
        return outputs(result)

    @staticmethod
    def _said(result: Verification) -> str:
        if not result.found:
            return _tr("No certificate with the number {} has been issued.").format(
                result.certificate_id
            )
        return _tr("{id}: {name}, {organisation} ({status})").format(
            id=result.certificate_id,
            name=result.attendee_name,
            organisation=result.organisation_name,
            status=result.status,
        )


def outputs(result: Verification) -> Dict[str, Any]:
    """The verification as the algorithm's outputs (empty texts when not found)."""
    values: Dict[str, Any] = {FOUND: bool(result.found), STATUS: result.status}
    for name, key, _label in TEXT_OUTPUTS:
        values[name] = str(getattr(result, key) or "")
    return values


class IssueCertificates(_CertificateAlgorithm):
    def name(self) -> str:
        return "issuecertificates"

    def displayName(self) -> str:
        return _tr("Issue certificates from a table")

    def tags(self) -> List[str]:
        return [_tr("certification"), _tr("certificate"), _tr("attendees"), _tr("course"), "QGIS"]

    def shortHelpString(self) -> str:
        return _tr(
            "<p>Adds the attendees listed in a table or layer to a course, issues a "
            "certificate to each one who has none yet, and downloads the PDFs into a folder "
            "(<i>QGIS-1234.pdf</i>).</p>"
            "<p><b>Course</b>: the course's id on the certification server (see the Courses "
            "and certificates dock). <b>First name, surname, e-mail fields</b>: empty ones are "
            "guessed from the field names (English, Romanian, Swedish or Chinese). "
            "<b>Certificate type</b>: <i>attendance</i> or <i>completion</i>; empty for the "
            "course's default. <b>Language</b>: <i>en</i>, <i>ro</i>, <i>sv</i> or "
            "<i>zh_TW</i>; empty for the course's language.</p>"
            "<p>Each certificate costs one credit (€20.00) of the organisation: when the "
            "balance does not cover them all, nothing is added or issued and the algorithm "
            "says how many credits are missing. Rows with a missing or invalid value stop the "
            "algorithm before anything is sent. Running it again for the same table issues "
            "nothing twice and downloads the PDFs again.</p>"
            "<p>Needs a server with the certification API v1 and an authentication "
            "configuration of an owner or convener of the course's organisation; "
            "certification.qgis.org issues certificates on its website.</p>"
        )

    def initAlgorithm(self, config: Optional[Dict[str, Any]] = None) -> None:
        self._add_server()
        self._add_authcfg()
        self._add(
            QgsProcessingParameterNumber(
                COURSE, _tr("Course id"), defaultValue=None, minValue=1, optional=False
            )
        )
        self._add(
            QgsProcessingParameterFeatureSource(
                INPUT, _tr("Attendees (table or layer)"), [compat.source_table()]
            )
        )
        for name, label in (
            (FIRST_NAME_FIELD, _tr("First name field")),
            (SURNAME_FIELD, _tr("Surname field")),
            (EMAIL_FIELD, _tr("E-mail field")),
        ):
            self._add(
                QgsProcessingParameterField(
                    name, label, parentLayerParameterName=INPUT, optional=True
                )
            )
        self._add(
            QgsProcessingParameterString(
                CERTIFICATE_TYPE,
                _tr("Certificate type (attendance or completion; empty: the course's)"),
                defaultValue="",
                optional=True,
            )
        )
        self._add(
            QgsProcessingParameterString(
                LANGUAGE,
                _tr("Certificate language (en, ro, sv or zh_TW; empty: the course's)"),
                defaultValue="",
                optional=True,
            )
        )
        self._add(
            QgsProcessingParameterFolderDestination(OUTPUT_FOLDER, _tr("Folder for the PDFs"))
        )
        self.addOutput(QgsProcessingOutputString(CERTIFICATE_IDS, _tr("Certificate numbers")))
        self.addOutput(QgsProcessingOutputNumber(ISSUED_COUNT, _tr("Certificates issued now")))
        self.addOutput(QgsProcessingOutputString(PDF_FILES, _tr("PDF files")))

    # -- checks --------------------------------------------------------------------------------
    def parameter_checks(self) -> Sequence[ParameterCheck]:
        return (self._server_url, self._certificate_type, self._language)

    def _certificate_type(self, parameters: Dict[str, Any], context: QgsProcessingContext) -> str:
        value = (self.parameterAsString(parameters, CERTIFICATE_TYPE, context) or "").strip()
        value = value.lower()
        if value and value not in CERTIFICATE_TYPES:
            raise QgsProcessingException(
                _tr("The certificate type must be attendance or completion, not {}.").format(value)
            )
        return value

    def _language(self, parameters: Dict[str, Any], context: QgsProcessingContext) -> str:
        raw = (self.parameterAsString(parameters, LANGUAGE, context) or "").strip()
        value = LANGUAGE_ALIASES.get(raw.lower(), raw.lower())
        if value and value not in CERTIFICATE_LANGUAGES:
            raise QgsProcessingException(
                _tr("The language must be one of en, ro, sv, zh_TW, not {}.").format(raw)
            )
        return value

    def _mapping(
        self, parameters: Dict[str, Any], context: QgsProcessingContext, names: List[str]
    ) -> FieldGuess:
        guess = guess_fields(names)
        chosen = {
            key: (self.parameterAsString(parameters, param, context) or "").strip()
            for key, param in (
                ("first_name", FIRST_NAME_FIELD),
                ("surname", SURNAME_FIELD),
                ("email", EMAIL_FIELD),
            )
        }
        mapping = FieldGuess(
            chosen["first_name"] or guess.first_name,
            chosen["surname"] or guess.surname,
            chosen["email"] or guess.email,
        )
        labels = {
            "first_name": _tr("first name"),
            "surname": _tr("surname"),
            "email": _tr("e-mail"),
        }
        for key, field_name in mapping.as_dict().items():
            if not field_name:
                raise QgsProcessingException(
                    _tr(
                        "No field of the table looks like the attendees' {}: choose it "
                        "(fields: {})."
                    ).format(labels[key], ", ".join(names))
                )
            if field_name not in names:
                raise QgsProcessingException(_tr("The table has no field {}.").format(field_name))
        return mapping

    # -- running -------------------------------------------------------------------------------
    def processAlgorithm(
        self,
        parameters: Dict[str, Any],
        context: QgsProcessingContext,
        feedback: QgsProcessingFeedback,
    ) -> Dict[str, Any]:
        server_url = self._server_url(parameters, context)
        authcfg = self._authcfg(parameters, context)
        course_id = self.parameterAsInt(parameters, COURSE, context)
        if course_id < 1:
            raise QgsProcessingException(_tr("Choose the course by its id (1 or more)."))
        certificate_type = self._certificate_type(parameters, context)
        language = self._language(parameters, context)
        folder = self.parameterAsString(parameters, OUTPUT_FOLDER, context)
        source = self.parameterAsSource(parameters, INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, INPUT))
        names = [field.name() for field in source.fields()]
        mapping = self._mapping(parameters, context, names)
        feedback.pushInfo(
            _tr("Fields: first name {}, surname {}, e-mail {}").format(
                mapping.first_name, mapping.surname, mapping.email
            )
        )
        records = [{name: feature[name] for name in names} for feature in source.getFeatures()]
        rows = rows_from(records, mapping)
        self._refuse_bad_rows(rows)
        if not rows:
            raise QgsProcessingException(_tr("The table has no attendee."))
        try:
            return self._issue(
                server_url,
                authcfg,
                course_id,
                rows,
                certificate_type,
                language,
                folder,
                feedback,
            )
        except CancelledError:
            raise QgsProcessingException(_tr("The algorithm was cancelled.")) from None
        except NotEnoughCredits as exc:
            raise QgsProcessingException(self._credits_text(exc.needed, exc.available)) from None
        except CertificationError as exc:
            raise QgsProcessingException(
                _tr("The certificates could not be issued on {}.").format(server_url)
                + "\n"
                + error_message(exc)
            ) from None

    @staticmethod
    def _credits_text(needed: int, available: int) -> str:
        return _tr(
            "Not enough credits: {needed} needed, {available} available ({missing} missing). "
            "Nothing was added or issued."
        ).format(needed=needed, available=available, missing=max(0, needed - available))

    @staticmethod
    def _refuse_bad_rows(rows: List[Dict[str, str]]) -> None:
        problems = validate_rows(rows)
        if not problems:
            return
        lines = []
        for problem in problems[:10]:
            said = "; ".join(
                f"{key}: {' '.join(messages)}" for key, messages in problem.errors.items()
            )
            lines.append(_tr("Row {}: {}").format(problem.index + 1, said))
        if len(problems) > 10:
            lines.append(_tr("… and {} more rows.").format(len(problems) - 10))
        raise QgsProcessingException(
            _tr("Some attendees cannot be imported; nothing was sent:") + "\n" + "\n".join(lines)
        )

    def _issue(
        self,
        server_url: str,
        authcfg: str,
        course_id: int,
        rows: List[Dict[str, str]],
        certificate_type: str,
        language: str,
        folder: str,
        feedback: QgsProcessingFeedback,
    ) -> Dict[str, Any]:
        is_cancelled = feedback.isCanceled
        client = _training_client(server_url, authcfg, self._timeout())
        if not offered(client.detect(is_cancelled)):
            raise QgsProcessingException(
                _tr(
                    "{} does not issue certificates through the certification API v1; on "
                    "certification.qgis.org certificates are issued on the website."
                ).format(server_url)
            )
        training = TrainingClient(ApiSession(api_url(client.base_url), client.session))
        course = training.course(course_id, is_cancelled=is_cancelled)
        feedback.pushInfo(_tr("Course {}: {}").format(course.id, course.name))
        feedback.setProgress(5.0)

        # Credits first: a refusal must change nothing (no attendee added either).
        emails = [row["email"] for row in rows]
        known = {
            a.email.lower(): a for a in training.attendees(course_id, is_cancelled=is_cancelled)
        }
        to_issue = [e for e in dict.fromkeys(emails) if not (e in known and known[e].certified)]
        balance = self._balance(training, course.organisation, is_cancelled)
        if balance is not None:
            needed = cost(len(to_issue), balance)
            feedback.pushInfo(
                _tr("{} certificates to issue, {} credits available.").format(
                    len(to_issue), balance
                )
            )
            if not needed.affordable:
                raise NotEnoughCredits("", "", "", needed.credits, balance)

        imported = training.import_attendees(
            course_id, rows=rows, preview=False, is_cancelled=is_cancelled
        )
        if imported.refused:
            lines = [
                _tr("Line {}: {}").format(
                    row.line, "; ".join(m for ms in row.errors.values() for m in ms)
                )
                for row in imported.rows
                if row.errors
            ]
            raise QgsProcessingException(
                _tr("The server refused the attendees; nothing was imported:")
                + "\n"
                + "\n".join(list(imported.file_errors) + lines[:10])
            )
        feedback.pushInfo(_tr("Attendees imported: {}").format(imported.imported))
        feedback.setProgress(20.0)

        people = {
            a.email.lower(): a for a in training.attendees(course_id, is_cancelled=is_cancelled)
        }
        items = []
        for email in dict.fromkeys(emails):
            attendee = people.get(email)
            if attendee is None or attendee.certified:
                continue
            item: Dict[str, Any] = {"attendee": attendee.id}
            item["certificate_type"] = certificate_type or course.certificate_type or "attendance"
            item["language"] = language or default_language(course.language)
            items.append(item)
        issued_ids: List[str] = []
        if items:
            result = self._issue_batch(training, course_id, items, is_cancelled)
            issued_ids = result.certificate_ids
            feedback.pushInfo(
                _tr("Issued: {} (credits spent: {}, balance: {})").format(
                    ", ".join(issued_ids),
                    result.spent,
                    "" if result.balance is None else result.balance,
                )
            )
            people = {
                a.email.lower(): a for a in training.attendees(course_id, is_cancelled=is_cancelled)
            }
        else:
            feedback.pushInfo(_tr("Every attendee of the table already has a certificate."))
        feedback.setProgress(40.0)

        ids = []
        for email in dict.fromkeys(emails):
            attendee = people.get(email)
            if attendee is not None and attendee.certified and attendee.certificate_id:
                ids.append(attendee.certificate_id)
        for ident in issued_ids:
            if ident not in ids:
                ids.append(ident)
        paths = self._download(training, ids, folder, feedback)
        feedback.setProgress(100.0)
        return {
            CERTIFICATE_IDS: ",".join(ids),
            ISSUED_COUNT: len(issued_ids),
            PDF_FILES: paths,
            OUTPUT_FOLDER: folder,
        }

    @staticmethod
    def _balance(training: TrainingClient, organisation: str, is_cancelled: Any) -> Optional[int]:
        """The course's organisation's balance (None when the list does not name it: the
        server's refusal then speaks)."""
        for org in training.my_organisations(is_cancelled=is_cancelled):
            if org.slug == organisation:
                return org.credits.balance
        return None

    @staticmethod
    def _issue_batch(
        training: TrainingClient, course_id: int, items: List[Dict[str, Any]], is_cancelled: Any
    ) -> Any:
        key = new_idempotency_key()
        try:
            return training.issue(course_id, items, key, is_cancelled=is_cancelled)
        except NetworkError:
            # The answer was lost, not necessarily the batch: the same key cannot charge twice.
            return training.issue(course_id, items, key, is_cancelled=is_cancelled)

    def _download(
        self,
        training: TrainingClient,
        ids: List[str],
        folder: str,
        feedback: QgsProcessingFeedback,
    ) -> List[str]:
        os.makedirs(folder, exist_ok=True)
        paths: List[str] = []
        deadline = time.monotonic() + PDF_WAIT_S
        for index, ident in enumerate(ids):
            while True:
                if feedback.isCanceled():
                    raise CancelledError("The download was cancelled.")
                try:
                    data = training.pdf_bytes(ident, is_cancelled=feedback.isCanceled)
                    break
                except ConflictError as exc:
                    if exc.code != "pdf_pending" or time.monotonic() > deadline:
                        if exc.code == "pdf_pending":
                            feedback.reportError(
                                _tr("The PDF of {} is not ready yet; download it later.").format(
                                    ident
                                )
                            )
                            data = b""
                            break
                        raise
                    time.sleep(PDF_POLL_S)
            if data:
                path = os.path.join(folder, safe_filename(f"{ident}.pdf", "certificate.pdf"))
                with open(path, "wb") as stream:
                    stream.write(data)
                paths.append(path)
            feedback.setProgress(40.0 + 60.0 * (index + 1) / max(1, len(ids)))
        feedback.pushInfo(_tr("PDF files written: {}").format(len(paths)))
        return paths


def default_language(course_language: str) -> str:
    """The certificate language for a course's language (the server's default rule)."""
    text = (course_language or "").strip()
    if text in CERTIFICATE_LANGUAGES:
        return text
    alias = LANGUAGE_ALIASES.get(text.lower())
    if alias:
        return alias
    return "en"


ALGORITHMS = (VerifyCertificate, IssueCertificates)
