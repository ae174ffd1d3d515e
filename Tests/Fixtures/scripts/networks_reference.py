#!/usr/bin/env python3
"""Reference values for NetworksTests that reference.json does not cover, computed with networkx 3.6.1.

1. Undirected: Krackhardt's friendship relation read as undirected (any arc makes an edge, as
   `partnership network measures --undirected` does): density, transitivity, average clustering (networkx,
   degree < 2 as 0), degrees, Freeman centralization from the degrees with tmax = (n-1)(n-2) (igraph's
   centr_degree_tmax for undirected graphs), unnormalised betweenness (networkx halves undirected counts),
   components, and the E-I index, block densities and nominal assortativity of `level` over edges.
2. A small SYNTHETIC two-school survey (roster with roles and answered flags; ties with topic, frequency 1-4 and
   mode), drawn from random.Random(20261204), written to Tests/Fixtures/networks/synthetic-school-*.csv, with
   per school and topic: density, the respondent density (ties respondents sent over r(n-1)), the symmetrised
   density over pairs with at least one respondent, the response rate, mean tie value and the union
   representative-principal dyad, each computed here from plain Python sets.

Run from the repository root:  python3 Tests/Fixtures/scripts/networks_reference.py
"""
import csv
import json
import random

import networkx as nx

FIX = "Tests/Fixtures/networks/"


def undirected_krackhardt():
    nodes = list(csv.DictReader(open(FIX + "krackhardt_hightech_nodes.csv")))
    g = nx.Graph()
    g.add_nodes_from(int(r["id"]) for r in nodes)
    for r in csv.DictReader(open(FIX + "krackhardt_hightech_edges.csv")):
        if r["relation"] == "friendship":
            g.add_edge(int(r["from"]), int(r["to"]))
    order = sorted(g.nodes)
    n = len(order)
    deg = [g.degree(v) for v in order]
    bet = nx.betweenness_centrality(g, normalized=False)
    level = {int(r["id"]): r["level"] for r in nodes}
    e = sum(1 for a, b in g.edges if level[a] != level[b])
    i = g.number_of_edges() - e
    groups = sorted(set(level.values()))
    size = {x: sum(1 for v in level.values() if v == x) for x in groups}
    blocks = {}
    for a in groups:
        for b in groups:
            ties = sum(1 for u, v in g.edges if {level[u], level[v]} == {a, b} and (a != b or level[u] == a))
            possible = size[a] * (size[a] - 1) / 2 if a == b else size[a] * size[b]
            blocks[a + "->" + b] = ties / possible if possible else None
    nx.set_node_attributes(g, level, "level")
    assortativity = nx.attribute_assortativity_coefficient(g, "level")
    return {
        "level_assortativity": assortativity,
        "n": n, "edges": g.number_of_edges(), "density": nx.density(g),
        "transitivity": nx.transitivity(g), "average_clustering": nx.average_clustering(g),
        "degree": deg, "centralization": sum(max(deg) - d for d in deg) / ((n - 1) * (n - 2)),
        "betweenness": [bet[v] for v in order], "components": nx.number_connected_components(g),
        "level_E": e, "level_I": i, "level_EI": (e - i) / (e + i), "level_block_density": blocks,
    }


ROLES = ["teacher"] * 7 + ["administrator", "union site representative", "other"]
TOPICS = ["data", "curriculum"]


def synthetic_survey():
    rng = random.Random(20261204)
    roster, ties = [], []
    for school in ["North", "South"]:
        people = [f"{school[0]}{k:02d}" for k in range(1, 11)]
        answered = {p: (rng.random() < 0.8) for p in people}
        answered[people[7]] = answered[people[8]] = True  # principal and representative answered
        for p, role in zip(people, ROLES):
            roster.append({"school": school, "id": p, "role": role, "answered": int(answered[p])})
        for topic in TOPICS:
            for a in people:
                if not answered[a]:
                    continue
                for b in people:
                    if a != b and rng.random() < (0.35 if school == "North" else 0.2):
                        ties.append({"school": school, "from": a, "to": b, "topic": topic,
                                     "value": rng.randint(1, 4), "mode": rng.choice(["formal", "informal"])})
    with open(FIX + "synthetic-school-roster.csv", "w", newline="") as f:
        w = csv.DictWriter(f, ["school", "id", "role", "answered"])
        w.writeheader()
        w.writerows(roster)
    with open(FIX + "synthetic-school-ties.csv", "w", newline="") as f:
        w = csv.DictWriter(f, ["school", "from", "to", "topic", "value", "mode"])
        w.writeheader()
        w.writerows(ties)
    out = {}
    for school in ["North", "South"]:
        people = [r for r in roster if r["school"] == school]
        ids = [r["id"] for r in people]
        resp = {r["id"] for r in people if r["answered"]}
        n, r = len(ids), len(resp)
        rep = next(p["id"] for p in people if p["role"] == "union site representative")
        head = next(p["id"] for p in people if p["role"] == "administrator")
        for topic in TOPICS:
            arcs = {(t["from"], t["to"]): t for t in ties if t["school"] == school and t["topic"] == topic}
            sent = sum(1 for (a, _) in arcs if a in resp)
            pairs = {frozenset(k) for k in arcs}
            seen = sum(1 for p in pairs if p & resp)
            observable = n * (n - 1) / 2 - (n - r) * (n - r - 1) / 2

            def way(a, b):
                t = arcs.get((a, b))
                return {"present": t is not None, "frequency": t and t["value"], "mode": t and t["mode"]}

            out[f"{school}/{topic}"] = {
                "n": n, "respondents": r, "ties": len(arcs), "density": len(arcs) / (n * (n - 1)),
                "response_rate": r / n, "respondent_density": sent / (r * (n - 1)),
                "symmetrised_density": seen / observable,
                "mean_value": sum(t["value"] for t in arcs.values()) / len(arcs),
                "rep_to_principal": way(rep, head), "principal_to_rep": way(head, rep),
            }
    return out


if __name__ == "__main__":
    result = {
        "_provenance": "Tests/Fixtures/scripts/networks_reference.py with networkx " + nx.__version__
                       + "; the school survey is SYNTHETIC (seed 20261204)",
        "krackhardt_friendship_undirected": undirected_krackhardt(),
        "synthetic_school_survey": synthetic_survey(),
    }
    with open(FIX + "networks-extra-reference.json", "w") as f:
        json.dump(result, f, indent=1, sort_keys=True)
        f.write("\n")
