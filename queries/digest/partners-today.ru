# Digest rows read by queries/partners-today.rq: each pair of a Vietnamese unit as it is today and a foreign unit,
# with the names and statuses the articles use, and the articles.
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
  _:row a dg:PartnersToday ;
      dg:vietnam_today ?vietnam_today ;
      dg:vietnam_name ?vietnam_name ;
      dg:partner ?partner ;
      dg:partner_name ?partner_name ;
      dg:named_in_articles ?named_in_articles ;
      dg:statuses ?statuses ;
      dg:sources ?sources .
} }
WHERE {
  SELECT ?vietnam_today ?vietnam_name ?partner ?partner_name ?named_in_articles ?statuses ?sources WHERE {
    {
      SELECT ?vietnam_today ?vietnam_name ?partner ?partner_name
             (GROUP_CONCAT(DISTINCT ?as_named; separator=", ") AS ?named_in_articles)
             (GROUP_CONCAT(DISTINCT ?status; separator=", ") AS ?statuses)
      WHERE {
          {
            SELECT DISTINCT ?p ?vn ?other WHERE { ?p a cg:Partnership ; cg:partner ?vn, ?other . }
          }
          GRAPH cgg:reference { ?vn cg:inCountry place:VN }
          GRAPH cgg:reference { ?other cg:inCountry ?country ; cg:code ?partner }
          FILTER(?country != place:VN)
          OPTIONAL { GRAPH cgg:reference { ?vn cg:replacedBy ?successor } }
          BIND(COALESCE(?successor, ?vn) AS ?today)
          GRAPH cgg:reference { ?today cg:code ?vietnam_today }
          ?p cg:status ?st .
          GRAPH cgg:ontology { ?st skos:notation ?status }
          GRAPH cgg:reference { ?vn rdfs:label ?as_named }
          GRAPH cgg:reference { ?other rdfs:label ?partner_name }
          GRAPH cgg:reference { ?today rdfs:label ?vietnam_name }
          FILTER(LANG(?as_named) = "vi" && LANG(?partner_name) = "en" && LANG(?vietnam_name) = "vi")
      }
      GROUP BY ?vietnam_today ?vietnam_name ?partner ?partner_name
    }
    {
      # the sources apart: joined with the statuses and names above they would be read once per combination
      # (one GRAPH block per subject throughout: rdflib evaluates a block on its own, as a cross product)
      SELECT ?vietnam_today ?partner (GROUP_CONCAT(DISTINCT ?file; separator=", ") AS ?sources) WHERE {
        {
          SELECT DISTINCT ?p ?vietnam_today ?partner WHERE {
          {
            SELECT DISTINCT ?p ?vn ?other WHERE { ?p a cg:Partnership ; cg:partner ?vn, ?other . }
          }
          GRAPH cgg:reference { ?vn cg:inCountry place:VN }
          GRAPH cgg:reference { ?other cg:inCountry ?country ; cg:code ?partner }
          FILTER(?country != place:VN)
          OPTIONAL { GRAPH cgg:reference { ?vn cg:replacedBy ?successor } }
          BIND(COALESCE(?successor, ?vn) AS ?today)
          GRAPH cgg:reference { ?today cg:code ?vietnam_today }
          }
        }
        # (the type first: Oxigraph evaluates this pattern group on its own before joining it)
        ?p a cg:Partnership ; prov:wasDerivedFrom ?s . ?s cg:inArticle ?art . ?art cg:fileName ?file .
      }
      GROUP BY ?vietnam_today ?partner
    }
  }
}
