#!/usr/bin/env python3
"""Tournée against PyVRP on large VRPTW instances, side by side, one core each.

The instances come from `tournee synth vrptw` (seeded: nothing is stored). For each instance,
Tournée (`tournee bench solomon --json`, whose solution the independent checker verifies) and
PyVRP run at the same moment, each pinned to its own core (swapped from one instance to the
next), with the same seconds, distance only (Solomon's objective). PyVRP works in integers:
its distances are the exact ones times 1000 rounded, its travel times the same rounded up (so
a plan it finds feasible is feasible in exact doubles); its routes are then measured here in
exact doubles and checked (windows, capacity, horizon) like Tournée's.

    python3 scripts/large-vrptw.py --set tuning        # tuning set
    python3 scripts/large-vrptw.py --set heldout       # held-out set, to confirm

Options: --seconds-400 10 --seconds-1000 30 (seconds per instance by size), --seed 1 (both
solvers' seed), --tournee PATH (default $CARGO_TARGET_DIR/release/tournee, else
target/release/tournee), --pyvrp-python PATH (a Python with pyvrp 0.14.1, default
/work/venv-pyvrp/bin/python), --only R1 (one class). PyVRP: `pip install pyvrp==0.14.1`.
"""

import argparse
import json
import math
import os
import subprocess
import sys
import time

