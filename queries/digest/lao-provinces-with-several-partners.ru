# Digest rows read by queries/lao-provinces-with-several-partners.rq: each Lao province with more than one
# Vietnamese partner, the partners, and the articles.
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
  _:row a dg:LaoProvinceWithSeveralPartners ;
      dg:lao ?lao ;
      dg:province ?province ;
      dg:partners ?partners ;
      dg:vietnamese_partners ?vietnamese_partners ;
      dg:sources ?sources .
} }
WHERE {
  SELECT ?lao ?province ?partners ?vietnamese_partners (GROUP_CONCAT(DISTINCT ?file; separator=", ") AS ?sources)
  WHERE {
    {
      SELECT ?l ?lao ?province (COUNT(DISTINCT ?vcode) AS ?partners)
             (GROUP_CONCAT(DISTINCT ?vname; separator=", ") AS ?vietnamese_partners)
      WHERE {
        ?p a cg:Partnership ; cg:partner ?l, ?v .
        GRAPH cgg:reference { ?l cg:inCountry place:LA ; cg:code ?lao ; rdfs:label ?province . FILTER(LANG(?province) = "en") }
        GRAPH cgg:reference { ?v cg:inCountry place:VN ; cg:code ?vcode ; rdfs:label ?vname . FILTER(LANG(?vname) = "vi") }
      }
      GROUP BY ?l ?lao ?province
      HAVING (COUNT(DISTINCT ?vcode) > 1)
    }
    { SELECT DISTINCT ?l ?p2 WHERE { ?p2 a cg:Partnership ; cg:partner ?l, ?v2 . GRAPH cgg:reference { ?v2 cg:inCountry place:VN } } }
    # (the type first: Oxigraph evaluates this pattern group on its own before joining it)
    ?p2 a cg:Partnership ; prov:wasDerivedFrom ?s . ?s cg:inArticle ?art . ?art cg:fileName ?file .
  }
  GROUP BY ?lao ?province ?partners ?vietnamese_partners
}
