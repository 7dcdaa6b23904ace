"""Request bodies of the payments API (issue 13): orders, refunds, credit limits, mark-paid."""

from __future__ import annotations

from payments import pricing
from rest_framework import serializers


class BillingSerializer(serializers.Serializer):
    name = serializers.CharField(max_length=200, required=False, allow_blank=True)
    address = serializers.CharField(max_length=2000, required=False, allow_blank=True)
    email = serializers.EmailField(required=False, allow_blank=True)
    vat_number = serializers.CharField(max_length=32, required=False, allow_blank=True)


class OrderCreateSerializer(serializers.Serializer):
    organisation = serializers.SlugField(max_length=100)
    credits = serializers.IntegerField(min_value=pricing.MIN_CREDITS, max_value=pricing.MAX_CREDITS)
    method = serializers.ChoiceField(choices=["card", "bank_transfer"])
    billing = BillingSerializer(required=False)
    return_url = serializers.URLField(max_length=2000, required=False, allow_blank=True)


class RefundSerializer(serializers.Serializer):
    credits = serializers.IntegerField(min_value=1, max_value=pricing.MAX_CREDITS)
    reason = serializers.CharField(max_length=500)


class CreditLimitSerializer(serializers.Serializer):
    credit_limit = serializers.IntegerField(min_value=0, max_value=1_000_000)
    reason = serializers.CharField(max_length=500)


class MarkPaidSerializer(serializers.Serializer):
    paid_on = serializers.DateField(required=False)


class StatementSerializer(serializers.Serializer):
    file = serializers.FileField()
