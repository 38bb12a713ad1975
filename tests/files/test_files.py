"""Uploads and downloads over loopback HTTP, where FakeAsana really streams the bodies."""

from __future__ import annotations

import io
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from asana_client import Asana, AsanaError, FileTooLargeError, RateLimitEnforcedError
from asana_client.testing import FakeAsana
from tests.conftest import OneShotStream

CONTENT = bytes(range(256)) * 1000  # 256,000 bytes, every byte value


@pytest.fixture
def served(fake: FakeAsana, token: str) -> Iterator[Asana]:
    with fake.serve() as url, Asana(access_token=token, base_url=url, _sleep=lambda _: None) as api:
        yield api


@pytest.fixture
def task(fake: FakeAsana) -> str:
    return fake.add_task("Has files", projects=[fake.add_project("Files")])


def test_a_path_uploads_intact_with_its_name_and_guessed_type(
    served: Asana, fake: FakeAsana, task: str, tmp_path: Path
) -> None:
    path = tmp_path / "report.pdf"
    path.write_bytes(CONTENT)
    attachment = served.attachments.create_attachment_for_object(parent=task, file=path)
    assert attachment.name == "report.pdf" and attachment.size == len(CONTENT)
    assert fake.attachment_content(attachment.gid) == CONTENT
    upload = [r for r in fake.requests if r.method == "POST" and r.path == "/attachments"][-1]
    assert upload.body_size > len(CONTENT)


def test_bytes_file_objects_and_tuples_upload_intact(
    served: Asana, fake: FakeAsana, task: str
) -> None:
    uploads = {
        "bytes.bin": served.attachments.create_attachment_for_object(
            parent=task, file=CONTENT, name="bytes.bin"
        ),
        "object.bin": served.attachments.create_attachment_for_object(
            parent=task, file=io.BytesIO(CONTENT), name="object.bin"
        ),
        "tuple.csv": served.attachments.create_attachment_for_object(
            parent=task, file=("tuple.csv", io.BytesIO(CONTENT), "text/csv")
        ),
    }
    for name, attachment in uploads.items():
        assert attachment.name == name
        assert fake.attachment_content(attachment.gid) == CONTENT


def test_non_ascii_file_names_arrive_as_written(served: Asana, task: str) -> None:
    attachment = served.attachments.create_attachment_for_object(
        parent=task, file=b"x", name="Résumé – 2026 ✓.txt"
    )
    assert attachment.name == "Résumé – 2026 ✓.txt"


def test_external_attachment_needs_url_and_name(served: Asana, fake: FakeAsana, task: str) -> None:
    link = served.attachments.create_attachment_for_object(
        parent=task, resource_subtype="external", url="https://example.com/spec", name="Spec"
    )
    assert link.name == "Spec" and link.resource_subtype == "external"
    fake.clear_requests()
    for missing in ({"url": "https://example.com"}, {"name": "Spec"}):
        with pytest.raises(ValueError, match="url= and name="):
            served.attachments.create_attachment_for_object(
                parent=task, resource_subtype="external", **missing
            )
    assert fake.requests == []


def test_file_content_cannot_forge_form_fields(served: Asana, fake: FakeAsana, task: str) -> None:
    other = fake.add_task("Victim")
    forged = (
        b'--+++\r\nContent-Disposition: form-data; name="parent"\r\n\r\n'
        + other.encode()
        + b'\r\n--+++\r\nContent-Disposition: form-data; name="resource_subtype"\r\n\r\nexternal'
        + b"\r\n--+++--\r\n"
    )
    attachment = served.attachments.create_attachment_for_object(
        parent=task, file=forged, name="x.txt"
    )
    assert fake.attachment_content(attachment.gid) == forged
    assert attachment.parent is not None and attachment.parent.gid == task
    assert attachment.resource_subtype == "asana"


def test_over_100_mib_raises_before_any_request(
    served: Asana, fake: FakeAsana, task: str, tmp_path: Path
) -> None:
    sparse = tmp_path / "huge.bin"
    with sparse.open("wb") as handle:
        handle.truncate(100 * 1024 * 1024 + 1)
    fake.clear_requests()
    with pytest.raises(FileTooLargeError, match="104,857,601"):
        served.attachments.create_attachment_for_object(parent=task, file=sparse)
    with pytest.raises(FileTooLargeError):
        served.attachments.create_attachment_for_object(
            parent=task, file=sparse.open("rb"), name="h"
        )
    assert fake.requests == []


def test_exactly_100_mib_is_allowed_by_the_size_check(tmp_path: Path) -> None:
    from contextlib import ExitStack

    from asana_client._files import UploadFile

    edge = tmp_path / "edge.bin"
    with edge.open("wb") as handle:
        handle.truncate(100 * 1024 * 1024)
    with ExitStack() as stack:
        upload = UploadFile(edge, None, None, stack)
        upload.check_size()
        assert upload.size == 100 * 1024 * 1024


def test_upload_retried_after_429_rereads_the_file(
    served: Asana, fake: FakeAsana, task: str
) -> None:
    fake.fail_next(status=429, retry_after=0, method="POST", path="/attachments")
    attachment = served.attachments.create_attachment_for_object(
        parent=task, file=io.BytesIO(CONTENT), name="again.bin"
    )
    assert fake.attachment_content(attachment.gid) == CONTENT
    assert sum(1 for r in fake.requests if r.method == "POST" and r.path == "/attachments") == 2


