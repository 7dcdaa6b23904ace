"""Descriptions of the API v1 shapes for the OpenAPI schema.

The responses themselves are built by ``api.representations`` (much faster than serializers
for 1000-row pages); tests/server/test_api_schema.py checks both describe the same keys.
"""

from __future__ import annotations

from drf_spectacular.utils import extend_schema_serializer
from rest_framework import serializers

ROLE_CHOICES = ["organisation_owner", "course_convener", "reviewer", "certification_manager"]
POINT_CHOICES = ["Point"]
FEATURE_CHOICES = ["Feature"]
COLLECTION_CHOICES = ["FeatureCollection"]


class ErrorSerializer(serializers.Serializer):
    detail = serializers.CharField(help_text="A human sentence.")
    code = serializers.CharField(help_text="Stable machine-readable code.")


class InvalidQuerySerializer(ErrorSerializer):
    # Declared fields are collected by the serializer metaclass, so this does not shadow
    # Serializer.errors at run time; the stubs only see the class attribute.
    errors = serializers.DictField(  # type: ignore[assignment]
        child=serializers.ListField(child=serializers.CharField()),
        help_text="Messages per query parameter.",
    )


class UserSerializer(serializers.Serializer):
    username = serializers.CharField()
    roles = serializers.ListField(child=serializers.ChoiceField(choices=ROLE_CHOICES))


class RootLinksSerializer(serializers.Serializer):
    organisations = serializers.URLField()
    training_centres = serializers.URLField()
    courses = serializers.URLField()
    course_types = serializers.URLField()
    applications = serializers.URLField()
    application_form = serializers.URLField()
    review_queue = serializers.URLField()
    rubric = serializers.URLField()
    conveners = serializers.URLField()
    my_organisations = serializers.URLField()
    certificates_issuer = serializers.URLField(help_text="The Open Badges issuer profile.")
    orders = serializers.URLField(help_text="Credit orders (issue 13).")
    invoices = serializers.URLField(help_text="Invoices (issue 13).")
    me = serializers.URLField()
    device_authorization = serializers.URLField()
    schema = serializers.URLField()
    docs = serializers.URLField()


class RootPaymentsSerializer(serializers.Serializer):
    price_per_credit_cents = serializers.IntegerField()
    currency = serializers.CharField()
    credits_per_certificate = serializers.IntegerField()
    tax_rate_percent = serializers.CharField()
    methods = serializers.ListField(child=serializers.CharField())
    card_provider = serializers.ChoiceField(choices=["sandbox", "stripe"])
    test_mode = serializers.BooleanField()


class RootSerializer(serializers.Serializer):
    service = serializers.CharField(help_text='Always "qgis-certification".')
    api_version = serializers.CharField()
    server_version = serializers.CharField()
    capabilities = serializers.ListField(child=serializers.CharField())
    authenticated = serializers.BooleanField()
    user = UserSerializer(allow_null=True)
    links = RootLinksSerializer()
    payments = RootPaymentsSerializer()


class OrganisationLinksSerializer(serializers.Serializer):
    self = serializers.URLField()
    web = serializers.URLField()
    training_centres = serializers.URLField()
    courses = serializers.URLField()


class OrganisationSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    slug = serializers.SlugField()
    name = serializers.CharField()
    country = serializers.CharField(help_text="ISO 3166-1 alpha-2.")
    country_name = serializers.CharField()
    email = serializers.CharField()
    url = serializers.CharField(allow_blank=True)
    address = serializers.CharField(allow_blank=True)
    phone = serializers.CharField(allow_blank=True)
    status = serializers.CharField()
    updated_at = serializers.DateTimeField()
    links = OrganisationLinksSerializer()


class PublishedContributionSerializer(serializers.Serializer):
    kind = serializers.CharField(help_text="development, documentation, translation, ...")
    description = serializers.CharField(allow_blank=True)
    links = serializers.ListField(child=serializers.CharField())
    start_date = serializers.DateField(allow_null=True)
    end_date = serializers.DateField(allow_null=True)


class OrganisationDetailSerializer(OrganisationSerializer):
    contributions = PublishedContributionSerializer(
        many=True,
        help_text="What the organisation contributed to QGIS, from the application the PSC "
        "approved (its last submitted round); empty before approval.",
    )


class TrainingCentreLinksSerializer(serializers.Serializer):
    self = serializers.URLField()
    web = serializers.URLField()
    organisation = serializers.URLField()


class TrainingCentrePropertiesSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField()
    organisation = serializers.SlugField(help_text="Organisation slug.")
    organisation_name = serializers.CharField()
    country = serializers.CharField(help_text="The organisation's ISO 3166-1 alpha-2 code.")
    email = serializers.CharField(allow_blank=True)
    phone = serializers.CharField(allow_blank=True)
    address = serializers.CharField(allow_blank=True)
    url = serializers.CharField(allow_blank=True)
    online = serializers.BooleanField(help_text="True when the centre has no location.")
    updated_at = serializers.DateTimeField()
    links = TrainingCentreLinksSerializer()


class TrainingCentreSerializer(TrainingCentrePropertiesSerializer):
    longitude = serializers.FloatField(allow_null=True, help_text="EPSG:4326")
    latitude = serializers.FloatField(allow_null=True, help_text="EPSG:4326")


