"""Server-side cost of a material upload, in process: parsing, hashing, checking the type.

    .venv/bin/python bench/material_checks_bench.py [--size-mb 100] [--repeat 3]

What the reference server spends on one upload besides the network (bench/materials_bench.py
times the whole upload, plugin against requests): Django's multipart parser streaming a
``--size-mb`` file through ``applications.upload_handlers.LimitedUploadHandler`` to a
temporary file while hashing it (SHA-256), then ``applications.file_types.detect`` on the
result, for a PDF (the header decides), a CSV (every byte is checked to be UTF-8) and a zip
of ``--size-mb`` data (every member is read through, so a member lying about its size fails
its CRC). Medians of ``--repeat`` runs, in MiB/s. No server, no database: a couple of seconds.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import statistics
import sys
import tempfile
import time
import zipfile
from pathlib import Path
from typing import Any, Callable, Dict

from benchlib import REPO, SERVER

sys.path.insert(0, str(SERVER))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "certification_server.settings_test")

import django

django.setup()

from applications.file_types import detect  # noqa: E402
from applications.upload_handlers import LimitedUploadHandler  # noqa: E402
from django.http.multipartparser import MultiPartParser  # noqa: E402

MB = 1 << 20
BOUNDARY = "bench-boundary"


def multipart(content: bytes) -> bytes:
    head = (
        f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="part"\r\n\r\nlectures\r\n'
        f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n'
    ).encode()
    return head + content + f"\r\n--{BOUNDARY}--\r\n".encode()


def parse(body: bytes) -> None:
    meta = {
        "CONTENT_TYPE": f"multipart/form-data; boundary={BOUNDARY}",
        "CONTENT_LENGTH": str(len(body)),
    }
    handler = LimitedUploadHandler(
        None, max_file_bytes=len(body), max_total_bytes=len(body), remaining=lambda: len(body)
    )
    _post, files = MultiPartParser(meta, io.BytesIO(body), [handler]).parse()
    uploaded = files["file"]
    assert uploaded.sha256 and uploaded.size > 0
    uploaded.close()


def median_s(fn: Callable[[], Any], repeat: int) -> float:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mb", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument(
        "--json", type=Path, default=REPO / "bench" / "results" / "material_checks_bench.json"
    )
    args = parser.parse_args()
    size = args.size_mb * MB
    pdf = b"%PDF-1.4\n" + bytes(size - 9)
    csv = (b"x,y,name\n" + b"26.1025,44.4268,Bucure\xc8\x99ti\n" * (size // 30))[:size]
    csv = csv[: csv.rfind(b"\n") + 1]
    with tempfile.TemporaryDirectory(prefix="material-checks-") as folder:
        from django.conf import settings

        settings.FILE_UPLOAD_TEMP_DIR = folder
        archive_path = Path(folder, "data.zip")
        with zipfile.ZipFile(archive_path, "w", zipfile.ZIP_DEFLATED) as archive:
            part = os.urandom(MB)  # incompressible: the archive is as large as its data
            for n in range(args.size_mb // 10):
                archive.writestr(f"data/tile-{n}.bin", part * 10)
        body = multipart(pdf)
        seconds: Dict[str, float] = {
            "parse_and_hash": median_s(lambda: parse(body), args.repeat),
            "detect_pdf": median_s(lambda: detect(io.BytesIO(pdf), "a.pdf"), args.repeat),
            "detect_csv": median_s(lambda: detect(io.BytesIO(csv), "a.csv"), args.repeat),
        }
        with archive_path.open("rb") as handle:
            seconds["detect_zip"] = median_s(lambda: detect(handle, "data.zip"), args.repeat)
    sizes = {"parse_and_hash": size, "detect_pdf": size, "detect_csv": len(csv)}
    sizes["detect_zip"] = (args.size_mb // 10) * 10 * MB
    results = {
        "size_mb": args.size_mb,
        "repeat": args.repeat,
        "seconds": seconds,
        "mib_per_s": {key: sizes[key] / MB / value for key, value in seconds.items()},
    }
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"Server-side work on a {args.size_mb} MiB material (median of {args.repeat}):")
    labels = {
        "parse_and_hash": "multipart parse + SHA-256 + temp file",
        "detect_pdf": "type check, PDF (header)",
        "detect_csv": "type check, CSV (all UTF-8)",
        "detect_zip": "type check, zip (read through)",
    }
    for key, label in labels.items():
        rate = results["mib_per_s"][key]
        shown = f"{rate:8.0f} MiB/s" if rate < 100_000 else "(reads the first 64 KiB)"
        print(f"  {label:40s} {seconds[key] * 1000:8.1f} ms  {shown}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