def test_non_seekable_stream_is_sent_and_never_replayed(
    served: Asana, fake: FakeAsana, task: str
) -> None:
    attachment = served.attachments.create_attachment_for_object(
        parent=task, file=OneShotStream(CONTENT), name="pipe.bin"
    )
    assert fake.attachment_content(attachment.gid) == CONTENT
    fake.fail_next(status=429, retry_after=0, method="POST", path="/attachments")
    with pytest.raises(RateLimitEnforcedError):
        served.attachments.create_attachment_for_object(
            parent=task, file=OneShotStream(CONTENT), name="pipe.bin"
        )


@pytest.fixture
def stored(fake: FakeAsana, task: str) -> str:
    return fake.add_attachment(task, "data.bin", CONTENT)


def test_download_streams_the_exact_bytes_without_the_credential(
    served: Asana, fake: FakeAsana, stored: str, token: str
) -> None:
    with served.attachments.download(stored) as chunks:
        received = b"".join(chunks)
    assert received == CONTENT
    assert fake.storage_requests
    assert all("authorization" not in r.headers for r in fake.storage_requests)
    assert all(token not in str(r.headers) for r in fake.storage_requests)


@pytest.mark.parametrize(
    ("range_", "expected"),
    [("bytes=0-99", CONTENT[:100]), ("bytes=1000-", CONTENT[1000:]), ("bytes=-5", CONTENT[-5:])],
)
def test_ranged_downloads_are_exact(
    served: Asana, stored: str, range_: str, expected: bytes
) -> None:
    with served.attachments.download(stored, range=range_) as chunks:
        assert b"".join(chunks) == expected


def test_credential_is_not_forwarded_across_storage_redirects(
    served: Asana, fake: FakeAsana, stored: str, tmp_path: Path
) -> None:
    fake.storage_redirect = True
    assert served.attachments.download_to(stored, tmp_path / "out.bin") == len(CONTENT)
    assert len(fake.storage_requests) >= 2
    assert all("authorization" not in r.headers for r in fake.storage_requests)


def test_expired_storage_link_is_refreshed_once(
    served: Asana, fake: FakeAsana, stored: str
) -> None:
    fake.fail_next(status=403, path="/blobs/*")
    with served.attachments.download(stored) as chunks:
        assert b"".join(chunks) == CONTENT
    gets = [r for r in fake.requests if r.method == "GET" and r.path == f"/attachments/{stored}"]
    assert len(gets) == 2 and len(fake.storage_requests) == 2


def test_a_link_that_stays_expired_raises(served: Asana, fake: FakeAsana, stored: str) -> None:
    fake.fail_next(status=403, path="/blobs/*", times=5)
    with pytest.raises(AsanaError) as raised, served.attachments.download(stored):
        pass
    assert raised.value.status == 403
    assert len(fake.storage_requests) == 2


def test_download_to_a_path_returns_bytes_written(
    served: Asana, stored: str, tmp_path: Path
) -> None:
    target = tmp_path / "copy.bin"
    assert served.attachments.download_to(stored, target) == len(CONTENT)
    assert target.read_bytes() == CONTENT
    assert sorted(os.listdir(tmp_path)) == ["copy.bin"]


def test_a_failed_download_leaves_no_partial_file(
    served: Asana, fake: FakeAsana, stored: str, tmp_path: Path
) -> None:
    fake.fail_next(status=500, path="/blobs/*", times=10)
    with pytest.raises(AsanaError):
        served.attachments.download_to(stored, tmp_path / "never.bin")
    assert os.listdir(tmp_path) == []


def test_attachment_without_download_url_says_so(served: Asana, task: str) -> None:
    link = served.attachments.create_attachment_for_object(
        parent=task, resource_subtype="external", url="https://example.com/x", name="X"
    )
    with pytest.raises(AsanaError, match="no download_url"), served.attachments.download(link.gid):
        pass


def test_bad_range_is_refused_before_sending(served: Asana, fake: FakeAsana, stored: str) -> None:
    fake.clear_requests()
    with (
        pytest.raises(ValueError, match="range"),
        served.attachments.download(stored, range="0-10"),
    ):
        pass
    assert fake.requests == []


def test_a_storage_host_that_ignores_the_range_is_an_error(
    served: Asana, fake: FakeAsana, stored: str
) -> None:
    fake.fail_next(
        status=200, path="/blobs/*", body=CONTENT, content_type="application/octet-stream"
    )
    with (
        pytest.raises(AsanaError, match="ignored the range"),
        served.attachments.download(stored, range="bytes=0-9"),
    ):
        pass


def test_size_check_counts_the_whole_file_whatever_was_read_already(
    served: Asana, fake: FakeAsana, task: str, tmp_path: Path
) -> None:
    sparse = tmp_path / "huge.bin"
    with sparse.open("wb") as handle:
        handle.truncate(100 * 1024 * 1024 + 1)
    handle = sparse.open("rb")
    handle.read(4096)  # httpx rewinds before sending, so these bytes would be sent too
    fake.clear_requests()
    with pytest.raises(FileTooLargeError):
        served.attachments.create_attachment_for_object(parent=task, file=handle, name="h.bin")
    handle.close()
    assert fake.requests == []
