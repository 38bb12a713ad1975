"""Multipart uploads, the 100 MiB limit and the storage host (ranges, no auth, expiry)."""

from __future__ import annotations

import secrets
from collections.abc import Callable, Iterator

import httpx
import pytest

from asana_client.testing import FakeAsana

MiB = 1024 * 1024


def multipart(boundary: str, parts: list[tuple[str, bytes]]) -> bytes:
    """Hand-built body: each part is (raw header block, content)."""
    out = b""
    for headers, content in parts:
        out += f"--{boundary}\r\n{headers}\r\n\r\n".encode() + content + b"\r\n"
    return out + f"--{boundary}--\r\n".encode()


def test_upload_with_random_boundary_and_injection_attempt(
    api: httpx.Client, fake: FakeAsana
) -> None:
    task = fake.add_task("t")
    other = fake.add_task("other")
    boundary = "----" + secrets.token_hex(12)
    evil = (
        b'line one\r\n--+++\r\nContent-Disposition: form-data; name="parent"\r\n\r\n'
        + other.encode()
        + f'\r\n--{boundary}X\r\nContent-Disposition: form-data; name="parent"\r\n\r\n'.encode()
        + other.encode()
        + f"\r\nnot a delimiter: --{boundary}\r\n".encode()
        + b"\x00\xff binary tail"
    )
    body = multipart(
        boundary,
        [
            ('Content-Disposition: form-data; name="parent"', task.encode()),
            (
                'Content-Disposition: form-data; name="file"; filename="evil.bin"\r\n'
                "Content-Type: application/octet-stream",
                evil,
            ),
        ],
    )
    resp = api.post(
        "/attachments",
        content=body,
        headers={"Content-Type": f"multipart/form-data; boundary={boundary}"},
    )
    assert resp.status_code == 200, resp.text
    data = resp.json()["data"]
    assert data["parent"]["gid"] == task and data["name"] == "evil.bin"
    assert fake.attachment_content(data["gid"]) == evil
    assert api.get("/attachments", params={"parent": other}).json()["data"] == []


def test_rfc5987_filename_and_external_and_missing_parent(
    api: httpx.Client, fake: FakeAsana
) -> None:
    task = fake.add_task("t")
    boundary = "b" + secrets.token_hex(4)
    body = multipart(
        boundary,
        [
            ('Content-Disposition: form-data; name="parent"', task.encode()),
            (
                'Content-Disposition: form-data; name="file"; filename="fallback.txt"; '
                "filename*=UTF-8''%E2%82%AC%20r%C3%A9sum%C3%A9.txt",
                b"cv",
            ),
        ],
    )
    ctype = {"Content-Type": f'multipart/form-data; boundary="{boundary}"'}
    assert (
        api.post("/attachments", content=body, headers=ctype).json()["data"]["name"]
        == "€ résumé.txt"
    )
    external = api.post(
        "/attachments",
        data={
            "parent": task,
            "resource_subtype": "external",
            "url": "https://x.test/f",
            "name": "Doc",
        },
        files={"ignored": ("x", b"")},
    ).json()["data"]
    assert external["host"] == "external" and external["download_url"] is None
    missing = api.post("/attachments", files={"file": ("a.txt", b"x")})
    assert missing.status_code == 400
    assert missing.json()["errors"][0]["message"] == "parent: Missing input"


def test_file_over_100_mib_is_rejected(api: httpx.Client, fake: FakeAsana) -> None:
    task = fake.add_task("t")
    boundary = secrets.token_hex(8)
    block = b"\0" * MiB

    def stream() -> Iterator[bytes]:
        disposition = "Content-Disposition: form-data; name="
        yield f'--{boundary}\r\n{disposition}"parent"\r\n\r\n{task}\r\n'.encode()
        yield f'--{boundary}\r\n{disposition}"file"; filename="big.bin"\r\n\r\n'.encode()
        for _ in range(100):
            yield block
        yield b"!"  # one byte over 104,857,600
        yield f"\r\n--{boundary}--\r\n".encode()

    resp = api.post(
        "/attachments",
        content=stream(),
        headers={"Content-Type": f"multipart/form-data; boundary={boundary}"},
    )
    assert resp.status_code == 413
    assert "errors" in resp.json()
    assert api.get("/attachments", params={"parent": task}).json()["data"] == []
    assert fake.requests[-2].body_size > 100 * MiB  # the whole body was consumed


@pytest.fixture
def download(
    fake: FakeAsana, make_client: Callable[..., httpx.Client], api: httpx.Client
) -> tuple[str, bytes, httpx.Client]:
    content = bytes(range(256)) * 4
    task = fake.add_task("t")
    att = fake.add_attachment(task, "data.bin", content)
    url = api.get(f"/attachments/{att}").json()["data"]["download_url"]
    return url, content, make_client(None)


def test_storage_serves_bytes_without_auth(
    download: tuple[str, bytes, httpx.Client], fake: FakeAsana, base_url: str
) -> None:
    url, content, anon = download
    assert not url.startswith(base_url.rsplit("/api/1.0", 1)[0])  # a different origin
    resp = anon.get(url)
    assert resp.status_code == 200 and resp.content == content
    assert resp.headers["Content-Length"] == "1024" and resp.headers["Accept-Ranges"] == "bytes"
    assert fake.storage_requests[-1].status == 200
    assert "authorization" not in fake.storage_requests[-1].headers


@pytest.mark.parametrize(
    ("header", "status", "expected", "content_range"),
    [
        ("bytes=0-9", 206, slice(0, 10), "bytes 0-9/1024"),
        ("bytes=1000-", 206, slice(1000, 1024), "bytes 1000-1023/1024"),
        ("bytes=-5", 206, slice(1019, 1024), "bytes 1019-1023/1024"),
        ("bytes=5000-", 416, None, "bytes */1024"),
    ],
)
def test_storage_ranges(
    download: tuple[str, bytes, httpx.Client],
    header: str,
    status: int,
    expected: slice | None,
    content_range: str,
) -> None:
    url, content, anon = download
    resp = anon.get(url, headers={"Range": header})
    assert resp.status_code == status
    assert resp.headers["Content-Range"] == content_range
    if expected is not None:
        assert resp.content == content[expected]


def test_download_links_expire(
    download: tuple[str, bytes, httpx.Client], fake: FakeAsana, api: httpx.Client
) -> None:
    url, content, anon = download
    fake.expire_download_links()
    assert anon.get(url).status_code == 403
    att = fake.requests[-1].path.rsplit("/", 1)[-1]
    fresh = api.get(f"/attachments/{att}").json()["data"]["download_url"]
    assert fresh != url and anon.get(fresh).content == content


def test_redirect_hop_does_not_forward_credentials(fake: FakeAsana, api: httpx.Client) -> None:
    fake.storage_redirect = True
    att = fake.add_attachment(fake.add_task("t"), "r.txt", b"redirected")
    url = api.get(f"/attachments/{att}").json()["data"]["download_url"]
    resp = api.get(url, follow_redirects=True)  # the api client carries Authorization
    assert resp.content == b"redirected" and len(resp.history) == 1
    hop, final = fake.storage_requests[-2:]
    assert "authorization" in hop.headers  # same origin as the API
    assert "authorization" not in final.headers  # httpx drops it across origins
