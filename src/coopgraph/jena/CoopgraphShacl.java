// Apache Jena SHACL, one article graph at a time, with coopgraph's validation context (see validate.py):
// each data file is validated together with the places it names (their reference triples, followed through
// place-to-place links) and the ontology mix-in (the RDFS/OWL axioms pySHACL copies from the ontology).
//
// usage: java -cp JENA:DIR CoopgraphShacl SHAPES MIXIN REFERENCE JOBS < list-of-files
// prints one tab-separated line per result: the file's index in the list, severity, focus, path, value, source shape, message;
// then "#done N" (N files). Exit 2 on a file that does not parse (its name and the error go to stderr).
import java.io.*;
import java.nio.charset.StandardCharsets;
import java.util.*;
import java.util.concurrent.*;

import org.apache.jena.graph.*;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.Lang;
import org.apache.jena.shacl.*;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.graph.GraphFactory;

public class CoopgraphShacl {
    static final String PLACE = "https://w3id.org/coopgraph/place/";

    static String str(Node n) {
        if (n == null) return "";
        if (n.isURI()) return n.getURI();
        if (n.isLiteral()) return n.getLiteralLexicalForm();
        if (n.isBlank()) return "_:" + n.getBlankNodeLabel();
        return n.toString();
    }

    static boolean isPlace(Node n) { return n.isURI() && n.getURI().contains("/place/"); }

    public static void main(String[] args) throws Exception {
        Graph shapesGraph = RDFDataMgr.loadGraph(args[0]);
        Shapes shapes = Shapes.parse(shapesGraph);
        Graph mixin = RDFDataMgr.loadGraph(args[1]);
        Graph reference = RDFDataMgr.loadGraph(args[2]);
        int jobs = Integer.parseInt(args[3]);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        List<String> files = new ArrayList<>();
        for (String line; (line = in.readLine()) != null; ) if (!line.isEmpty()) files.add(line);
        PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16), false, "UTF-8");
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, jobs));
        List<Future<String>> results = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            final int index = i;
            results.add(pool.submit(() -> validate(index, files.get(index), shapes, mixin, reference)));
        }
        int n = 0;
        try {
            for (Future<String> r : results) { out.print(r.get()); n++; }
        } catch (ExecutionException e) {
            out.flush();
            System.err.println(e.getCause().getMessage());
            pool.shutdownNow();
            System.exit(2);
        }
        out.println("#done " + n);
        out.flush();
        pool.shutdown();
    }

    static String validate(int index, String file, Shapes shapes, Graph mixin, Graph reference) {
        Graph g = GraphFactory.createDefaultGraph();
        try {
            RDFDataMgr.read(g, file, "https://w3id.org/coopgraph/", Lang.TURTLE);
        } catch (Exception e) {
            throw new RuntimeException(file + ": " + e.getMessage().replace('\n', ' '));
        }
        Graph data = GraphFactory.createDefaultGraph();
        Set<Node> objects = new HashSet<>();
        g.find().forEachRemaining(t -> { data.add(t); objects.add(t.getObject()); });
        Deque<Node> todo = new ArrayDeque<>();
        for (Node o : objects) if (isPlace(o)) todo.add(o);
        Set<Node> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            Node p = todo.pop();
            if (!seen.add(p)) continue;
            synchronized (reference) {
                reference.find(p, Node.ANY, Node.ANY).forEachRemaining(t -> {
                    data.add(t);
                    if (isPlace(t.getObject())) todo.add(t.getObject());
                });
            }
        }
        mixin.find().forEachRemaining(data::add);
        ValidationReport report = ShaclValidator.get().validate(shapes, data);
        StringBuilder sb = new StringBuilder();
        for (ReportEntry e : report.getEntries()) {
            String sev = e.severity() == null ? "Violation" : e.severity().level().getLocalName();
            String path = e.resultPath() == null ? "" : e.resultPath().toString();
            if (path.startsWith("<") && path.endsWith(">")) path = path.substring(1, path.length() - 1);
            String msg = e.message() == null ? "" : e.message().replace('\t', ' ').replace('\n', ' ');
            sb.append(index).append('\t').append(sev).append('\t').append(str(e.focusNode())).append('\t')
              .append(path).append('\t').append(str(e.value())).append('\t').append(str(e.source())).append('\t')
              .append(msg).append('\n');
        }
        return sb.toString();
    }
}
