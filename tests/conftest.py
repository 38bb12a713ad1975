"""Shared fixtures: a FakeAsana per test, reached in-process or over loopback HTTP."""
