#!/usr/bin/env python3
"""Blotter on a Spark cluster, in the pattern of Common Crawl's cc-pyspark jobs.

    spark-submit spark/blotter_spark.py [--master URL] --binary PATH [--partitions N] LISTING OUTPUT_DIR
    python spark/blotter_spark.py ...            (the same, with pyspark installed; --master defaults to local[*])

LISTING is a text file of WARC or ARC paths or http(s) URLs, one per line (blank lines and # comments ignored).
Each task runs the blotter binary (shipped to the executors with the job) on its share of the WARC and ARC files and
returns the records; OUTPUT_DIR receives JSON-lines part files (part-00000, …), one record per line, in the
order of the listing within each part. Inputs that fail are counted (accumulators) and reported at the end,
never fatal. A retried task recomputes its whole partition and Spark commits each part file once, so retries
do not duplicate records.

The binary must run on the executors: build it with `swift build -c release --static-swift-stdlib` (Swift's
runtime linked in) and install libxml2, ICU, SQLite and zlib there (Debian: libxml2 libicu72 libsqlite3-0 zlib1g).

Filter mode, for records that are already in an RDD of JSON lines ({"id","url","html"} or {"id","text"}):
    records = lines.pipe("./blotter run - --out - --no-progress")
(ship the binary with --files or SparkContext.addFile and call it by its SparkFiles path).
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import urllib.request

from pyspark import SparkContext, SparkFiles
from pyspark.sql import SparkSession


def parse_arguments(argv):
    parser = argparse.ArgumentParser(description="Run Blotter over WARC and ARC files on Spark.")
    parser.add_argument("listing", help="text file with one WARC or ARC path or URL per line (.warc, .warc.gz, .arc, .arc.gz)")
    parser.add_argument("output", help="output folder for JSON-lines part files (must not exist)")
    parser.add_argument("--binary", required=True, help="the blotter executable to ship to the executors")
    parser.add_argument("--master", default=None, help="Spark master URL (default: spark-submit's, else local[*])")
    parser.add_argument("--partitions", type=int, default=None, help="tasks (default: one per WARC file, at most 10,000)")
    parser.add_argument("--models", default=None, help="the models/ folder to ship (default: beside the binary's repository)")
    return parser.parse_args(argv)


ARCHIVE_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")


def fetch(location, folder):
    """A local path as it is; an http(s) URL downloaded into the task's temporary folder."""
    if location.startswith(("http://", "https://")):
        name = os.path.basename(location.split("?")[0])
        # blotter tells WARC from ARC by the file name: keep it, and name an unnamed download as WARC.
        if not name.lower().endswith(ARCHIVE_SUFFIXES):
            name = (name or "input") + ".warc.gz"
        target = os.path.join(folder, name)
        with urllib.request.urlopen(location, timeout=600) as response, open(target, "wb") as out:
            shutil.copyfileobj(response, out)
        return target
    return location[len("file://"):] if location.startswith("file://") else location


def make_processor(binary_name, models_name, counters):
    documents, records, errors, failed_inputs = counters

    def process(index, locations):
        binary = SparkFiles.get(binary_name)
        os.chmod(binary, 0o755)
        config_folder = tempfile.mkdtemp(prefix="blotter-task-")
        try:
            config = os.path.join(config_folder, "pipeline.yaml")
            with open(config, "w") as handle:
                handle.write("tag:\n  models: %s\n" % SparkFiles.get(models_name))
            for location in locations:
                location = location.strip()
                if not location or location.startswith("#"):
                    continue
                try:
                    path = fetch(location, config_folder)
                    summary = os.path.join(config_folder, "summary.json")
                    result = subprocess.run([binary, "run", path, "--config", config, "--out", "-", "--no-progress",
                                             "--errors", os.path.join(config_folder, "errors.jsonl"), "--summary", summary],
                                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, check=False)
                    if result.returncode == 0 and os.path.exists(summary):
                        with open(summary) as handle:
                            counts = json.load(handle)
                        documents.add(counts["documents"])
                        records.add(counts["records"])
                        errors.add(counts["errors"])
                        for line in result.stdout.splitlines():
                            if line:
                                yield line
                    else:
                        failed_inputs.add(1)
                        sys.stderr.write("blotter_spark: %s failed (exit %d): %s\n" % (location, result.returncode, result.stderr[-500:]))
                except Exception as error:  # an unreadable input is counted, not fatal
                    failed_inputs.add(1)
                    sys.stderr.write("blotter_spark: %s failed: %s\n" % (location, error))
        finally:
            shutil.rmtree(config_folder, ignore_errors=True)

    return process


def main(argv=None):
    arguments = parse_arguments(sys.argv[1:] if argv is None else argv)
    builder = SparkSession.builder.appName("blotter")
    if arguments.master:
        builder = builder.master(arguments.master)
    elif "SPARK_HOME" not in os.environ and "spark.master" not in os.environ.get("PYSPARK_SUBMIT_ARGS", ""):
        builder = builder.master("local[*]")
    spark = builder.getOrCreate()
    context = spark.sparkContext
    binary = os.path.abspath(arguments.binary)
    models = os.path.abspath(arguments.models or os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "models"))
    context.addFile(binary)
    context.addFile(models, recursive=True)
    with open(arguments.listing) as handle:
        locations = [line.strip() for line in handle if line.strip() and not line.startswith("#")]
    partitions = arguments.partitions or max(1, min(len(locations), 10000))
    counters = tuple(context.accumulator(0) for _ in range(4))
    rdd = context.parallelize(locations, partitions)
    processor = make_processor(os.path.basename(binary), os.path.basename(models), counters)
    rdd.mapPartitionsWithIndex(processor).saveAsTextFile(arguments.output)
    documents, records, errors, failed_inputs = (counter.value for counter in counters)
    print("blotter_spark: %d inputs, %d documents, %d records, %d document errors, %d inputs failed"
          % (len(locations), documents, records, errors, failed_inputs))
    spark.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
