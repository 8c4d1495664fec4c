# Digest rows read by queries/conflicts.rq: each claim about an agreement, event or partnership on which two
# articles disagree (signing date, event dates, status), with its value and its article.
# The WHERE clause is that question asked of the article graphs; the store runs this update after every load
# that changed a graph (an article, the reference or the ontology; see src/coopgraph/digest.py).
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
  _:row a dg:Conflict ;
      dg:entity ?entity ;
      dg:property ?property ;
      dg:value ?value ;
      dg:article ?article .
} }
WHERE {
  SELECT ?entity ?property ?value ?article WHERE {
    {
      SELECT ?entity ?property WHERE {
        { ?entity a cg:Agreement ; cg:signedOn ?v . BIND(cg:signedOn AS ?property) }
        UNION { ?entity a cg:Event ; cg:startDate ?v . BIND(cg:startDate AS ?property) }
        UNION { ?entity a cg:Event ; cg:endDate ?v . BIND(cg:endDate AS ?property) }
        UNION { ?entity a cg:Partnership ; cg:status ?v . BIND(cg:status AS ?property) }
      }
      GROUP BY ?entity ?property
      HAVING (COUNT(DISTINCT ?v) > 1)
    }
    GRAPH ?g { ?entity ?property ?raw . }
    # the claim's article (cg:article: added by the store to each article graph); a block of its own,
    # right after the claim's, is fast on Oxigraph and on rdflib alike
    GRAPH ?g { ?g cg:article ?art_ . ?art_ cg:fileName ?article }
    OPTIONAL { GRAPH cgg:ontology { ?raw skos:notation ?code } }
    BIND(COALESCE(?code, STR(?raw)) AS ?value)
  }
}
