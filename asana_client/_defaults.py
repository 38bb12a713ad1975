"""Every default of the client in one place."""

from __future__ import annotations

BASE_URL = "https://app.asana.com/api/1.0"
TOKEN_ENV_VAR = "ASANA_ACCESS_TOKEN"
TIMEOUT = 30.0  # seconds; the generated client has no timeout at all

MAX_RETRIES = 3
BACKOFF_INITIAL = 0.5  # seconds before the first retry of a 5xx / connection error
BACKOFF_MAX = 8.0
RETRY_AFTER_MAX = 60.0  # never wait longer than this on one 429, whatever Retry-After says

# Asana's documented limits per token.
MAX_CONCURRENT_READS = 50
MAX_CONCURRENT_WRITES = 15

PAGE_LIMIT = 100  # the API maximum, and the fewest round trips
ATTACHMENT_MAX_BYTES = 100 * 1024 * 1024
DOWNLOAD_CHUNK_BYTES = 64 * 1024
OAUTH_REFRESH_MARGIN = 60.0  # refresh an access token this many seconds before it expires
MAX_DOWNLOADS = 8  # attachment downloads streaming at once per client; more wait their turn
MAX_RESPONSE_BYTES = 64 * 1024 * 1024  # decoded API body ceiling (a gzip bomb is refused)