CLASSES = ["C1", "C2", "R1", "R2", "RC1", "RC2"]
# (customers, instance seeds) of each set; the held-out seeds are never used while tuning.
SETS = {
    "tuning": [(400, [1, 2]), (1000, [1])],
    "heldout": [(400, [101, 102]), (1000, [101])],
}
SCALE = 1000
ONE_THREAD = {"OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}


def read_solomon(path):
    """(vehicles, capacity, rows of (x, y, demand, ready, due, service)), depot first."""
    lines = open(path).read().splitlines()
    fleet = next(i for i, l in enumerate(lines) if l.strip().startswith("NUMBER"))
    vehicles, capacity = (float(v) for v in lines[fleet + 1].split())
    header = next(i for i, l in enumerate(lines) if l.strip().startswith("CUST NO"))
    rows = [tuple(float(v) for v in l.split()[1:]) for l in lines[header + 1 :] if l.strip()]
    return int(vehicles), capacity, rows


def exact_check(vehicles, capacity, rows, routes):
    """Distance in exact doubles and the rules broken by `routes` (lists of customer rows)."""
    problems, total = [], 0.0
    dist = lambda a, b: math.hypot(rows[a][0] - rows[b][0], rows[a][1] - rows[b][1])
    seen = sorted(c for r in routes for c in r)
    if seen != list(range(1, len(rows))):
        problems.append("customers missing or repeated")
    if len(routes) > vehicles:
        problems.append(f"{len(routes)} routes for {vehicles} vehicles")
    horizon = rows[0][4]
    for route in routes:
        place, clock, load = 0, 0.0, 0.0
        for c in route:
            _, _, demand, ready, due, service = rows[c]
            total += dist(place, c)
            clock = max(clock + dist(place, c), ready)
            if clock > due + 1e-6:
                problems.append(f"customer {c} at {clock:.3f} after {due}")
            clock += service
            load += demand
            place = c
        total += dist(place, 0)
        if clock + dist(place, 0) > horizon + 1e-6:
            problems.append("back after the horizon")
        if load > capacity + 1e-6:
            problems.append(f"load {load} over {capacity}")
    return total, problems


def pyvrp_solve(path, seconds, seed):
    """Runs PyVRP on one instance (inside the PyVRP Python); prints one JSON line."""
    import numpy as np
    from pyvrp import Client, Depot, Location, ProblemData, VehicleType, solve
    from pyvrp.stop import MaxRuntime

    vehicles, capacity, rows = read_solomon(path)
    xy = np.array([(r[0], r[1]) for r in rows])
    exact = np.hypot(xy[:, None, 0] - xy[None, :, 0], xy[:, None, 1] - xy[None, :, 1])
    distance = np.round(exact * SCALE).astype(np.int64)
    duration = np.ceil(exact * SCALE - 1e-9).astype(np.int64)
    scaled = lambda v: int(round(v * SCALE))
    horizon = scaled(rows[0][4])
    data = ProblemData(
        locations=[Location(x=r[0], y=r[1]) for r in rows],
        clients=[
            Client(
                location=i,
                delivery=[int(r[2])],
                service_duration=scaled(r[5]),
                tw_early=scaled(r[3]),
                tw_late=scaled(r[4]),
            )
            for i, r in enumerate(rows)
            if i > 0
        ],
        depots=[Depot(location=0, tw_early=0, tw_late=horizon)],
        vehicle_types=[VehicleType(num_available=vehicles, capacity=[int(capacity)], tw_early=0, tw_late=horizon)],
        distance_matrices=[distance],
        duration_matrices=[duration],
    )
    started = time.perf_counter()
    result = solve(data, stop=MaxRuntime(seconds), seed=seed, display=False)
    elapsed = time.perf_counter() - started
    routes = [[a.idx + 1 for a in route if a.is_client()] for route in result.best.routes()]
    routes = [r for r in routes if r]
    total, problems = exact_check(vehicles, capacity, rows, routes)
    feasible = result.best.is_feasible() and not problems
    line = {"distance": total, "vehicles": len(routes), "feasible": feasible, "problems": problems[:3]}
    line.update({"iterations": result.num_iterations, "seconds": elapsed})
    print(json.dumps(line))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--set", choices=SETS, default="tuning")
    parser.add_argument("--seconds-400", type=float, default=10.0)
    parser.add_argument("--seconds-1000", type=float, default=30.0)
    parser.add_argument("--seed", type=int, default=1)
    target = os.environ.get("CARGO_TARGET_DIR", "target")
    parser.add_argument("--tournee", default=os.path.join(target, "release", "tournee"))
    parser.add_argument("--pyvrp-python", default="/work/venv-pyvrp/bin/python")
    parser.add_argument("--only", choices=CLASSES)
    parser.add_argument("--pyvrp", nargs=3, metavar=("FILE", "SECONDS", "SEED"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.pyvrp:
        pyvrp_solve(args.pyvrp[0], float(args.pyvrp[1]), int(args.pyvrp[2]))
        return
    folder = os.path.join("target", "large-vrptw")
    os.makedirs(folder, exist_ok=True)
    log = open(os.path.join(folder, f"{args.set}-{time.strftime('%Y%m%d-%H%M%S')}.jsonl"), "w")
    env = dict(os.environ, **ONE_THREAD)
    print(f"set {args.set}, seed {args.seed}, Tournée {args.tournee}, PyVRP via {args.pyvrp_python}", file=sys.stderr)
    print("| instance | customers | seconds | Tournée veh | Tournée distance | PyVRP veh | PyVRP distance | gap % |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    results, turn = [], 0
    for customers, seeds in SETS[args.set]:
        seconds = args.seconds_400 if customers <= 400 else args.seconds_1000
        for seed in seeds:
            for name in [args.only] if args.only else CLASSES:
                path = os.path.join(folder, f"{name}_{customers}_{seed}.txt")
                subprocess.run(
                    [args.tournee, "synth", "vrptw", "--class", name, "--customers", str(customers),
                     "--seed", str(seed), "-o", path],
                    check=True, capture_output=True,
                )
                cores = ["0", "1"] if turn % 2 == 0 else ["1", "0"]
                turn += 1
                ours = subprocess.Popen(
                    ["taskset", "-c", cores[0], args.tournee, "bench", "solomon", path, "--seconds", str(seconds),
                     "--seed", str(args.seed), "--json"],
                    stdout=subprocess.PIPE, text=True, env=env,
                )
                theirs = subprocess.Popen(
                    ["taskset", "-c", cores[1], args.pyvrp_python, __file__, "--pyvrp", path, str(seconds),
                     str(args.seed)],
                    stdout=subprocess.PIPE, text=True, env=env,
                )
                t = json.loads(ours.communicate()[0])
                p = json.loads(theirs.communicate()[0])
                vehicles, capacity, rows = read_solomon(path)
                t_distance, t_problems = exact_check(vehicles, capacity, rows, t["routes"])
                t_ok = t["feasible"] and not t_problems and abs(t_distance - t["distance"]) < 1e-6
                gap = 100.0 * (t["distance"] - p["distance"]) / p["distance"]
                mark = lambda ok: "" if ok else " (INFEASIBLE)"
                instance = f"{name}_{customers}_{seed}"
                print(
                    f"| {instance} | {customers} | {seconds:g} | {t['vehicles']} | {t['distance']:.2f}{mark(t_ok)} "
                    f"| {p['vehicles']} | {p['distance']:.2f}{mark(p['feasible'])} | {gap:+.2f} |",
                    flush=True,
                )
                record = {"instance": instance, "class": name, "customers": customers, "seconds": seconds,
                          "tournee": {k: t[k] for k in ("distance", "vehicles", "feasible", "seconds")},
                          "tournee_checked": t_ok, "pyvrp": p, "gap": gap}
                log.write(json.dumps(record) + "\n")
                log.flush()
                results.append(record)
    print("\n| customers | class | instances | Tournée − PyVRP, mean % | Tournée to best % | PyVRP to best % |")
    print("|---:|---|---:|---:|---:|---:|")
    groups = sorted({(r["customers"], r["class"]) for r in results}) + sorted({(r["customers"], "all") for r in results})
    for customers, name in groups:
        chosen = [r for r in results if r["customers"] == customers and name in ("all", r["class"])]
        best = [min(r["tournee"]["distance"], r["pyvrp"]["distance"]) for r in chosen]
        to_best = lambda who: sum(100 * (r[who]["distance"] - b) / b for r, b in zip(chosen, best)) / len(chosen)
        mean_gap = sum(r["gap"] for r in chosen) / len(chosen)
        bold = "**" if name == "all" else ""
        print(f"| {customers} | {bold}{name}{bold} | {len(chosen)} | {bold}{mean_gap:+.2f}{bold} "
              f"| {to_best('tournee'):.2f} | {to_best('pyvrp'):.2f} |")
    infeasible = [r["instance"] for r in results if not (r["tournee_checked"] and r["pyvrp"]["feasible"])]
    print(f"\nInfeasible: {', '.join(infeasible) or 'none'}. PyVRP 0.14.1, one core each (taskset), seed {args.seed}.")


if __name__ == "__main__":
    main()
