"""The training forms' words in the interface language, each a literal ``tr`` string.

``core.training_spec`` holds English labels, help texts and ``MESSAGES``; the translation
tools only see literal strings, so each one is repeated here (``tests/plugin/
test_training_dock.py`` checks that every label and message of the specs is listed).
"""

from __future__ import annotations

from typing import Callable, Dict

from qgis.PyQt.QtCore import QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("TrainingForms", text)


def spec_labels() -> Dict[str, str]:
    """English label, section, help or choice label of the specs -> translated."""
    return {
        "Name": _tr("Name"),
        "E-mail": _tr("E-mail"),
        "Phone": _tr("Phone"),
        "Address": _tr("Address"),
        "Website": _tr("Website"),
        "Longitude": _tr("Longitude"),
        "Latitude": _tr("Latitude"),
        "Degrees, WGS 84 (EPSG:4326); empty for an online centre.": _tr(
            "Degrees, WGS 84 (EPSG:4326); empty for an online centre."
        ),
        "Training centre": _tr("Training centre"),
        "Location": _tr("Location"),
        "Description": _tr("Description"),
        "Instruction hours": _tr("Instruction hours"),
        "0 to 1000, such as 16 or 7.5.": _tr("0 to 1000, such as 16 or 7.5."),
        "Link": _tr("Link"),
        "User": _tr("User"),
        "The user name or e-mail of an account on the certification server.": _tr(
            "The user name or e-mail of an account on the certification server."
        ),
        "Title": _tr("Title"),
        "Such as Prof. or Dr.": _tr("Such as Prof. or Dr."),
        "Degree": _tr("Degree"),
        "Such as PhD or MSc.": _tr("Such as PhD or MSc."),
        "Signature image": _tr("Signature image"),
        "Course type": _tr("Course type"),
        "Convener": _tr("Convener"),
        "Language": _tr("Language"),
        "Trained competence": _tr("Trained competence"),
        "Start date": _tr("Start date"),
        "End date": _tr("End date"),
        "Certificate type": _tr("Certificate type"),
        "The default for the course's certificates.": _tr(
            "The default for the course's certificates."
        ),
        "Certificate of attendance": _tr("Certificate of attendance"),
        "Certificate of completion": _tr("Certificate of completion"),
        "(none yet)": _tr("(none yet)"),
        "First name": _tr("First name"),
        "Surname": _tr("Surname"),
        "English": _tr("English"),
        "Romanian": _tr("Romanian"),
        "Swedish": _tr("Swedish"),
        "Chinese (Traditional)": _tr("Chinese (Traditional)"),
        "German": _tr("German"),
        "Spanish": _tr("Spanish"),
        "French": _tr("French"),
        "Italian": _tr("Italian"),
        "Dutch": _tr("Dutch"),
        "Polish": _tr("Polish"),
        "Portuguese": _tr("Portuguese"),
        "Finnish": _tr("Finnish"),
        "Danish": _tr("Danish"),
        "Norwegian": _tr("Norwegian"),
        "Japanese": _tr("Japanese"),
        "Korean": _tr("Korean"),
    }


def spec_messages() -> Dict[str, str]:
    """``core.training_spec.MESSAGES`` keys -> translated templates."""
    return {
        "number": _tr("Enter a number such as 23.5."),
        "longitude": _tr("Enter a longitude between -180 and 180."),
        "latitude": _tr("Enter a latitude between -90 and 90."),
        "both": _tr("Enter both longitude and latitude, or neither for an online centre."),
        "hours": _tr("Enter hours between 0 and 1000, with at most one decimal."),
        "dates": _tr("The end date is before the start date."),
        "signature": _tr("Choose a PNG or JPEG image."),
        "none_yet": _tr("Add one first."),
    }


def translator() -> Callable[[str], str]:
    """The binders' ``translate``: the specs' English words in the interface language;
    names from the server (a course type's) pass unchanged."""
    labels = spec_labels()
    return lambda text: labels.get(text, text)
