"""Course finder: filters and ordering (nearest first, online courses after located ones)."""

from __future__ import annotations

from datetime import date

from certification_plugin.core.geo import distance_from
from certification_plugin.core.models import Course
from certification_plugin.core.search import CourseQuery, find_courses, fold, matches

BUCHAREST = (26.1025, 44.4268)
STOCKHOLM = (18.0686, 59.3293)
CLUJ = (23.5940, 46.7712)
TAIPEI = (121.5654, 25.0330)


def course(name, start, location, **fields) -> Course:
    values = dict(
        name=name,
        start_date=start,
        end_date=start,
        course_type_name="QGIS Basics",
        course_convener_name="Ana Popescu",
        training_centre_name="Centre",
        organisation_name="Geo Academy România",
        language="Romanian",
        location=location,
        country_code="RO",
    )
    values.update(fields)
    return Course(**values)


COURSES = [
    course(
        "Stockholm course",
        date(2031, 1, 10),
        STOCKHOLM,
        country_code="SE",
        language="Swedish",
        organisation_name="Kartografi i Göteborg AB",
        course_type_name="Cartography",
    ),
    course("Online late", date(2031, 3, 1), None, language="English"),
    course("Cluj course", date(2031, 2, 1), CLUJ, training_centre_name="Centrul Cluj-Napoca"),
    course(
        "Taipei course",
        date(2031, 1, 5),
        TAIPEI,
        country_code="TW",
        language="Chinese (Traditional)",
        organisation_name="臺北地理資訊學會",
    ),
    course(
        "Online early",
        date(2031, 1, 2),
        None,
        course_type_name="QGIS Desktop Fundamentals",
        course_type_slug="qgis-desktop-fundamentals",
    ),
    course("Bucharest course", date(2031, 4, 1), BUCHAREST, trained_competence="Analiză spațială"),
]


def names(hits):
    return [h.course.name for h in hits]


def test_nearest_first_and_online_last_and_marked():
    hits = find_courses(COURSES, CourseQuery(), distance_from(BUCHAREST))
    assert names(hits) == [
        "Bucharest course",
        "Cluj course",
        "Stockholm course",
        "Taipei course",
        "Online early",
        "Online late",
    ]
    assert hits[0].distance_km == 0.0 and not hits[0].online
    assert 300 < hits[1].distance_km < 330
    assert [h.online for h in hits[-2:]] == [True, True]
    assert [h.distance_km for h in hits[-2:]] == [None, None]


def test_without_a_distance_located_courses_go_by_date():
    hits = find_courses(COURSES, CourseQuery())
    assert names(hits) == [
        "Taipei course",
        "Stockholm course",
        "Cluj course",
        "Bucharest course",
        "Online early",
        "Online late",
    ]


def test_text_search_is_word_based_case_and_accent_insensitive():
    assert names(find_courses(COURSES, CourseQuery(text="cluj NAPOCA"))) == ["Cluj course"]
    assert names(find_courses(COURSES, CourseQuery(text="analiza spatiala"))) == [
        "Bucharest course"
    ]
    assert names(find_courses(COURSES, CourseQuery(text="göteborg"))) == ["Stockholm course"]
    assert names(find_courses(COURSES, CourseQuery(text="goteborg cartography"))) == [
        "Stockholm course"
    ]
    assert names(find_courses(COURSES, CourseQuery(text="臺北"))) == ["Taipei course"]
    assert find_courses(COURSES, CourseQuery(text="cluj stockholm")) == []


def test_filters_by_country_language_type_organisation_and_dates():
    def found(**query):
        return names(find_courses(COURSES, CourseQuery(**query)))

    assert found(countries=("se", "tw")) == ["Taipei course", "Stockholm course"]
    assert found(languages=("swedish",)) == ["Stockholm course"]
    assert found(course_types=("qgis-desktop-fundamentals",)) == ["Online early"]
    assert found(course_types=("cartography", "QGIS Desktop Fundamentals")) == [
        "Stockholm course",
        "Online early",
    ]
    assert found(organisations=("Kartografi i Goteborg AB",)) == ["Stockholm course"]
    assert found(start_from=date(2031, 2, 1), start_until=date(2031, 3, 1)) == [
        "Cluj course",
        "Online late",
    ]
    assert found(include_online=False, countries=("RO",)) == ["Cluj course", "Bucharest course"]


def test_max_distance_keeps_online_courses():
    hits = find_courses(COURSES, CourseQuery(max_distance_km=500), distance_from(BUCHAREST))
    assert names(hits) == ["Bucharest course", "Cluj course", "Online early", "Online late"]


def test_same_distance_ties_break_by_date():
    a = course("Later", date(2031, 5, 1), CLUJ)
    b = course("Sooner", date(2031, 4, 1), CLUJ)
    assert names(find_courses([a, b], CourseQuery(), distance_from(BUCHAREST))) == [
        "Sooner",
        "Later",
    ]


def test_fold_and_matches():
    assert fold("  Bucureşti  ŞTEFAN ") == "bucuresti stefan"
    assert matches(COURSES[0], CourseQuery())
    assert not matches(COURSES[0], CourseQuery(countries=("RO",)))
