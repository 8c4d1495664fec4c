# Digest rows read by queries/post-holders.rq: each (unit, post, person) with the names the articles use, the
# first and last dates they attest, and their articles.
# The WHERE clause is that question asked of the article graphs (without its parameters); the store runs
# this update after every load that changed a graph (an article, the reference or the ontology; see
# src/coopgraph/digest.py).
PREFIX cg: <https://w3id.org/coopgraph/ontology#>
PREFIX cgg: <https://w3id.org/coopgraph/graph/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX schema: <https://schema.org/>
PREFIX place: <https://w3id.org/coopgraph/place/>
PREFIX dg: <https://w3id.org/coopgraph/digest#>
INSERT { GRAPH cgg:digest {
  _:row a dg:PostHolder ;
      dg:place ?place ;
      dg:unit ?unit ;
      dg:post ?post ;
      dg:person ?person ;
      dg:names ?names ;
      dg:first_attested ?first_attested ;
      dg:last_attested ?last_attested ;
      dg:sources ?sources .
} }
WHERE {
  SELECT ?place ?unit ?post ?person (GROUP_CONCAT(DISTINCT ?spelling; separator=" / ") AS ?names)
         # the dates in the same pass as the names (a sub-select for them would be evaluated on its own, over every
         # holding, even for one place). An aggregate over an unbound value is an error, so an undated holding counts
         # as "~" (after any date) for MIN and "" (before any) for MAX; both are empty when no article gave a date.
         # (REPLACE, not IF: Virtuoso 7.2 cannot compile IF around an aggregate.)
         (REPLACE(MIN(COALESCE(STR(?d), "~")), "~", "") AS ?first_attested)
         (MAX(COALESCE(STR(?d), "")) AS ?last_attested)
         (GROUP_CONCAT(DISTINCT ?file; separator=", ") AS ?sources)
  WHERE {
    ?h a cg:PostHolding ; org:member ?p ; org:role ?role ; cg:unit ?place ; cg:statedName ?spelling ;
       prov:wasDerivedFrom ?s .
    ?s cg:inArticle ?art . ?art cg:fileName ?file .
    GRAPH cgg:ontology { ?role skos:notation ?post . }
    GRAPH cgg:reference { ?place cg:code ?unit . }
    BIND(STRAFTER(STR(?p), "/person/") AS ?person)
    OPTIONAL { ?h cg:attestedOn ?d }
  }
  GROUP BY ?place ?unit ?post ?person
}
