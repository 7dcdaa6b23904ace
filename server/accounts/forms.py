"""Form for issuing a personal API token from the web page."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import DEFAULT_LIFETIME_DAYS, MAX_LIFETIME_DAYS


class TokenCreateForm(forms.Form):
    name = forms.CharField(
        label=_("Name"),
        max_length=100,
        help_text=_("What the token is for, e.g. 'QGIS on my laptop'."),
    )
    days = forms.IntegerField(
        label=_("Lifetime (days)"),
        min_value=1,
        max_value=MAX_LIFETIME_DAYS,
        initial=DEFAULT_LIFETIME_DAYS,
        help_text=_("At most one year."),
    )

    def clean_name(self) -> str:
        name: str = self.cleaned_data["name"].strip()
        if not name:
            raise forms.ValidationError(_("Give the token a name."))
        return name
