"""payments.pricing and payments.references: the billing settings row made from the settings,
IBAN/BIC/VAT checks (schwifty, python-stdnum), amounts with tax, the card provider and the
methods, and ISO 11649 creditor references."""

from __future__ import annotations

from decimal import Decimal

import pytest
from applications.domain import Invalid
from payments import pricing, references
from payments.models import BillingSettings
from stdnum import iso11649


@pytest.mark.django_db
def test_current_is_made_once_from_the_settings(settings):
    settings.PRICE_PER_CREDIT_CENTS = 2500
    settings.TAX_RATE_PERCENT = "7.7"
    settings.INVOICE_IBAN = "CH93 0076 2011 6238 5295 7"
    row = pricing.current()
    assert row.pk == 1 and row.price_per_credit_cents == 2500
    assert row.tax_rate_percent == Decimal("7.70") and row.iban == "CH9300762011623852957"
    settings.PRICE_PER_CREDIT_CENTS = 9999  # the row is the truth once made
    assert pricing.current().price_per_credit_cents == 2500
    assert BillingSettings.objects.count() == 1


@pytest.mark.django_db
def test_the_demo_defaults_give_a_valid_bank_account():
    row = pricing.current()
    assert row.price_per_credit_cents == 2000 and row.currency == "EUR"
    assert row.credits_per_certificate == 1 and row.payment_days == 30
    assert pricing.validate_iban(row.iban) == row.iban
    assert pricing.validate_bic(row.bic) == row.bic
    assert row.issuer_name == "QGIS.ORG" and row.issuer_country == "CH"


@pytest.mark.parametrize(
    ("text", "compact"),
    [
        ("CH93 0076 2011 6238 5295 7", "CH9300762011623852957"),
        ("de89 3704 0044 0532 0130 00", "DE89370400440532013000"),
        (" GB29NWBK60161331926819 ", "GB29NWBK60161331926819"),
    ],
)
def test_valid_ibans_come_back_compact(text, compact):
    assert pricing.validate_iban(text) == compact


@pytest.mark.parametrize(
    "text",
    ["", "   ", "CH93 0076 2011 6238 5295 8", "DE00370400440532013000", "XX12", "hello", None],
)
def test_invalid_ibans_are_refused_on_the_iban_field(text):
    with pytest.raises(Invalid) as caught:
        pricing.validate_iban(text)
    assert list(caught.value.errors) == ["iban"] and caught.value.errors["iban"]


@pytest.mark.parametrize(
    ("text", "compact"),
    [("POFICHBEXXX", "POFICHBEXXX"), ("pofi ch be", "POFICHBE"), ("DEUTDEFF500", "DEUTDEFF500")],
)
def test_valid_bics(text, compact):
    assert pricing.validate_bic(text) == compact


@pytest.mark.parametrize("text", ["", "POFI", "POFICHBEXX", "POFI12BEXXX", "POFIZZBEXXX"])
def test_invalid_bics_are_refused_on_the_bic_field(text):
    with pytest.raises(Invalid) as caught:
        pricing.validate_bic(text)
    assert list(caught.value.errors) == ["bic"]


@pytest.mark.parametrize(
    ("number", "country", "compact"),
    [
        ("DE 136 695 976", "DE", "DE136695976"),
        ("136695976", "DE", "DE136695976"),  # the country prefix is added
        ("EL 094259216", "GR", "EL094259216"),  # Greece's prefix is EL
        ("CHE-109.322.551 MWST", "CH", "CHE109322551MWST"),
        ("  12-3456789 ", "US", "12-3456789"),  # elsewhere: any text, stripped
    ],
)
def test_valid_vat_numbers(number, country, compact):
    assert pricing.validate_vat(number, country) == compact


@pytest.mark.parametrize(
    ("number", "country"),
    [
        ("DE136695977", "DE"),  # check digit
        ("FR136695976", "DE"),  # another country's prefix
        ("CHE-109.322.552 MWST", "CH"),
        ("", "US"),
        ("x" * 40, "US"),
    ],
)
def test_invalid_vat_numbers_are_refused_on_vat_number(number, country):
    with pytest.raises(Invalid) as caught:
        pricing.validate_vat(number, country)
    assert list(caught.value.errors) == ["vat_number"]


def test_vat_country():
    assert pricing.vat_country("DE136695976") == "DE"
    assert pricing.vat_country("EL094259216") == "GR"
    assert pricing.vat_country("CHE109322551MWST") == ""
    assert pricing.vat_country("DE136695977") == ""


@pytest.mark.django_db
def test_amount_for_without_tax():
    assert pricing.amount_for(1) == (2000, 0, 2000)
    assert pricing.amount_for(25) == (50000, 0, 50000)


@pytest.mark.django_db
def test_amount_for_with_tax_rounds_half_up_to_the_cent():
    row = pricing.current()
    row.tax_rate_percent = Decimal("8.10")
    row.price_per_credit_cents = 1999
    row.save()
    assert pricing.amount_for(1) == (1999, 162, 2161)  # 161.919 → 162
    assert pricing.amount_for(3) == (5997, 486, 6483)  # 485.757 → 486
    assert pricing.tax_of(50, "1") == 1  # 0.5 → 1 (half up)
    assert pricing.tax_of(1000, "0") == 0


def test_card_provider_and_methods(settings):
    assert pricing.card_provider_name() == "sandbox" and pricing.is_test_mode()
    settings.PAYMENT_CARD_PROVIDER = "Stripe"
    assert pricing.card_provider_name() == "stripe" and not pricing.is_test_mode()
    settings.PAYMENT_CARD_PROVIDER = "paypal"
    assert pricing.card_provider_name() == "sandbox"
    assert pricing.enabled_methods() == ["card", "bank_transfer"]
    settings.PAYMENT_METHODS = ["bank_transfer", "cheque", "bank_transfer"]
    assert pricing.enabled_methods() == ["bank_transfer"]
    settings.PAYMENT_METHODS = "card"
    assert pricing.enabled_methods() == ["card"]


@pytest.mark.parametrize(
    ("number", "digits"),
    [
        ("QGIS-Cert-26-0042", "260042"),
        ("QGIS-Cert-27-0001", "270001"),
        ("QGIS-Cert-26-12345", "2612345"),
    ],
)
def test_creditor_references_are_valid_iso_11649(number, digits):
    reference = references.creditor_reference(number)
    assert reference.startswith("RF") and reference[4:] == digits
    assert iso11649.validate(reference) == reference
    assert references.normalise_reference(references.format_reference(reference)) == reference


def test_references_found_in_remittance_text():
    reference = references.creditor_reference("QGIS-Cert-26-0042")
    spaced = references.format_reference(reference).lower()
    text = f"Payment {spaced} QGIS Trainers, thanks"
    assert references.find_references(text) == [reference]
    assert references.find_references("RF00 1234 no reference here") == []
    assert references.is_valid_reference(f" {spaced} ")
    assert not references.is_valid_reference("RF99260042")
