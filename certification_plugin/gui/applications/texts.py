"""The application dock's words in the interface language, each a literal ``tr`` string.

``core.application_spec.MESSAGES`` and the server's state and action keys are English keys;
the translation tools only see literal strings, so each one is repeated here
(``tests/plugin/test_apply_dock.py`` checks the keys stay the same).
"""

from __future__ import annotations

from typing import Dict

from qgis.PyQt.QtCore import QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("ApplyDock", text)


def spec_messages() -> Dict[str, str]:
    """``core.application_spec.MESSAGES`` keys -> translated templates."""
    return {
        "self_check": _tr("Answer yes to submit."),
        "links": _tr("Enter one web address per line, each starting with http:// or https://."),
        "qgis_version": _tr("Enter a QGIS version such as 3.34."),
        "material": _tr("Add at least one file or link for lectures or exercises."),
        "courses": _tr("Add at least one course."),
        "dates": _tr("The end date is before the start date."),
    }


def state_label(state: str) -> str:
    labels = {
        "draft": _tr("Draft"),
        "submitted": _tr("Submitted"),
        "screening": _tr("Screening"),
        "under_review": _tr("Under review"),
        "changes_requested": _tr("Changes requested"),
        "resubmitted": _tr("Resubmitted"),
        "approved": _tr("Approved"),
        "rejected": _tr("Rejected"),
        "withdrawn": _tr("Withdrawn"),
    }
    return labels.get(state, state)


def action_label(action: str) -> str:
    labels = {
        "create": _tr("Created"),
        "submit": _tr("Submitted"),
        "start_screening": _tr("Screening started"),
        "route": _tr("Sent for review"),
        "request_changes": _tr("Changes requested"),
        "approve": _tr("Approved"),
        "reject": _tr("Rejected"),
        "withdraw": _tr("Withdrawn"),
        "material.add": _tr("Material added"),
        "material.delete": _tr("Material removed"),
        "material.remove": _tr("Material removed"),
    }
    if action in labels:
        return labels[action]
    return labels.get(action.rsplit(".", 1)[-1], action.replace("_", " "))


def spec_labels() -> Dict[str, str]:
    """The English labels of ``core.application_spec``'s fields, translated (the binder's
    ``translate``); an unknown text passes through unchanged."""
    return {
        "Organisation": _tr("Organisation"),
        "Contributions": _tr("Contributions"),
        "Message to the reviewers": _tr("Message to the reviewers"),
        "Organisation name": _tr("Organisation name"),
        "E-mail": _tr("E-mail"),
        "Website": _tr("Website"),
        "Postal address": _tr("Postal address"),
        "Country": _tr("Country"),
        "Phone": _tr("Phone"),
        "VAT number": _tr("VAT number"),
        "Contributions to QGIS": _tr("Contributions to QGIS"),
        "One row per contribution; links one per line.": _tr(
            "One row per contribution; links one per line."
        ),
        "Kind": _tr("Kind"),
        "Description": _tr("Description"),
        "Links": _tr("Links"),
        "Start": _tr("Start"),
        "End": _tr("End"),
        "QGIS development (commits)": _tr("QGIS development (commits)"),
        "Documentation and training material": _tr("Documentation and training material"),
        "Translation": _tr("Translation"),
        "Plugins": _tr("Plugins"),
        "Bug reports": _tr("Bug reports"),
        "Funding new features": _tr("Funding new features"),
        "Financial contributions or sponsorship": _tr("Financial contributions or sponsorship"),
        "The local user group": _tr("The local user group"),
        "Open QGIS courseware": _tr("Open QGIS courseware"),
        "QGIS books": _tr("QGIS books"),
        "All rights reserved": _tr("All rights reserved"),
        "Other": _tr("Other"),
    }


def paste_labels() -> Dict[str, str]:
    """Labels of the text offered for pasting into the website's form."""
    return {
        "name": _tr("Organisation name"),
        "email": _tr("E-mail"),
        "website": _tr("Website"),
        "address": _tr("Postal address"),
        "country": _tr("Country"),
        "phone": _tr("Phone"),
        "vat_number": _tr("VAT number"),
        "contribution": _tr("Contribution"),
        "course": _tr("Course"),
        "course_type": _tr("Course type"),
        "licence": _tr("Licence"),
        "qgis_version": _tr("QGIS version"),
        "lectures": _tr("Lectures"),
        "exercises": _tr("Exercises"),
        "data": _tr("Data"),
    }
