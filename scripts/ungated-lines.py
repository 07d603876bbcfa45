#!/usr/bin/env python3
"""Prints a generated file (prettyplease-formatted, from generated/) without the items gated by a
`#[cfg(feature = ...)]` or `#[cfg(any(feature = ...))]`: what a build without those features
compiles. For BENCHMARKS.md's line counts (scripts/bench.sh); `wc -l` the output.

An item is its doc comment and attributes, then its text up to the line where the brackets balance
again and the line ends it (`}`, `;` or `,`). String literals and `///` lines are not counted for
brackets. Good enough for the generator's own output, which is all it is used on.
"""
import re
import sys

GATE = re.compile(r'^#\[cfg\((feature = |any\(feature = )')


def balance(line):
    depth = 0
    in_string = False
    escaped = False
    for c in line:
        if in_string:
            if escaped:
                escaped = False
            elif c == '\\':
                escaped = True
            elif c == '"':
                in_string = False
        elif c == '"':
            in_string = True
        elif c in '([{':
            depth += 1
        elif c in ')]}':
            depth -= 1
    return depth


def ungated(lines):
    out = []
    i = 0
    while i < len(lines):
        stripped = lines[i].strip()
        if not GATE.match(stripped):
            out.append(lines[i])
            i += 1
            continue
        indent = len(lines[i]) - len(lines[i].lstrip())
        # The item's doc comment and attributes above the cfg.
        while out and out[-1].strip().startswith(('///', '#[')) and len(out[-1]) - len(out[-1].lstrip()) == indent:
            out.pop()
        i += 1
        # Attributes below it, then the item.
        while i < len(lines) and lines[i].strip().startswith('#[') and lines[i].strip().endswith(']'):
            i += 1
        depth = 0
        while i < len(lines):
            text = lines[i].strip()
            i += 1
            if text.startswith('///'):
                continue
            depth += balance(text)
            if depth <= 0 and text.endswith(('}', ';', ',')):
                break
    return out


if __name__ == '__main__':
    for path in sys.argv[1:]:
        with open(path) as f:
            sys.stdout.writelines(ungated(f.readlines()))
