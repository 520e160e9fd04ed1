# stix-validate.py -- validates every object of a STIX 2.1 bundle against the OASIS JSON schemas (and the bundle envelope).
# Usage: python3 stix-validate.py SCHEMA_DIR BUNDLE.json   (exit 0: all valid; 1: errors listed; 77: no jsonschema)
import json, os, sys, warnings
try:
    import jsonschema
except ImportError:
    print("skipped: python3 has no jsonschema module (Debian: python3-jsonschema)")
    sys.exit(77)
warnings.simplefilter("ignore")  # RefResolver is deprecated in newer jsonschema, still the way that works in 4.10
root, bundle_path = sys.argv[1], sys.argv[2]
store, by_type = {}, {}
for sub in ("common", "sdos", "sros", "observables"):
    d = os.path.join(root, "schemas", sub)
    for name in sorted(os.listdir(d)):
        if name.endswith(".json"):
            s = json.load(open(os.path.join(d, name)))
            store[s["$id"]] = s
            if sub in ("sdos", "sros"):
                by_type[name[:-5]] = s

def validator(schema):
    cls = jsonschema.validators.validator_for(schema)
    return cls(schema, resolver=jsonschema.RefResolver(schema["$id"], schema, store=store))

bundle = json.load(open(bundle_path))
# The bundle schema itself points at a definition its marking schema lacks
# (tlp_white), so the envelope is checked here and each object by its schema.
errors = []
if bundle.get("type") != "bundle" or not str(bundle.get("id", "")).startswith("bundle--") \
        or not isinstance(bundle.get("objects"), list):
    errors.append(("bundle", "not a STIX bundle envelope"))
counts = {}
for o in bundle["objects"]:
    t = o.get("type")
    if t not in by_type:
        errors.append((o.get("id"), "no schema for type %r" % t))
        continue
    counts[t] = counts.get(t, 0) + 1
    for e in validator(by_type[t]).iter_errors(o):
        errors.append((o.get("id"), "%s at %s" % (e.message, "/".join(map(str, e.absolute_path)))))
for where, msg in errors[:20]:
    print("invalid: %s: %s" % (where, msg))
print("%d objects checked (%s), %d errors" % (sum(counts.values()),
      ", ".join("%s %d" % kv for kv in sorted(counts.items())), len(errors)))
sys.exit(1 if errors else 0)
