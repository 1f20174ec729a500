package cn.zfgs.portal.linkeddata.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** European Legislation Identifier ontology: laws ({@code LegalResource}) and their articles (subdivisions). */
public final class ELI {

    public static final String NS = "http://data.europa.eu/eli/ontology#";

    public static final Resource LegalResource = ResourceFactory.createResource(NS + "LegalResource");
    public static final Resource LegalResourceSubdivision = ResourceFactory.createResource(NS + "LegalResourceSubdivision");
    public static final Property title = ResourceFactory.createProperty(NS + "title");
    public static final Property titleShort = ResourceFactory.createProperty(NS + "title_short");
    public static final Property dateDocument = ResourceFactory.createProperty(NS + "date_document");
    public static final Property isPartOf = ResourceFactory.createProperty(NS + "is_part_of");
    public static final Property hasPart = ResourceFactory.createProperty(NS + "has_part");
    public static final Property number = ResourceFactory.createProperty(NS + "number");
    public static final Property description = ResourceFactory.createProperty(NS + "description");
    public static final Property typeDocument = ResourceFactory.createProperty(NS + "type_document");

    private ELI() {
    }
}