class CourseLinksSerializer(serializers.Serializer):
    self = serializers.URLField()
    web = serializers.URLField()
    organisation = serializers.URLField()
    training_centre = serializers.URLField()


class CoursePropertiesSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField()
    start_date = serializers.DateField()
    end_date = serializers.DateField()
    course_type = serializers.SlugField(help_text="Course type slug.")
    course_type_name = serializers.CharField()
    course_convener_name = serializers.CharField()
    course_convener = serializers.IntegerField(help_text="Convener id (/conveners/).")
    certificate_type = serializers.CharField(
        allow_null=True, help_text="Default certificate type: attendance, completion or null."
    )
    training_centre = serializers.IntegerField(help_text="Training centre id.")
    training_centre_name = serializers.CharField()
    organisation = serializers.SlugField(help_text="Organisation slug.")
    organisation_name = serializers.CharField()
    country = serializers.CharField()
    language = serializers.CharField(help_text="Language code, e.g. en, ro, zh-hant.")
    language_name = serializers.CharField()
    trained_competence = serializers.CharField(allow_blank=True)
    online = serializers.BooleanField()
    updated_at = serializers.DateTimeField()
    links = CourseLinksSerializer()


class CourseSerializer(CoursePropertiesSerializer):
    longitude = serializers.FloatField(allow_null=True, help_text="The centre's, EPSG:4326.")
    latitude = serializers.FloatField(allow_null=True, help_text="The centre's, EPSG:4326.")


class CourseDetailSerializer(CourseSerializer):
    attendee_count = serializers.IntegerField(
        required=False, help_text="Managers of the course only (owners, conveners, managers)."
    )
    certificate_count = serializers.IntegerField(
        required=False, help_text="Valid certificates; managers of the course only."
    )


class CourseDetailPropertiesSerializer(CoursePropertiesSerializer):
    attendee_count = serializers.IntegerField(required=False, help_text="Managers only.")
    certificate_count = serializers.IntegerField(required=False, help_text="Managers only.")


class CourseTypeLinksSerializer(serializers.Serializer):
    self = serializers.URLField()


class CourseTypeSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    slug = serializers.SlugField()
    name = serializers.CharField()
    description = serializers.CharField(allow_blank=True)
    instruction_hours = serializers.CharField(help_text='Decimal as text, e.g. "16" or "7.5".')
    organisation = serializers.SlugField()
    updated_at = serializers.DateTimeField()
    links = CourseTypeLinksSerializer()


class PointSerializer(serializers.Serializer):
    type = serializers.ChoiceField(choices=POINT_CHOICES)
    coordinates = serializers.ListField(
        child=serializers.FloatField(), min_length=2, max_length=2, help_text="[lon, lat]"
    )


def page_of(item: type[serializers.Serializer], name: str) -> type[serializers.Serializer]:
    """A ``{count, next, previous, results}`` envelope around ``item``.

    ``many=False``: a list action's response is this one object, not an array of them (the
    schema generator's guess for list views).
    """
    envelope = type(
        name,
        (serializers.Serializer,),
        {
            "count": serializers.IntegerField(),
            "next": serializers.URLField(allow_null=True),
            "previous": serializers.URLField(allow_null=True),
            "results": item(many=True),
        },
    )
    return extend_schema_serializer(many=False)(envelope)


def feature_of(properties: type[serializers.Serializer], name: str) -> type[serializers.Serializer]:
    """A GeoJSON Feature whose geometry is a Point or null."""
    return type(
        name,
        (serializers.Serializer,),
        {
            "type": serializers.ChoiceField(choices=FEATURE_CHOICES),
            "id": serializers.IntegerField(),
            "geometry": PointSerializer(allow_null=True),
            "properties": properties(),
        },
    )


def collection_of(feature: type[serializers.Serializer], name: str) -> type[serializers.Serializer]:
    """A paginated GeoJSON FeatureCollection of ``feature`` (one object, as :func:`page_of`)."""
    collection = type(
        name,
        (serializers.Serializer,),
        {
            "type": serializers.ChoiceField(choices=COLLECTION_CHOICES),
            "count": serializers.IntegerField(),
            "next": serializers.URLField(allow_null=True),
            "previous": serializers.URLField(allow_null=True),
            "features": feature(many=True),
        },
    )
    return extend_schema_serializer(many=False)(collection)


OrganisationPage = page_of(OrganisationSerializer, "OrganisationPage")
TrainingCentrePage = page_of(TrainingCentreSerializer, "TrainingCentrePage")
CoursePage = page_of(CourseSerializer, "CoursePage")
CourseTypePage = page_of(CourseTypeSerializer, "CourseTypePage")
TrainingCentreFeature = feature_of(TrainingCentrePropertiesSerializer, "TrainingCentreFeature")
CourseFeature = feature_of(CoursePropertiesSerializer, "CourseFeature")
CourseDetailFeature = feature_of(CourseDetailPropertiesSerializer, "CourseDetailFeature")
TrainingCentreCollection = collection_of(TrainingCentreFeature, "TrainingCentreCollection")
CourseCollection = collection_of(CourseFeature, "CourseCollection")
