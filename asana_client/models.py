"""The generated request and response models under a public name, for annotations and for
request models passed to the client: `from asana_client.models import TaskCreateRequest`.

They live in `_generated` because that tree is rebuilt by `make generate`; this module is the
stable place to import them from. `import asana_client` alone does not load it.
"""

from ._generated.models import *  # noqa: F403
from ._generated.models import __all__ as __all__
