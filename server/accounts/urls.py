"""Sign-in and sign-out (django-allauth's views, under their old names) and the personal
API token page; allauth's other pages are routed beside these (certification_server.urls)."""

from allauth.account import views as allauth_views
from django.urls import path

from . import connect, views

app_name = "accounts"
urlpatterns = [
    # allauth's own views (the same objects as its account_login and account_logout, which
    # /accounts/ also routes): the names accounts:login and accounts:logout stay.
    path("login/", allauth_views.login, name="login"),
    path("logout/", allauth_views.logout, name="logout"),
    path("tokens/", views.token_list, name="tokens"),
    path("connect/", connect.connect, name="connect"),
    path("tokens/<int:pk>/revoke/", views.token_revoke, name="token-revoke"),
]
