# Digest rows read by queries/commitments.rq: money by giver, receiver and currency: the total, how many
# commitments, what for, and the articles.
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
  _:row a dg:MoneyFlow ;
      dg:giver ?giver ;
      dg:receiver ?receiver ;
      dg:currency ?currency ;
      dg:commitments ?commitments ;
      dg:sources ?sources .
  # (left out when unbound: no article states a purpose; a value that is not a number makes the sum an error)
  _:row dg:for ?for ; dg:total ?total .
} }
WHERE {
  SELECT ?giver ?receiver ?currency ?total ?commitments ?for ?sources WHERE {
    {
      # each commitment counted once, however many articles state it
      SELECT ?giver ?receiver ?currency (SUM(?v) AS ?total) (COUNT(?c) AS ?commitments) WHERE {
        {
          SELECT DISTINCT ?c ?g1 ?r1 ?v ?currency WHERE {
            ?c a cg:Commitment ; cg:giver ?g1 ; cg:receiver ?r1 ; cg:amount ?amt .
            ?amt schema:value ?v ; schema:currency ?currency .
          }
        }
        GRAPH cgg:reference { ?g1 cg:code ?giver } GRAPH cgg:reference { ?r1 cg:code ?receiver }
      }
      GROUP BY ?giver ?receiver ?currency
    }
    {
      # what each article says they were for, and the articles
      SELECT ?giver ?receiver ?currency (GROUP_CONCAT(DISTINCT ?purpose; separator=" | ") AS ?for)
             (GROUP_CONCAT(DISTINCT ?file; separator=", ") AS ?sources) WHERE {
        GRAPH ?g {
          ?c a cg:Commitment ; cg:giver ?g1 ; cg:receiver ?r1 ; cg:amount ?amt . ?amt schema:currency ?currency .
          OPTIONAL { ?c cg:purpose ?purpose }
        }
        # the claim's article (cg:article: added by the store to each article graph); a block of its own,
        # right after the claim's, is fast on Oxigraph and on rdflib alike
        GRAPH ?g { ?g cg:article ?art_ . ?art_ cg:fileName ?file }
        GRAPH cgg:reference { ?g1 cg:code ?giver } GRAPH cgg:reference { ?r1 cg:code ?receiver }
      }
      GROUP BY ?giver ?receiver ?currency
    }
  }
}
