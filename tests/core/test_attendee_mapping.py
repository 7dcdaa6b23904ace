"""core/attendee_mapping.py: which fields hold the attendee's names and e-mail, the rows, and
the local checks before an import."""

from __future__ import annotations

import pytest

from certification_plugin.core.attendee_mapping import (
    FieldGuess,
    field_kind,
    fold_name,
    guess_fields,
    rows_from,
    valid_email,
    validate_rows,
)


@pytest.mark.parametrize(
    "names, expected",
    [
        (["fid", "First Name", "Surname", "Email"], ("First Name", "Surname", "Email")),
        (["FIRST_NAME", "LAST_NAME", "E-MAIL"], ("FIRST_NAME", "LAST_NAME", "E-MAIL")),
        (["given_name", "family_name", "attendee_email"],
         ("given_name", "family_name", "attendee_email")),
        (["Prenume", "Nume", "Adresa de e-mail"], ("Prenume", "Nume", "Adresa de e-mail")),
        (["Förnamn", "Efternamn", "E-post"], ("Förnamn", "Efternamn", "E-post")),
        (["名", "姓", "電子郵件"], ("名", "姓", "電子郵件")),
        (["名字", "姓氏", "电子邮件"], ("名字", "姓氏", "电子邮件")),
        (["id", "geom", "city"], ("", "", "")),
        (["Student first name", "Student last name", "Contact mail"],
         ("Student first name", "Student last name", "Contact mail")),
    ],
)  # fmt: skip
def test_guesses_in_four_languages(names, expected) -> None:
    guess = guess_fields(names)
    assert (guess.first_name, guess.surname, guess.email) == expected
    assert guess.complete == all(expected)


def test_a_field_is_used_once_and_the_first_match_wins() -> None:
    guess = guess_fields(["email", "mail", "firstname", "first_name"])
    assert guess.email == "email" and guess.first_name == "firstname" and not guess.surname
    assert guess.as_dict() == {"first_name": "firstname", "surname": "", "email": "email"}


def test_folding_and_kinds() -> None:
    assert fold_name("  E-Mail_Address ") == "e mail address"
    assert fold_name("Förnamn") == "fornamn"
    assert field_kind("emailaddress") == "email"  # spaces do not matter either
    assert field_kind("name") is None and field_kind("姓名") is None  # a full name: no guess


def test_rows_from_attribute_dicts() -> None:
    records = [
        {"Prenume": "  Ștefania ", "Nume": "Țăranu", "mail": "Stefania@Example.ORG"},
        {"Prenume": None, "Nume": None, "mail": None},  # an empty feature: left out
        {"Prenume": "Ana", "Nume": 12, "mail": "ana@example.org", "other": "x"},
        {"Prenume": "Eve\n", "Nume": "<b>X</b>"},  # no e-mail attribute: empty
    ]
    mapping = FieldGuess("Prenume", "Nume", "mail")
    assert rows_from(records, mapping) == [
        {"first_name": "Ștefania", "surname": "Țăranu", "email": "stefania@example.org"},
        {"first_name": "Ana", "surname": "12", "email": "ana@example.org"},
        {"first_name": "Eve", "surname": "<b>X</b>", "email": ""},
    ]
    decomposed = [{"f": "S\u0326tefan", "s": "x", "e": "a@b.ro"}]  # s + comma below, NFD
    assert rows_from(decomposed, FieldGuess("f", "s", "e"))[0]["first_name"] == "\u0218tefan"


def test_validation_finds_what_the_server_would_refuse() -> None:
    rows = [
        {"first_name": "Ana", "surname": "Pop", "email": "ana@example.org"},
        {"first_name": "", "surname": "Pop", "email": "bad"},
        {"first_name": "A" * 151, "surname": "Pop", "email": "ANA@example.org"},
    ]
    problems = validate_rows(rows)
    assert [p.index for p in problems] == [1, 2]
    assert set(problems[0].errors) == {"first_name", "email"}
    assert problems[1].errors["first_name"][0].startswith("At most 150")
    assert "row 1" in problems[1].errors["email"][0]
    assert validate_rows(rows[:1]) == []
    assert valid_email("a.b+c@example.co.uk") and not valid_email("a@b") and not valid_email("")
    assert validate_rows([rows[0]] * 2)[0].errors["email"]
