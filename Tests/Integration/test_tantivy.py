#!/usr/bin/env python3
"""A real search index fed from Blotter's bulk output: the es-bulk NDJSON of `corpus/` is checked line by line
against the _bulk format, loaded into Tantivy (PyPI `tantivy`), and queried with full text plus an entity filter.

Usage: test_tantivy.py BLOTTER_BINARY   (run from the repository root; needs the `tantivy` module)
Prints "N passed, M failed" last; exits non-zero on any failure.
"""
import atexit
import json
import shutil
import subprocess
import sys
import tempfile

import tantivy


def main():
    binary = sys.argv[1]
    bulk = subprocess.run([binary, "run", "corpus", "--format", "es-bulk", "--index", "police", "--out", "-", "--no-progress"],
                          check=True, capture_output=True, text=True).stdout
    checks = []
    # 1. The _bulk format: action line, document line, every line ends with a newline (the last included).
    lines = bulk.split("\n")
    checks.append(("ends with a newline", bulk.endswith("\n") and lines[-1] == ""))
    lines = lines[:-1]
    pairs_ok = len(lines) % 2 == 0
    documents = []
    for action_line, document_line in zip(lines[0::2], lines[1::2]):
        action, document = json.loads(action_line), json.loads(document_line)
        pairs_ok &= set(action) == {"index"} and action["index"]["_index"] == "police" and action["index"]["_id"] == document["id"]
        pairs_ok &= isinstance(document.get("entity_keys"), list) and isinstance(document.get("entities"), list)
        documents.append(document)
    checks.append(("action/document pairs", pairs_ok and len(documents) == 6))

    # 2. Index them in Tantivy: text fields, and entity_keys as raw (untokenised) terms for filtering.
    builder = tantivy.SchemaBuilder()
    builder.add_text_field("id", stored=True, tokenizer_name="raw")
    builder.add_text_field("title", stored=True)
    builder.add_text_field("text", stored=False)
    builder.add_text_field("entity_keys", stored=True, tokenizer_name="raw")
    schema = builder.build()
    index_dir = tempfile.mkdtemp(prefix="blotter-tantivy-")
    atexit.register(shutil.rmtree, index_dir, ignore_errors=True)
    index = tantivy.Index(schema, path=index_dir)
    writer = index.writer()
    for document in documents:
        writer.add_document(tantivy.Document(id=document["id"], title=document["title"] or "", text=document["text"],
                                             entity_keys=document["entity_keys"]))
    writer.commit()
    index.reload()
    searcher = index.searcher()

    def titles(query):
        return sorted(searcher.doc(address)["title"][0] for _, address in searcher.search(query, 10).hits)

    text_query = index.parse_query("cash", ["title", "text"])
    checks.append(("full-text query", titles(text_query) == ["Cash seized at port", "Drugs gang jailed after Operation Sea Dragon raids",
                                                           "Malthouse sees impact of new tech on crime first-hand"]))
    force = tantivy.Query.term_query(schema, "entity_keys", "force:nca")
    both = tantivy.Query.boolean_query([(tantivy.Occur.Must, text_query), (tantivy.Occur.Must, force)])
    checks.append(("full text with an entity filter", titles(both) == ["Cash seized at port", "Malthouse sees impact of new tech on crime first-hand"]))
    operation = tantivy.Query.term_query(schema, "entity_keys", "operation:Operation Venetic")
    checks.append(("operation filter", titles(operation) == ["Malthouse sees impact of new tech on crime first-hand"]))

    failed = 0
    for name, ok in checks:
        print(("ok   " if ok else "FAIL ") + name)
        failed += not ok
    print(f"{len(checks) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
