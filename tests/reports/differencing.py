"""The differencing attack: which hidden cells follow from published ones through a report's margins.

A report publishes some cells and hides others; its margins are linear identities (a total is the sum
of its parts). A hidden cell can be worked out by an attacker exactly when it is fixed by those
identities and the published values, whatever the hidden values are: when its unit vector lies in the
row space of the identities restricted to the hidden cells. That covers every linear combination an
attacker could try (rows minus other rows, totals minus parts, consecutive periods, and any mix).
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping, Sequence

import numpy as np

Relation = tuple[Hashable, Sequence[Hashable]]  # total, parts


def derivable(
    hidden: Iterable[Hashable], relations: Iterable[Relation], published: Mapping[Hashable, float]
) -> dict[Hashable, float]:
    """The hidden cells the relations pin down, with the value they pin them to.

    A cell in neither ``hidden`` nor ``published`` is a known zero (a group absent from a period).
    """
    index = {key: n for n, key in enumerate(dict.fromkeys(hidden))}
    matrix: list[np.ndarray] = []
    rhs: list[float] = []
    for total, parts in relations:
        row = np.zeros(len(index))
        constant = 0.0
        for key, sign in ((total, -1.0), *((part, 1.0) for part in parts)):
            if key in index:
                row[index[key]] += sign
            elif key in published:
                constant -= sign * published[key]
        if row.any():
            matrix.append(row)
            rhs.append(constant)
    if not matrix:
        return {}
    a = np.array(matrix)
    _, singular, vh = np.linalg.svd(a)
    rank = int((singular > 1e-9 * singular.max()).sum())
    null = vh[rank:]
    solution = np.linalg.lstsq(a, np.array(rhs), rcond=None)[0]
    return {
        key: float(solution[n])
        for key, n in index.items()
        if null.shape[0] == 0 or float(np.abs(null[:, n]).max()) < 1e-9
    }


def table_relations(table: Mapping[tuple[Hashable, Hashable], Hashable], total: object) -> list[Relation]:
    """Every row and column of a two-way table with margins (row/column ``total``) as an identity."""
    rows: dict[Hashable, list[Hashable]] = {}
    cols: dict[Hashable, list[Hashable]] = {}
    for (row, col), key in table.items():
        rows.setdefault(row, [])
        cols.setdefault(col, [])
        if col is not total:
            rows[row].append(key)
        if row is not total:
            cols[col].append(key)
    out: list[Relation] = []
    for row, parts in rows.items():
        if (row, total) in table:
            out.append((table[(row, total)], parts))
    for col, parts in cols.items():
        if (total, col) in table:
            out.append((table[(total, col)], parts))
    return out
