"""An in-memory fake of the Asana REST API for tests.

from asana_client.testing import FakeAsana

fake = FakeAsana()
token = fake.add_user("Ada", "ada@example.com")
with fake.http_client(headers={"Authorization": f"Bearer {token}"}) as client:
    client.get("/users/me")
with fake.serve() as base_url:  # real HTTP on 127.0.0.1
    ...
api = fake.client(token)  # an Asana client on this fake whose retries wait on a VirtualClock
"""

from ._clock import VirtualClock
from ._fake import FakeAsana
from ._seed import DemoSeed
from ._server import RecordedRequest
from ._webhooks import Delivery

__all__ = ["Delivery", "DemoSeed", "FakeAsana", "RecordedRequest", "VirtualClock"]
