"""Rule options: declared as pydantic models are; plain ones are read without pydantic, and
validated by it (same errors as before) when a setting is not plain."""

from __future__ import annotations

import pydantic
import pytest

from planlint.api.rule import NoOptions, Options, plain_settings


class Plain(Options):
    max_growth: float = 2.0
    red_days: int = 3
    label: str = "x"


class Rich(Options):
    limit: int = pydantic.Field(default=3, ge=1)

    @pydantic.field_validator("limit")
    @classmethod
    def _even(cls, v: int) -> int:
        if v == 7:
            raise ValueError("not seven")
        return v


def test_a_plain_class_reads_its_defaults_and_plain_settings_without_pydantic():
    assert plain_settings(Plain, {}) and plain_settings(Plain, {"max-growth": 3.5})
    opts = Plain.model_validate({"max-growth": 3.5})
    assert (opts.max_growth, opts.red_days, opts.label) == (3.5, 3, "x")
    assert isinstance(opts, Plain) and isinstance(opts, Options)
    assert Plain() == Plain.model_validate({}) and opts.model_dump() == {"max_growth": 3.5, "red_days": 3, "label": "x"}


def test_a_setting_that_is_not_plain_goes_through_pydantic():
    assert not plain_settings(Plain, {"max-growth": 3})
    opts = Plain.model_validate({"max-growth": 3, "red_days": 5})  # int for float; a field name
    assert (opts.max_growth, type(opts.max_growth), opts.red_days) == (3.0, float, 5)
    with pytest.raises(pydantic.ValidationError) as err:
        Plain.model_validate({"max-groth": 1.0})
    assert err.value.errors()[0]["loc"] == ("max-groth",)
    with pytest.raises(pydantic.ValidationError):
        NoOptions.model_validate({"x": 1})
    assert list(Plain.model_fields) == ["max_growth", "red_days", "label"]
    assert Plain.model_fields["red_days"].default == 3


def test_any_other_body_is_a_pydantic_model_that_is_still_an_options_class():
    assert issubclass(Rich, pydantic.BaseModel) and issubclass(Rich, Options) and not plain_settings(Rich, {})
    assert Rich.model_validate({}).limit == 3 and isinstance(Rich.model_validate({"limit": 2}), Options)
    for bad in ({"limit": 0}, {"limit": 7}, {"limits": 2}):
        with pytest.raises(pydantic.ValidationError):
            Rich.model_validate(bad)
