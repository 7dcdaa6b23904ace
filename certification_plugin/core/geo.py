"""Distances on the WGS84 ellipsoid, for code paths without QGIS (scripts, Processing, tests).

Inside QGIS the course finder uses ``QgsDistanceArea``; this module gives the same numbers
(to the millimetre for ordinary distances) with the standard library only. Vincenty's inverse
formula is used; for nearly antipodal points, where it does not converge, a spherical
distance on the mean radius is returned (off by at most about 0.5 %).
"""

from __future__ import annotations

import math
from typing import Callable, Optional, Tuple

WGS84_A = 6378137.0
WGS84_F = 1 / 298.257223563
WGS84_B = WGS84_A * (1 - WGS84_F)
MEAN_RADIUS_M = (2 * WGS84_A + WGS84_B) / 3

LonLat = Tuple[float, float]


def haversine_m(a: LonLat, b: LonLat) -> float:
    """Great-circle distance in metres on a sphere of the WGS84 mean radius."""
    lon1, lat1, lon2, lat2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * MEAN_RADIUS_M * math.asin(min(1.0, math.sqrt(h)))


def vincenty_m(a: LonLat, b: LonLat, max_iterations: int = 200) -> Optional[float]:
    """Ellipsoidal distance in metres by Vincenty's inverse formula; ``None`` if no convergence."""
    lon1, lat1 = math.radians(a[0]), math.radians(a[1])
    lon2, lat2 = math.radians(b[0]), math.radians(b[1])
    f = WGS84_F
    u1 = math.atan((1 - f) * math.tan(lat1))
    u2 = math.atan((1 - f) * math.tan(lat2))
    sin_u1, cos_u1 = math.sin(u1), math.cos(u1)
    sin_u2, cos_u2 = math.sin(u2), math.cos(u2)
    big_l = lon2 - lon1
    lam = big_l
    for _ in range(max_iterations):
        sin_lam, cos_lam = math.sin(lam), math.cos(lam)
        sin_sigma = math.hypot(cos_u2 * sin_lam, cos_u1 * sin_u2 - sin_u1 * cos_u2 * cos_lam)
        if sin_sigma == 0.0:
            return 0.0
        cos_sigma = sin_u1 * sin_u2 + cos_u1 * cos_u2 * cos_lam
        sigma = math.atan2(sin_sigma, cos_sigma)
        sin_alpha = cos_u1 * cos_u2 * sin_lam / sin_sigma
        cos2_alpha = 1 - sin_alpha**2
        # On the equator cos2_alpha is 0 and the term below vanishes.
        cos_2sm = cos_sigma - 2 * sin_u1 * sin_u2 / cos2_alpha if cos2_alpha else 0.0
        c = f / 16 * cos2_alpha * (4 + f * (4 - 3 * cos2_alpha))
        previous = lam
        lam = big_l + (1 - c) * f * sin_alpha * (
            sigma + c * sin_sigma * (cos_2sm + c * cos_sigma * (-1 + 2 * cos_2sm**2))
        )
        if abs(lam - previous) < 1e-12:
            break
    else:
        return None
    u_sq = cos2_alpha * (WGS84_A**2 - WGS84_B**2) / WGS84_B**2
    big_a = 1 + u_sq / 16384 * (4096 + u_sq * (-768 + u_sq * (320 - 175 * u_sq)))
    big_b = u_sq / 1024 * (256 + u_sq * (-128 + u_sq * (74 - 47 * u_sq)))
    delta_sigma = (
        big_b
        * sin_sigma
        * (
            cos_2sm
            + big_b
            / 4
            * (
                cos_sigma * (-1 + 2 * cos_2sm**2)
                - big_b / 6 * cos_2sm * (-3 + 4 * sin_sigma**2) * (-3 + 4 * cos_2sm**2)
            )
        )
    )
    return WGS84_B * big_a * (sigma - delta_sigma)


def distance_km(a: LonLat, b: LonLat) -> float:
    """Distance in kilometres between two (longitude, latitude) points in EPSG:4326."""
    metres = vincenty_m(a, b)
    if metres is None:
        metres = haversine_m(a, b)
    return metres / 1000.0


def distance_from(origin: LonLat) -> Callable[[LonLat], float]:
    """A one-argument distance function for ``search.find_courses`` (km from ``origin``)."""

    def measure(point: LonLat) -> float:
        return distance_km(origin, point)

    return measure
