#!/usr/bin/env python3
"""The benchmark tools as somebody runs them by hand (python3 standard library only).

usage: benchmark_tools_test.py --generate PATH --align PATH [--ui PATH]

--help answers with a usage and exit 0 and does nothing else; a mistyped option is never taken
for the folder to write; the generator never writes into a folder that already holds files.
Exits 0 when every check passed, 1 otherwise.
"""
import argparse
import os
import subprocess
import sys
import tempfile

FAILURES = []


def check(condition, message):
    if not condition:
        FAILURES.append(message)
        print('FAIL ' + message, flush=True)


def run(*args, cwd):
    env = dict(os.environ, QT_QPA_PLATFORM='offscreen')
    return subprocess.run(list(args), capture_output=True, text=True, cwd=cwd, env=env,
                          timeout=300)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--generate', required=True)
    parser.add_argument('--align', required=True)
    parser.add_argument('--ui')
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as work:
        tools = [args.generate, args.align] + ([args.ui] if args.ui else [])
        for tool in tools:
            name = os.path.basename(tool)
            for flag in ('--help', '-h'):
                result = run(tool, flag, cwd=work)
                check(result.returncode == 0, f'{name} {flag}: exit {result.returncode}')
                check('usage' in result.stdout.lower() or 'Usage' in result.stdout,
                      f'{name} {flag}: no usage on stdout: {result.stdout[:200]!r}')
            check(os.listdir(work) == [], f'{name} --help wrote into the working folder: '
                                          f'{sorted(os.listdir(work))[:5]}')

        result = run(args.align, '--no-such-option', cwd=work)
        check(result.returncode == 2, f'align benchmark, unknown option: exit {result.returncode}')
        check('--no-such-option' in result.stderr, 'align benchmark names the bad option')
        if args.ui:
            result = run(args.ui, '--no-such-option', cwd=work)
            check(result.returncode != 0, 'ui benchmark accepts an unknown option')

        result = run(args.generate, '--outlets', '5', cwd=work)
        check(result.returncode == 2, f'generator, option for DIR: exit {result.returncode}')
        check(os.listdir(work) == [], 'generator made a folder named after an option')

        full = os.path.join(work, 'articles')
        os.mkdir(full)
        mine = os.path.join(full, 'outlet-0000.txt')
        with open(mine, 'w', encoding='utf-8') as f:
            f.write('Somebody\'s own article.\n')
        result = run(args.generate, full, '3', cwd=work)
        check(result.returncode == 1, f'generator, folder with files: exit {result.returncode}')
        check('not empty' in result.stderr and full in result.stderr,
              f'generator names the folder and why: {result.stderr!r}')
        with open(mine, encoding='utf-8') as f:
            check(f.read() == 'Somebody\'s own article.\n', 'generator overwrote a file')

        fresh = os.path.join(work, 'new', 'story')
        result = run(args.generate, fresh, '4', '12', '7', cwd=work)
        check(result.returncode == 0, f'generator, new folder: exit {result.returncode} '
                                      f'{result.stderr}')
        written = sorted(os.listdir(fresh)) if os.path.isdir(fresh) else []
        check(len(written) == 4 and all(n.endswith('.txt') for n in written),
              f'generator wrote {written}')
        check(all(os.path.getsize(os.path.join(fresh, n)) > 200 for n in written),
              'generated articles are not empty')

    if FAILURES:
        print(f'{len(FAILURES)} checks failed')
        return 1
    print('all checks passed')
    return 0


if __name__ == '__main__':
    sys.exit(main())
