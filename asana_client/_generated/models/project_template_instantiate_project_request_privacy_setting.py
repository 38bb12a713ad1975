from typing import Literal

ProjectTemplateInstantiateProjectRequestPrivacySetting = Literal[
    "private", "private_to_team", "public_to_workspace"
]

PROJECT_TEMPLATE_INSTANTIATE_PROJECT_REQUEST_PRIVACY_SETTING_VALUES: set[
    ProjectTemplateInstantiateProjectRequestPrivacySetting
] = {
    "private",
    "private_to_team",
    "public_to_workspace",
}


def check_project_template_instantiate_project_request_privacy_setting(
    value: str,
) -> ProjectTemplateInstantiateProjectRequestPrivacySetting:
    if value in PROJECT_TEMPLATE_INSTANTIATE_PROJECT_REQUEST_PRIVACY_SETTING_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROJECT_TEMPLATE_INSTANTIATE_PROJECT_REQUEST_PRIVACY_SETTING_VALUES!r}"
    )
