package cn.zfgs.portal.linkeddata.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** W3C PROV-O, the terms used for versions, corrections and withdrawals (Jena ships no constants for it). */
public final class PROV {

    public static final String NS = "http://www.w3.org/ns/prov#";

    public static final Resource Entity = ResourceFactory.createResource(NS + "Entity");
    public static final Property specializationOf = ResourceFactory.createProperty(NS + "specializationOf");
    public static final Property wasRevisionOf = ResourceFactory.createProperty(NS + "wasRevisionOf");
    public static final Property generatedAtTime = ResourceFactory.createProperty(NS + "generatedAtTime");
    public static final Property invalidatedAtTime = ResourceFactory.createProperty(NS + "invalidatedAtTime");
    public static final Property wasAttributedTo = ResourceFactory.createProperty(NS + "wasAttributedTo");

    private PROV() {
    }
}
