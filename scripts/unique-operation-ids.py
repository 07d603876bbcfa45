"""Makes operationIds unique (progenitor refuses duplicates, which Graph's documents have):
the second and later uses of an id get a numeric suffix. Prints the document as JSON (valid YAML)."""
import json, sys, yaml

doc = yaml.safe_load(open(sys.argv[1]))
seen = {}
for path, item in doc.get("paths", {}).items():
    for method, op in item.items():
        if isinstance(op, dict) and "operationId" in op:
            oid = op["operationId"]
            seen[oid] = seen.get(oid, 0) + 1
            if seen[oid] > 1:
                op["operationId"] = f"{oid}_{seen[oid]}"
json.dump(doc, sys.stdout)
