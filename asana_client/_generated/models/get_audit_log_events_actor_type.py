from typing import Literal

GetAuditLogEventsActorType = Literal[
    "anonymous", "asana", "asana_support", "external_administrator", "user"
]

GET_AUDIT_LOG_EVENTS_ACTOR_TYPE_VALUES: set[GetAuditLogEventsActorType] = {
    "anonymous",
    "asana",
    "asana_support",
    "external_administrator",
    "user",
}


def check_get_audit_log_events_actor_type(value: str) -> GetAuditLogEventsActorType:
    if value in GET_AUDIT_LOG_EVENTS_ACTOR_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_AUDIT_LOG_EVENTS_ACTOR_TYPE_VALUES!r}"
    )
