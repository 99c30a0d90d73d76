"""The sandbox's handlers agree with the spec's endpoint table (``coinex_sdk._generated``).

The server layer routes each request of the generated table to ``HANDLERS`` after validating it
against the spec, so every handler must be a spec route with the same auth requirement, and every
parameter a handler reads must be one the spec declares (or the validator would never pass it).
The parameter check reads the route modules' source: it follows ``p.<reader>(params, "name")``
calls through the helper functions a handler hands ``params`` (or a batch item) to.
"""

from __future__ import annotations

import ast
import inspect
from collections.abc import Iterator
from types import ModuleType

import pytest

from coinex_sdk._generated.endpoints import BY_ROUTE
from coinex_sdk.sandbox import (
    HANDLERS,
    _routes_account,
    _routes_assets,
    _routes_futures,
    _routes_market,
    _routes_spot,
)

MODULES = (_routes_market, _routes_spot, _routes_futures, _routes_assets, _routes_account)


def test_every_handler_is_a_route_of_the_spec() -> None:
    assert sorted(set(HANDLERS) - set(BY_ROUTE)) == []


class _Source:
    """What the functions of one route module read from their parameter mappings."""

    def __init__(self, module: ModuleType) -> None:
        tree = ast.parse(inspect.getsource(module))
        self.functions = {n.name: n for n in tree.body if isinstance(n, ast.FunctionDef)}
        self.constants: dict[str, tuple[str, ...]] = {}
        for node in tree.body:
            if isinstance(node, ast.Assign) and isinstance(node.value, ast.Tuple):
                values = node.value.elts
                if all(isinstance(v, ast.Constant) and isinstance(v.value, str) for v in values):
                    for target in node.targets:
                        if isinstance(target, ast.Name):
                            self.constants[target.id] = tuple(v.value for v in values)  # type: ignore[attr-defined]

    def routes(self) -> Iterator[tuple[tuple[str, str], ast.FunctionDef]]:
        for function in self.functions.values():
            for decorator in function.decorator_list:
                if (
                    isinstance(decorator, ast.Call)
                    and isinstance(decorator.func, ast.Name)
                    and decorator.func.id == "route"
                ):
                    method, path = (arg.value for arg in decorator.args)  # type: ignore[attr-defined]
                    yield (method, path), function

    def names(self, function: ast.FunctionDef, variable: str) -> set[str]:
        """Parameter names ``function`` reads from its local ``variable``, helpers included."""
        found: set[str] = set()
        for node in ast.walk(function):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            args = node.args
            reads_variable = isinstance(args[0], ast.Name) and args[0].id == variable
            func = node.func
            if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
                if func.value.id == "p" and func.attr == "matches" and len(args) == 3:
                    if isinstance(args[1], ast.Name) and args[1].id == variable:
                        found.update(self._literal_strings(args[2]))
                elif func.value.id == "p" and reads_variable and len(args) > 1:
                    found.update(self._literal_strings(args[1]))
            elif isinstance(func, ast.Name) and func.id in self.functions:
                callee = self.functions[func.id]
                for index, arg in enumerate(args):
                    if isinstance(arg, ast.Name) and arg.id == variable:
                        found |= self.names(callee, callee.args.args[index].arg)
        return found

    def batch_items(self, function: ast.FunctionDef) -> set[str]:
        """Names read from each ``item`` of ``for item in p.objects(params, ...)``."""
        return self.names(function, "item")

    def _literal_strings(self, node: ast.expr) -> tuple[str, ...]:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return (node.value,)
        if isinstance(node, ast.Name):
            return self.constants.get(node.id, ())
        return ()


def _cases() -> Iterator[tuple[tuple[str, str], set[str], set[str]]]:
    for module in MODULES:
        source = _Source(module)
        for key, function in source.routes():
            yield key, source.names(function, "params"), source.batch_items(function)


@pytest.mark.parametrize(("route", "reads", "item_reads"), list(_cases()), ids=lambda v: str(v))
def test_handlers_read_only_parameters_the_spec_declares(
    route: tuple[str, str], reads: set[str], item_reads: set[str]
) -> None:
    endpoint = BY_ROUTE[route]
    declared = {param.name for param in endpoint.params}
    assert reads <= declared
    if item_reads:
        (batch,) = [param for param in endpoint.params if param.fields]
        assert item_reads <= {field.name for field in batch.fields}


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.__name__)
def test_signed_handlers_are_the_spec_endpoints_that_need_a_signature(module: ModuleType) -> None:
    source = _Source(module)
    for route, function in source.routes():
        calls_require = any(
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "require"
            for node in ast.walk(function)
        )
        assert calls_require == BY_ROUTE[route].auth, route
