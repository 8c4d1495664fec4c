# Digest rows read by queries/agreements-in-force.rq: each agreement with its parties, its period (first and last
# year) and kind, and the articles; the stored query keeps those whose period covers the date asked.
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
  _:row a dg:AgreementPeriod ;
      dg:agreement ?agreement ;
      dg:parties ?parties ;
      dg:first ?first ;
      dg:last ?last ;
      dg:kind ?kind ;
      dg:sources ?sources .
} }
WHERE {
  SELECT DISTINCT ?agreement ?parties ?first ?last ?kind (GROUP_CONCAT(DISTINCT ?file; separator=", ") AS ?sources)
  WHERE {
    GRAPH ?g {
      ?agreement a cg:Agreement ; cg:period ?per ; cg:agreementKind ?k .
      ?per cg:firstYear ?first ; cg:lastYear ?last .
    }
    # the claim's article (cg:article: added by the store to each article graph); a block of its own,
    # right after the claim's, is fast on Oxigraph and on rdflib alike
    GRAPH ?g { ?g cg:article ?art_ . ?art_ cg:fileName ?file }
    GRAPH cgg:ontology { ?k skos:notation ?kind . }
    {
      SELECT ?agreement (GROUP_CONCAT(DISTINCT ?code; separator=", ") AS ?parties) WHERE {
        GRAPH ?g2 { ?agreement cg:party ?pl . }
        GRAPH cgg:reference { ?pl cg:code ?code . }
      } GROUP BY ?agreement
    }
  }
  GROUP BY ?agreement ?parties ?first ?last ?kind
}
