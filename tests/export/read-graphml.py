"""Reads a GraphML export with networkx and, where it is installed, python-igraph, and prints what each
reader saw as JSON: counts, the Python type of every attribute, and each claim's text and kind.

Usage: python3 read-graphml.py <file.graphml>   (Debian: apt-get install python3-networkx python3-igraph)
"""
import json
import sys

import networkx


def type_names(rows):
    """Attribute name -> sorted Python type names of its non-missing values."""
    seen = {}
    for row in rows:
        for key, value in row.items():
            if value is None:
                continue
            seen.setdefault(key, set()).add(type(value).__name__)
    return {key: sorted(names) for key, names in seen.items()}


def whole_numbers(rows):
    """Attributes whose every value is a number with no fractional part (igraph reads long as float)."""
    numeric = {}
    for row in rows:
        for key, value in row.items():
            if isinstance(value, bool) or value is None:
                continue
            if isinstance(value, (int, float)):
                numeric[key] = numeric.get(key, True) and float(value).is_integer()
            else:
                numeric[key] = False
    return sorted(key for key, whole in numeric.items() if whole)


def claims(rows):
    return {
        row["id"]: {"text": row.get("text"), "kind": row.get("kind"), "labels": row.get("labels")}
        for row in rows
        if row.get("labels") == ":Claim"
    }


def read_networkx(path):
    graph = networkx.read_graphml(path)
    nodes = [dict(data, id=node) for node, data in graph.nodes(data=True)]
    edges = [data for _, _, data in graph.edges(data=True)]
    return {
        "version": networkx.__version__,
        "nodes": graph.number_of_nodes(),
        "edges": graph.number_of_edges(),
        "nodeTypes": type_names(nodes),
        "edgeTypes": type_names(edges),
        "nodeWholeNumbers": whole_numbers(nodes),
        "edgeWholeNumbers": whole_numbers(edges),
        "claims": claims(nodes),
    }


def read_igraph(path):
    try:
        import igraph
    except ImportError:
        return None
    graph = igraph.Graph.Read_GraphML(path)
    nodes = [dict(vertex.attributes()) for vertex in graph.vs]
    for row in nodes:
        row["id"] = row.pop("id", None)
    # igraph fills attributes a vertex lacks with NaN (numbers) or "" (strings): not values of the node.
    clean = [
        {k: v for k, v in row.items() if not (isinstance(v, float) and v != v) and v != ""} for row in nodes
    ]
    edges = [
        {k: v for k, v in edge.attributes().items() if not (isinstance(v, float) and v != v) and v != ""}
        for edge in graph.es
    ]
    return {
        "version": igraph.__version__,
        "nodes": graph.vcount(),
        "edges": graph.ecount(),
        "nodeTypes": type_names(clean),
        "edgeTypes": type_names(edges),
        "nodeWholeNumbers": whole_numbers(clean),
        "edgeWholeNumbers": whole_numbers(edges),
        "claims": claims(clean),
    }


if __name__ == "__main__":
    file = sys.argv[1]
    print(json.dumps({"networkx": read_networkx(file), "igraph": read_igraph(file)}))
